// Exports a record system can take as they are: a plan with control
// characters, padding and HTML or Markdown in its text, opened through the
// host API, comes out with no control character in any export, trimmed FHIR
// strings, and Markdown with no live tag or link; and a file with a key
// written twice or a huge bad value is refused in words a person can act on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, ARTIFACTS } from './browser.mjs';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

// C0 control characters other than tab, line feed and carriage return.
const STRAY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** The sample plan with dirty text typed (or pasted) into many fields. */
async function dirtyPlan() {
  const plan = JSON.parse(await readFile(join(SAMPLES, 'alcohol-outpatient.en.json'), 'utf8'));
  plan.title = '  \u0007Plan\u0000 for Sam\u001b[0m  ';
  plan.person.preferred_name = '\t Sam R.\u0008 ';
  plan.goals[0].statement = ' <script>alert(1)</script> [click](javascript:alert(2)) \u0001 ';
  plan.goals[0].measure = '\u000cNights without a drink\n';
  plan.needs[0].statement = '# Not a heading <b>bold</b> ![x](http://tracker.example/p.png)';
  plan.components[0].name = '> quoted <http://evil.example> `code`\u001f';
  plan.relapse_prevention.lapse_plan = '- not a list\n1. not numbered\u0002';
  plan.person.strengths[0].text = '\u0003\u0004';
  return plan;
}

/** Every string inside a JSON value, with its path. */
function strings(value, path = '') {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Calls openPlanJson; returns what it threw (null if it opened). */
async function open(page, text) {
  return page.evaluate((t) => {
    try { window.planComposer.openPlanJson(t); return null; } catch (e) { return e; }
  }, text);
}

test('no export carries a control character; FHIR is trimmed; the text has no live markup', async () => {
  const page = await env.open('/');
  const plan = await dirtyPlan();
  assert.equal(await open(page, JSON.stringify(plan)), null, 'the dirty plan opens');
  const out = await page.evaluate(() => ({
    fhir: window.planComposer.fhirJson(),
    html: window.planComposer.printableHtml(),
    text: window.planComposer.plainText(),
    json: window.planComposer.planJson(),
  }));
  await writeFile(join(ARTIFACTS, 'exports-clean.fhir.json'), out.fhir);
  await writeFile(join(ARTIFACTS, 'exports-clean.md'), out.text);

  // FHIR: no control character, no padding, no empty string, anywhere.
  const bundle = JSON.parse(out.fhir);
  for (const [path, s] of strings(bundle)) {
    assert.ok(!STRAY.test(s), `FHIR ${path} has a control character: ${JSON.stringify(s)}`);
    assert.equal(s, s.trim(), `FHIR ${path} is padded: ${JSON.stringify(s)}`);
    assert.notEqual(s, '', `FHIR ${path} is empty`);
  }
  const resources = bundle.entry.map((e) => e.resource);
  const goal = resources.find((r) => r.resourceType === 'Goal');
  assert.equal(goal.description.text, '<script>alert(1)</script> [click](javascript:alert(2))');
  const carePlan = resources.find((r) => r.resourceType === 'CarePlan');
  assert.equal(carePlan.title, 'Plan for Sam[0m');

  // The printable plan: clean, trimmed, and the markup escaped.
  assert.ok(!STRAY.test(out.html), 'no control character in the printable plan');
  assert.ok(out.html.includes('<dd>Plan for Sam[0m</dd>'), 'the title is trimmed');
  assert.ok(!/<script|<b>|<img/i.test(out.html.split('</style>')[1]), 'no live markup from the plan');

  // The Markdown: clean, no tag, autolink, link or image a renderer would make.
  assert.ok(!STRAY.test(out.text), 'no control character in the text');
  assert.ok(!out.text.includes('<'), `no tag or autolink:\n${out.text}`);
  assert.ok(!/(^|[^\\])[[\]`]/m.test(out.text), `no unescaped link, image or code:\n${out.text}`);
  assert.ok(out.text.includes('\\# Not a heading &lt;b&gt;bold&lt;/b&gt; !\\[x\\](http://tracker.example/p.png)'), out.text);
  assert.ok(out.text.includes('&gt; quoted &lt;http://evil.example&gt; \\`code\\`'), out.text);
  assert.ok(out.text.includes('\\- not a list 1. not numbered'), out.text);

  // The plan's own JSON: no control character, the padding kept exactly.
  assert.ok(!/\\u00[01]|\\[bf]/i.test(out.json.replaceAll('\\\\', '')), 'no escaped control character');
  const saved = JSON.parse(out.json);
  for (const [path, s] of strings(saved)) {
    assert.ok(!STRAY.test(s), `plan JSON ${path}: ${JSON.stringify(s)}`);
  }
  assert.equal(saved.title, '  Plan for Sam[0m  ');
  assert.equal(saved.goals[0].statement, ' <script>alert(1)</script> [click](javascript:alert(2))  ');
  assert.equal(saved.goals[0].measure, 'Nights without a drink\n');
  // And it opens again as the same plan.
  assert.equal(await open(page, out.json), null);
  assert.equal(await page.evaluate(() => window.planComposer.planJson()), out.json);
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
  assert.deepEqual(env.offDevice, [], 'no request left the device');
});

test('a key written twice and a huge bad value are refused with short, exact messages', async () => {
  const page = await env.open('/');
  const sample = await readFile(join(SAMPLES, 'alcohol-outpatient.en.json'), 'utf8');
  assert.equal(await open(page, sample), null);
  const before = await page.evaluate(() => window.planComposer.planJson());

  const twice = sample.replace(/\}\s*$/, ',\n  "schema_version": 99\n}');
  const problems = await open(page, twice);
  assert.ok(Array.isArray(problems), `openPlanJson throws a list: ${problems}`);
  assert.deepEqual(problems, [
    'schema_version: this field is written more than once in the same place, and only one can count; keep the right one and remove the others',
  ]);

  const huge = JSON.parse(sample);
  huge.revision = 'x'.repeat(100_000);
  const messages = await open(page, JSON.stringify(huge));
  assert.equal(messages.length, 1, messages.join('\n').slice(0, 500));
  assert.equal(messages[0], `revision: expected a whole number, found the text "${'x'.repeat(40)}…"`);

  await page.getByLabel('Language', { exact: true }).selectOption('es');
  const spanish = await open(page, twice);
  assert.ok(spanish[0].startsWith('schema_version: este campo está escrito más de una vez'), spanish[0]);
  assert.equal(await page.evaluate(() => window.planComposer.planJson()), before, 'the plan is kept');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});
