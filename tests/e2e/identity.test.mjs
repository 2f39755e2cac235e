// Identity from the host page: the person's record number, legal name and
// birth date, the signed-in clinician, the organization. Printed on every
// page, in FHIR, prefilling the clinician's signature, and never stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfText } from './pdf.mjs';
import { start, press, ARTIFACTS } from './browser.mjs';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples', 'alcohol-outpatient.en.json');

const READY = 'plan-composer[data-ready="true"] .pc-root';
const IDENTITY = {
  recordNumber: { system: 'https://clinic.example/mrn', value: 'MRN-0042' },
  legalName: 'Jane Q. Example',
  familyName: 'Example',
  givenName: 'Jane Q.',
  gender: 'female',
  birthDate: '1990-04-01',
  clinician: { name: 'Alex Kim', credentials: 'LCSW', identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: '1245319599' } },
  organization: { name: 'Example Clinic (synthetic)' },
  planIdentifierSystem: 'https://clinic.example/fhir/plans',
};

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test('the identity the host gives is printed, sent in FHIR, prefills the signature and is not stored', async () => {
  const page = await env.open('/demo/element.html', async () => {}, { ready: READY });
  const out = await page.evaluate(async (identity) => {
    localStorage.clear();
    document.getElementById('composer').remove();
    const el = document.createElement('plan-composer');
    el.id = 'composer';
    el.options = { identity, drafts: 'local' };
    document.querySelector('main').append(el);
    await el.ready;
    el.dataset.ready = 'true';
    return {
      html: el.printableHtml(),
      fhir: JSON.parse(el.fhirJson()),
      transaction: JSON.parse(el.fhirJson('transaction')),
      wrongKind: (() => { try { el.fhirJson('batch'); return 'answered'; } catch (e) { return e.message; } })(),
      plan: el.planJson(),
    };
  }, IDENTITY);
  assert.match(out.html, /@top-left \{ content: "Jane Q\. Example · Date of birth April 1, 1990 · Record number MRN-0042"/, 'on every page');
  assert.match(out.html, /Alex Kim, LCSW/);
  const kinds = Object.fromEntries(out.fhir.entry.map((e) => [e.resource.resourceType, e.resource]));
  assert.deepEqual(kinds.Patient.identifier[0], { value: 'MRN-0042', system: 'https://clinic.example/mrn' });
  assert.equal(kinds.Patient.identifier[1].system, 'https://clinic.example/fhir/plans', "then the plan's own");
  assert.deepEqual(kinds.Patient.name[0], { use: 'official', text: 'Jane Q. Example', family: 'Example', given: ['Jane Q.'] });
  assert.equal(kinds.Patient.gender, 'female');
  assert.equal(kinds.Patient.birthDate, '1990-04-01');
  assert.deepEqual(kinds.Practitioner.identifier[0], IDENTITY.clinician.identifier);
  assert.match(kinds.CarePlan.text.div, /^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/, 'a narrative');
  assert.match(out.fhir.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/, "the device's clock");
  // For a server: conditional requests on the identifiers the host set.
  assert.equal(out.transaction.type, 'transaction');
  const requests = Object.fromEntries(out.transaction.entry.map((e) => [e.resource.resourceType, e.request]));
  assert.deepEqual(requests.Patient, { method: 'POST', url: 'Patient', ifNoneExist: 'identifier=https://clinic.example/mrn|MRN-0042' });
  assert.match(requests.CarePlan.url, /^CarePlan\?identifier=https:\/\/clinic\.example\/fhir\/plans\|[0-9a-f-]{36}$/);
  assert.equal(requests.CarePlan.method, 'PUT');
  assert.equal(out.wrongKind, 'plan-composer: fhirJson takes "collection" or "transaction", not "batch"');
  await writeFile(join(ARTIFACTS, 'identity.transaction.fhir.json'), JSON.stringify(out.transaction, null, 2));
  assert.equal(kinds.CarePlan.author.display, 'Alex Kim');
  assert.equal(kinds.Organization.name, 'Example Clinic (synthetic)');
  await writeFile(join(ARTIFACTS, 'identity.fhir.json'), JSON.stringify(out.fhir, null, 2));

  // The clinician's signature is prefilled when the role is chosen.
  await press(page.locator('plan-composer [data-step="finish"]'));
  const form = page.locator('plan-composer form').filter({ has: page.getByLabel('Typed name', { exact: true }) });
  await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Clinician' });
  assert.equal(await form.getByLabel('Typed name', { exact: true }).inputValue(), 'Alex Kim');
  assert.equal(await form.getByLabel('Credentials or title', { exact: true }).inputValue(), 'LCSW');
  await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Person in recovery' });
  assert.equal(await form.getByLabel('Typed name', { exact: true }).inputValue(), '', 'taken back for another role');

  // Drafts on: the draft is the plan, and the identity is no part of it.
  await press(page.locator('plan-composer [data-step="person"]'));
  await page.getByLabel('Plan title', { exact: true }).fill('Drafted plan');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.match(stored, /Drafted plan/, 'the draft is saved');
  for (const part of ['MRN-0042', 'Jane Q. Example', '1990-04-01', 'LCSW', 'Alex Kim']) {
    assert.ok(!stored.includes(part), `${part} is not stored`);
    assert.ok(!out.plan.includes(part), `${part} is not in the plan's JSON`);
  }
});

test('a mistaken identity is refused, naming what is wrong', async () => {
  const page = await env.open('/demo/element.html', async () => {}, { ready: READY });
  const errors = await page.evaluate(async () => {
    const { mount } = await import('/pkg/plan_composer.js');
    const caught = (identity) => {
      const div = document.createElement('div');
      try { mount(div, { identity }).destroy(); return 'no error'; } catch (e) { return e.message; }
    };
    return {
      date: caught({ birthDate: '04/01/1990' }),
      unknown: caught({ mrn: '1' }),
      nested: caught({ clinician: { name: 'A', npi: '1' } }),
      system: caught({ recordNumber: { system: 'MRN', value: '1' } }),
      empty: caught({ recordNumber: { value: ' ' } }),
      notText: caught({ legalName: 7 }),
      fine: caught({ legalName: 'A B' }),
    };
  });
  assert.match(errors.date, /identity\.birthDate must be a date written YYYY-MM-DD/);
  assert.match(errors.unknown, /option identity has an unknown key "mrn"/);
  assert.match(errors.nested, /option identity\.clinician has an unknown key "npi"/);
  assert.match(errors.system, /identity\.recordNumber\.system must be an absolute URI/);
  assert.match(errors.empty, /identity\.recordNumber\.value is empty/);
  assert.match(errors.notText, /option identity\.legalName must be a string/);
  assert.equal(errors.fine, 'no error');
});

test('every printed page names the person, the record and the clinician', async () => {
  const page = await env.open('/demo/element.html', async () => {}, { ready: READY });
  const sample = await readFile(SAMPLE, 'utf8');
  const html = await page.evaluate(async ([identity, sample]) => {
    document.getElementById('composer').remove();
    const el = document.createElement('plan-composer');
    el.options = { identity };
    document.querySelector('main').append(el);
    await el.ready;
    el.openPlanJson(sample);
    return el.printableHtml();
  }, [IDENTITY, sample]);
  const printing = await env.newPage();
  await printing.setContent(html);
  const pdf = await printing.pdf({ format: 'Letter', preferCSSPageSize: true });
  const pages = (await pdfText(pdf)).split('\f').filter((p) => p.trim());
  assert.ok(pages.length >= 3, `a plan of several pages (${pages.length})`);
  for (const [i, text] of pages.entries()) {
    const flat = text.replace(/\s+/g, ' ');
    assert.ok(flat.includes('Jane Q. Example · Date of birth April 1, 1990 · Record number MRN-0042'), `page ${i + 1} names the person`);
    assert.ok(flat.includes('Example Clinic (synthetic) · Alex Kim, LCSW'), `page ${i + 1} names the clinic and clinician`);
  }
});
