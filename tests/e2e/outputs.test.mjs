// Outputs leave the widget with no server: the printable plan prints to a
// PDF that holds every section and the 42 CFR Part 2 notice; FHIR and text
// reach the host page; a plan saved, reloaded and reopened is identical; a
// review records what changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, asOfToday, ARTIFACTS } from './browser.mjs';
import { pdfText, squash } from './pdf.mjs';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

async function openSample(page, name) {
  const text = asOfToday(await readFile(join(SAMPLES, name), 'utf8'));
  await page.evaluate((t) => window.planComposer.openPlanJson(t), text);
  return JSON.parse(text);
}

/** Clicks a button and returns the downloaded file's text. */
async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return { text: await readFile(await file.path(), 'utf8'), name: file.suggestedFilename() };
}

test('the printable plan prints to a PDF with every section and the Part 2 notice', async () => {
  for (const [sample, sections, notice] of [
    ['alcohol-outpatient.en.json',
      ['About the person', 'Assessment', 'Needs', 'Goals', 'Services and supports',
        'Relapse prevention', 'Long-term support', 'Review schedule', 'Signatures'],
      /42 CFR Part 2/],
    ['opioids-otp.es.json',
      ['Sobre la persona', 'Evaluación', 'Necesidades', 'Metas', 'Servicios y apoyos',
        'Prevención de recaídas', 'Apoyo a largo plazo', 'Calendario de revisión', 'Firmas'],
      /42 CFR Parte 2/],
  ]) {
    const page = await env.open('/');
    const plan = await openSample(page, sample);
    if (plan.person.language?.startsWith('Españ') || sample.includes('.es.')) {
      await page.getByLabel('Language', { exact: true }).selectOption('es');
    }
    await page.click('[data-step="finish"]');
    const saved = await download(page, sample.includes('.es.') ? 'Descargar plan para imprimir (HTML)' : 'Download printable plan (HTML)');
    assert.match(saved.name, /\.plan\.html$/);
    // The preview on screen is the same document.
    const preview = await page.locator('iframe.pc-preview').getAttribute('srcdoc');
    assert.equal(preview, saved.text, 'the preview shows the document that is saved and printed');

    const printing = await env.newPage();
    await printing.setContent(saved.text);
    const pdf = await printing.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(join(ARTIFACTS, sample.replace('.json', '.pdf')), pdf);
    const text = squash(await pdfText(pdf));
    for (const heading of sections) {
      assert.ok(text.includes(heading), `${sample}: the PDF has the section "${heading}"`);
    }
    assert.match(text, notice, `${sample}: the PDF carries the Part 2 notice`);
    for (const goal of plan.goals) {
      assert.ok(text.includes(squash(goal.statement).slice(0, 30)), `${sample}: the PDF has the goal "${goal.statement}"`);
    }
    assert.ok(text.includes(plan.relapse_prevention.crisis_lines[0].number), 'the crisis line is on the page');
    await printing.close();
    await page.close();
  }
  assert.deepEqual(env.offDevice, [], 'no request left the device');
});

test('FHIR, JSON and text reach the host page through the API and a DOM event', async () => {
  const page = await env.open('/');
  const plan = await openSample(page, 'stimulants-housing.en.json');
  await page.evaluate(() => {
    window.exports = [];
    document.getElementById('plan-composer').addEventListener('plan-composer-export',
      (e) => window.exports.push(e.detail));
  });
  await page.click('[data-step="finish"]');
  const fhir = await download(page, 'Download FHIR (for record systems)');
  assert.match(fhir.name, /\.fhir\.json$/);
  await writeFile(join(ARTIFACTS, 'stimulants-housing.fhir.json'), fhir.text);
  const bundle = JSON.parse(fhir.text);
  assert.equal(bundle.resourceType, 'Bundle');
  assert.equal(bundle.type, 'collection');
  const goals = bundle.entry.filter((e) => e.resource.resourceType === 'Goal');
  assert.equal(goals.length, plan.goals.length, 'one Goal per goal');
  // The same Bundle from the API, but for the moment it was made.
  const fromApi = JSON.parse(await page.evaluate(() => window.planComposer.fhirJson()));
  assert.match(bundle.timestamp, /^\d{4}-\d\d-\d\dT/);
  assert.ok(fromApi.timestamp >= bundle.timestamp, 'made later');
  delete bundle.timestamp;
  delete fromApi.timestamp;
  assert.deepEqual(fromApi, bundle, 'the API gives the same Bundle');

  const json = await download(page, 'Download JSON');
  assert.deepEqual(JSON.parse(json.text), plan);

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  await page.getByRole('button', { name: 'Copy as text for a note' }).click();
  await page.getByText('Copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.evaluate(() => window.planComposer.plainText()));
  assert.ok(copied.includes(plan.goals[0].statement));

  const kinds = await page.evaluate(() => window.exports.map((e) => e.kind));
  assert.deepEqual(kinds, ['fhir', 'json', 'text']);
  const texts = await page.evaluate(() => window.exports.map((e) => e.text));
  assert.equal(texts[0], fhir.text);
  assert.equal(texts[2], copied);
  assert.deepEqual(env.offDevice, [], 'no request left the device');
});

test('a plan exported, the page reloaded and the file opened comes back identical', async () => {
  const page = await env.open('/');
  await openSample(page, 'alcohol-outpatient.en.json');
  await page.click('[data-step="finish"]');
  const saved = await download(page, 'Download JSON');
  const path = join(ARTIFACTS, 'round-trip.plan.json');
  await writeFile(path, saved.text);

  await page.reload();
  await page.waitForSelector('#plan-composer[data-loaded="true"] .pc-root');
  assert.notEqual(await page.evaluate(() => window.planComposer.planJson()), saved.text);
  await page.locator('input[type=file]').setInputFiles(path);
  await page.getByRole('heading', { name: JSON.parse(saved.text).title }).waitFor();
  assert.deepEqual(JSON.parse(await page.evaluate(() => window.planComposer.planJson())), JSON.parse(saved.text));

  // A broken file lists every problem and keeps the plan.
  const broken = join(ARTIFACTS, 'broken.plan.json');
  await writeFile(broken, JSON.stringify({ schema_version: 1, id: 'x', goals: [{ id: 'g1', statement: 'a', due: '2026-13-01', priority: 'urgent' }] }));
  await page.locator('input[type=file]').setInputFiles(broken);
  const alert = page.locator('.pc-errors li');
  await alert.first().waitFor();
  const problems = await alert.allTextContents();
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.ok(problems.some((p) => p.includes("'2026-13-01' is not a date")), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('urgent')), problems.join('\n'));
  assert.deepEqual(JSON.parse(await page.evaluate(() => window.planComposer.planJson())), JSON.parse(saved.text));

  // A plan file dropped on the widget opens too.
  const dropped = asOfToday(await readFile(join(SAMPLES, 'stimulants-housing.en.json'), 'utf8'));
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.plan.json', { type: 'application/json' }));
    const root = document.querySelector('.pc-root');
    root.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    root.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, dropped);
  await page.getByRole('heading', { name: JSON.parse(dropped).title }).waitFor();
  assert.deepEqual(JSON.parse(await page.evaluate(() => window.planComposer.planJson())), JSON.parse(dropped));
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});

test('a review lists the changes made, records them, and bumps the revision', async () => {
  const page = await env.open('/');
  const plan = await openSample(page, 'alcohol-outpatient.en.json');
  await page.click('[data-step="aftercare"]');
  await page.getByRole('button', { name: 'Start a review of this plan' }).click();
  await page.getByText('Review in progress').waitFor();
  await page.getByLabel('Next review date', { exact: true }).fill('2027-02-01');
  await page.click('[data-step="goals"]');
  await page.getByRole('group', { name: 'Goal 1' }).getByLabel('Target', { exact: true }).fill('3 meetings a week');
  await page.click('[data-step="finish"]');
  const changes = await page.locator('.pc-changes li').allTextContents();
  assert.equal(changes.length, 2, changes.join('\n'));
  assert.ok(changes.some((c) => c.includes('target')), changes.join('\n'));
  await page.getByLabel('Reviewed by', { exact: true }).fill('Dr. Rivera');
  await page.getByLabel('Why', { exact: true }).fill('Monthly review');
  await page.getByRole('button', { name: 'Finish review' }).click();
  await page.getByRole('button', { name: 'Start a review of this plan' }).waitFor();
  const after = JSON.parse(await page.evaluate(() => window.planComposer.planJson()));
  assert.equal(after.revision, plan.revision + 1);
  assert.equal(after.status, 'active');
  const entry = after.review.history.at(-1);
  assert.equal(entry.reviewed_by, 'Dr. Rivera');
  assert.equal(entry.reason, 'Monthly review');
  // Recorded as data (worded when shown): the printable plan's review
  // history lists the very lines the review showed.
  assert.equal(entry.changes.length, changes.length, JSON.stringify(entry.changes));
  assert.ok(entry.changes.every((c) => typeof c === 'object' && Object.keys(c).length === 1), JSON.stringify(entry.changes));
  const html = await page.evaluate(() => window.planComposer.printableHtml());
  assert.ok(html.includes('Monthly review') && html.includes('Dr. Rivera'));
  const printed = await page.evaluate((h) => new DOMParser().parseFromString(h, 'text/html').body.textContent, html);
  for (const line of changes) assert.ok(printed.includes(line), `${line} in the printout`);
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});
