// Gives the first module's JS imports short names, in the module and in
// wasm-bindgen's glue alike (scripts/build-release.sh).
//
// wasm-bindgen names each import `__wbg_<name>_<16 hex digits>`, and both
// files spell every name out: about 20 KB raw of names whose hex digits gzip
// cannot shrink. Binaryen's --minify-imports renames only an "env" module's
// imports, so this rewrites the import section itself.
//
// It runs on the glue as esbuild minified it, where the glue reads each
// export only as a member (`c.name`); it stops the build when a name is not
// where it expects it, rather than ship a module and glue that disagree.
//
// Usage: node scripts/minify-imports.mjs <glue.js> <module.wasm> [copy.wasm...]
// (a copy is the same module built with names for profiling: it gets the
// same short names, so it still runs with the glue).
import { readFileSync, writeFileSync } from "node:fs";

const [gluePath, ...wasmPaths] = process.argv.slice(2);
if (!gluePath || wasmPaths.length === 0) {
  console.error("usage: node scripts/minify-imports.mjs <glue.js> <module.wasm> [copy.wasm...]");
  process.exit(2);
}
// The module whose imports wasm-bindgen's glue defines, every one as a key
// of one object literal.
const GLUE_MODULE = "./plan_composer_bg.js";

let glue = readFileSync(gluePath, "utf8");
const renames = new Map();
let wasmPath;
let bytes;

function fail(message) {
  console.error(`error: minify-imports: ${message}`);
  process.exit(1);
}

function readU32(at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) fail(`${wasmPath} ends inside a number`);
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, at];
  }
}

// A name: its length in bytes, then its UTF-8.
function readName(at) {
  const [length, start] = readU32(at);
  return [bytes.toString("utf8", start, start + length), start + length];
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return Buffer.from(out);
}

function name(text) {
  const utf8 = Buffer.from(text, "utf8");
  return Buffer.concat([u32(utf8.length), utf8]);
}

// a, b, ... z, A ... Z, then aa, ab ...: every one a plain JS property name.
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function shortName(index) {
  let text = "";
  do {
    text = LETTERS[index % LETTERS.length] + text;
    index = Math.floor(index / LETTERS.length) - 1;
  } while (index >= 0);
  return text;
}

// Length in bytes of an import's description, which is copied as it is.
function descriptionEnd(at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readU32(p);
    if (flags & 1) [, p] = readU32(p);
    return p;
  };
  switch (kind) {
    case 0: return readU32(at)[1]; // function: type index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readU32(at + 1)[1]; // tag: attribute, type index
    default: fail(`unknown import kind ${kind}`);
  }
}

// wasm-bindgen's closure shims are exported as `wasm_bindgen_<hash>___convert__closures...`,
// up to 334 characters each, read only by the glue: they get short names too.
const LONG_EXPORT = /^wasm_bindgen_[0-9a-f]{16}___convert__closures/;
const exportRenames = new Map();

function exportSection(contentStart, contentEnd, first) {
  let [count, p] = readU32(contentStart);
  const entries = [u32(count)];
  for (let i = 0; i < count; i++) {
    let field;
    [field, p] = readName(p);
    const end = readU32(p + 1)[1]; // kind, index
    let newField = field;
    if (LONG_EXPORT.test(field)) {
      if (!exportRenames.has(field)) {
        if (!first) fail(`${wasmPath} exports ${field}, which the first module does not`);
        exportRenames.set(field, `_${shortName(exportRenames.size)}`);
      }
      newField = exportRenames.get(field);
    }
    entries.push(name(newField), bytes.subarray(p, end));
    p = end;
  }
  if (p !== contentEnd) fail("the export section's length does not match its entries");
  const content = Buffer.concat(entries);
  return Buffer.concat([Buffer.from([7]), u32(content.length), content]);
}

function rewrite(first) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a WebAssembly module`);
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, contentStart] = readU32(at + 1);
    const contentEnd = contentStart + size;
    if (id === 7) {
      parts.push(exportSection(contentStart, contentEnd, first));
      at = contentEnd;
      continue;
    }
    if (id !== 2) {
      parts.push(bytes.subarray(at, contentEnd));
      at = contentEnd;
      continue;
    }
    let [count, p] = readU32(contentStart);
    const entries = [u32(count)];
    for (let i = 0; i < count; i++) {
      let module, field;
      [module, p] = readName(p);
      [field, p] = readName(p);
      const end = descriptionEnd(p);
      let newField = field;
      if (module === GLUE_MODULE) {
        if (!renames.has(field)) {
          if (!first) fail(`${wasmPath} imports ${field}, which the first module does not`);
          renames.set(field, shortName(renames.size));
        }
        newField = renames.get(field);
      }
      entries.push(name(module), name(newField), bytes.subarray(p, end));
      p = end;
    }
    if (p !== contentEnd) fail("the import section's length does not match its entries");
    const content = Buffer.concat(entries);
    parts.push(Buffer.from([2]), u32(content.length), content);
    at = contentEnd;
  }
  writeFileSync(wasmPath, Buffer.concat(parts));
}

for (const [index, path] of wasmPaths.entries()) {
  wasmPath = path;
  bytes = readFileSync(path);
  rewrite(index === 0);
}

// Each old name is a unique identifier of its own (its hash makes sure), so
// renaming every whole-word occurrence renames exactly the glue's import keys.
let renamedInGlue = 0;
for (const [old, short] of renames) {
  const pattern = new RegExp(`(?<![\\w$])${old}(?![\\w$])`, "g");
  const hits = glue.match(pattern)?.length ?? 0;
  if (hits !== 1) fail(`${gluePath} names the import ${old} ${hits} times, expected once`);
  glue = glue.replace(pattern, short);
  renamedInGlue++;
}
for (const [old, short] of exportRenames) {
  const pattern = new RegExp(`(?<=\\.)${old}(?![\\w$])`, "g");
  const hits = glue.match(pattern)?.length ?? 0;
  if (hits === 0) fail(`${gluePath} never calls the export ${old}`);
  if (new RegExp(`\\.${short}(?![\\w$])`).test(glue)) fail(`${gluePath} already reads a ${short}`);
  glue = glue.replace(pattern, short);
}
if (/wasm_bindgen_[0-9a-f]{16}___/.test(glue)) fail(`${gluePath} still names an export that was renamed`);
writeFileSync(gluePath, glue);
console.log(`minify-imports: ${renamedInGlue} imports and ${exportRenames.size} exports renamed`);
