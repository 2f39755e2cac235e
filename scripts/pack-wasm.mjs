// Packs the widget's modules and points its JS at them, in two steps of
// build-release.sh:
//
//   node scripts/pack-wasm.mjs glue <pkg-dir>     (before esbuild)
//   node scripts/pack-wasm.mjs modules <pkg-dir>  (last, on the final modules)
//
// `glue`: wasm-bindgen's glue and wasm-split's loader fetch the gzip-packed
// modules (pkg/*.wasm.gz) and unpack what they fetch with js/unpack-wasm.js,
// which this adds to the glue. It runs on the files as the two tools wrote
// them: each text replaced must be found exactly as often as expected, or
// the build stops (a new wasm-bindgen or wasm-split may word them
// differently).
//
// `modules`: names each module (see NAME_PREFIX) and packs it beside itself
// with zopfli (Debian's): pkg/<name>.wasm.gz.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [step, pkg] = process.argv.slice(2);
if (!['glue', 'modules'].includes(step) || !pkg) {
  console.error('usage: node scripts/pack-wasm.mjs glue|modules <pkg-dir>');
  process.exit(2);
}
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Stops the build unless `text` holds `from` exactly `count` times. */
function expect(file, text, from, count) {
  const found = text.split(from).length - 1;
  if (found !== count) {
    console.error(`pack-wasm: ${file} holds ${JSON.stringify(from)} ${found} times, not ${count}: `
      + 'the tool that wrote it words it differently now; update scripts/pack-wasm.mjs');
    process.exit(1);
  }
}

/** Replaces `from` with `to` in `text`, which must hold it once. */
function replace(file, text, from, to) {
  expect(file, text, from, 1);
  return text.replace(from, () => to);
}

/** Points the glue and the loader at the packed modules. */
function glueStep() {
  // The glue: the first module's default address, and every module handed to
  // it (the element passes its own fetch) unpacked before it is compiled.
  const gluePath = join(pkg, 'plan_composer.js');
  let glue = readFileSync(gluePath, 'utf8');
  glue = replace(gluePath, glue, "new URL('plan_composer_bg.wasm', import.meta.url)",
    "new URL('plan_composer_bg.wasm.gz', import.meta.url)");
  const load = "if (typeof Response === 'function' && module instanceof Response) {";
  glue = replace(gluePath, glue, load, `${load}\n        module = await unpackWasm(module);`);
  glue += `\n${readFileSync(join(ROOT, 'js', 'unpack-wasm.js'), 'utf8')}`;
  writeFileSync(gluePath, glue);

  // wasm-split's loader: each module it fetches (the part, a language's
  // words, the chunks they share).
  // A build without the split (the crash test's dev build) has none.
  const loaderPath = join(pkg, '__wasm_split.js');
  const modules = readdirSync(pkg).filter((f) => /^(split_|chunk_).*\.wasm$/.test(f));
  if (!existsSync(loaderPath)) {
    console.log('pack-wasm: the glue fetches its module packed (no split loader here)');
    return;
  }
  let loader = readFileSync(loaderPath, 'utf8');
  loader = replace(loaderPath, loader, 'import { initSync } from "./plan_composer.js";',
    'import { initSync, unpackWasm } from "./plan_composer.js";');
  for (const name of modules) {
    loader = replace(loaderPath, loader, `fetch(new URL("./${name}", import.meta.url))`,
      `fetch(new URL("./${name}.gz", import.meta.url)).then(unpackWasm)`);
  }
  // and none is left fetched plain.
  expect(loaderPath, loader, '.wasm", import.meta.url)', 0);
  writeFileSync(loaderPath, loader);
  console.log(`pack-wasm: the glue and the loader fetch ${modules.length + 1} modules packed`);
}

// A module compiled from an unpacked stream has no address of its own, so
// the browser calls it `wasm://wasm/<name>-<hash>` in a stack, by the name
// its name section gives: `plan-composer.<file>`. src/embed/crash.rs knows a
// trap of the widget's by that prefix.
const NAME_PREFIX = 'plan-composer.';
/** `n` as unsigned LEB128 bytes. */
const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
/** A wasm name: its UTF-8 length, then its bytes. */
const text = (s) => {
  const b = [...Buffer.from(s)];
  return [...leb(b.length), ...b];
};

/** Does the module have a name section (a dev build keeps wasm-bindgen's)? */
function hasNameSection(bytes) {
  let at = 8;
  // An unsigned LEB128 number.
  const read = () => {
    let n = 0;
    let shift = 0;
    let b;
    do {
      b = bytes[at++];
      n |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    return n >>> 0;
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = read();
    const end = at + size;
    if (id === 0) {
      const length = read();
      if (bytes.subarray(at, at + length).toString() === 'name') return true;
    }
    at = end;
  }
  return false;
}

/** Names each module, then packs it beside itself. */
function modulesStep() {
  const modules = readdirSync(pkg).filter((f) => f.endsWith('.wasm'));
  let named = 0;
  for (const file of modules) {
    const path = join(pkg, file);
    let bytes = readFileSync(path);
    if (!hasNameSection(bytes)) {
      // A name section holding only the module's name (subsection 0).
      const name = text(NAME_PREFIX + file.replace(/\.wasm$/, ''));
      const body = [...text('name'), 0x00, ...leb(name.length), ...name];
      bytes = Buffer.concat([bytes, Buffer.from([0x00, ...leb(body.length), ...body])]);
      writeFileSync(path, bytes);
      named += 1;
    }
    const packed = spawnSync('zopfli', ['--gzip', '-c', path], { maxBuffer: 1 << 28 });
    if (packed.status !== 0) {
      console.error(`pack-wasm: zopfli failed on ${path}: ${packed.error ?? packed.stderr}`);
      process.exit(1);
    }
    writeFileSync(`${path}.gz`, packed.stdout);
  }
  console.log(`pack-wasm: ${modules.length} modules packed (${named} named here, the rest had names)`);
}

if (step === 'glue') glueStep();
else modulesStep();
