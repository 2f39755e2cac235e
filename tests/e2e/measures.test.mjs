// Measurement-based care: a PHQ-9 taken at two reviews, scored on the
// device; the chart and the table show the change; an answer to item 9
// above zero brings up the crisis lines; the printout (to PDF) and FHIR
// carry it all.
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

/** Answers the open PHQ-9 form with one value per item (items 1-9) and saves. */
async function takePhq9(page, values) {
  await page.getByLabel('Take a questionnaire', { exact: true }).selectOption('phq-9');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const form = page.locator('form.pc-instrument');
  await form.waitFor();
  for (const [i, value] of values.entries()) {
    await form.locator(`input[data-item="${i + 1}"][value="${value}"]`).check();
  }
  return form;
}

async function review(page, { values, progress, note, by }) {
  await page.click('[data-step="finish"]');
  await page.getByRole('button', { name: 'Start a review of this plan' }).click();
  await page.getByText('Review in progress').waitFor();
  const form = await takePhq9(page, values);
  const safety = values[8] > 0;
  assert.equal(await form.locator('.pc-safety[role="alert"]').count(), safety ? 1 : 0,
    'the crisis lines show exactly when item 9 is above zero');
  await form.getByRole('button', { name: 'Save the answers' }).click();
  await form.waitFor({ state: 'detached' });
  // Progress of goal 1, noted for this review.
  const goal = page.locator('.pc-review-progress .pc-card').first();
  await goal.locator('select').first().selectOption({ label: progress });
  const noteField = goal.locator('input.pc-input').first();
  await noteField.fill(note);
  await noteField.press('Tab');
  await page.getByLabel('Reviewed by', { exact: true }).fill(by);
  await page.getByRole('button', { name: 'Finish review' }).click();
  await page.getByRole('button', { name: 'Start a review of this plan' }).waitFor();
}

test('a PHQ-9 taken at two reviews shows its change, prints, and exports FHIR', async () => {
  const page = await env.open('/');
  const text = asOfToday(await readFile(join(SAMPLES, 'alcohol-outpatient.en.json'), 'utf8'));
  await page.evaluate((t) => window.planComposer.openPlanJson(t), text);

  await review(page, { values: [2, 2, 2, 1, 1, 2, 1, 1, 0], progress: 'Some progress', note: 'Sleeping better', by: 'Dr. Rivera' });
  await review(page, { values: [1, 1, 1, 0, 1, 1, 0, 0, 1], progress: 'Met', note: 'Goal reached', by: 'Dr. Rivera' });

  const plan = JSON.parse(await page.evaluate(() => window.planComposer.planJson()));
  assert.equal(plan.measurements.length, 2);
  assert.deepEqual(plan.measurements.map((m) => m.scores[0].value), [12, 6], 'scored on the device: the sums of the answers');
  assert.deepEqual(plan.measurements.map((m) => m.scores[0].max), [27, 27]);
  const entries = plan.review.history.slice(-2);
  assert.deepEqual(entries.map((e) => e.progress[0].status), ['some_progress', 'met']);
  assert.equal(entries[1].progress[0].note, 'Goal reached');

  // On screen: the chart (a point per time taken) and the table beside it.
  await page.click('[data-step="assessment"]');
  const results = page.locator('.pc-measure-results');
  await results.waitFor();
  assert.equal(await results.locator('svg.pc-chart circle').count(), 2);
  const cells = await results.locator('td').allTextContents();
  assert.ok(cells.includes('12 of 27') && cells.includes('6 of 27'), cells.join(' | '));
  // Each goal's progress over time, in the goals step.
  await page.click('[data-step="goals"]');
  const progress = page.locator('.pc-goal-progress').first();
  assert.deepEqual((await progress.locator('tbody td:nth-child(2)').allTextContents()), ['Some progress', 'Met']);

  // Printed to PDF: the measures, the scores and the progress.
  const html = await page.evaluate(() => window.planComposer.printableHtml());
  const printing = await env.newPage();
  await printing.setContent(html);
  const pdf = await printing.pdf({ preferCSSPageSize: true, printBackground: true });
  await writeFile(join(ARTIFACTS, 'measures.pdf'), pdf);
  const printed = squash(await pdfText(pdf));
  for (const words of ['Measures', 'PHQ-9', '12 of 27', '6 of 27', 'Progress at reviews', 'Sleeping better', 'Goal reached']) {
    assert.ok(printed.includes(words), `the PDF has "${words}"`);
  }
  await printing.close();

  // FHIR: a QuestionnaireResponse and a scored Observation per time taken
  // (validated with the other e2e bundles by scripts/test).
  const fhir = await page.evaluate(() => window.planComposer.fhirJson());
  await writeFile(join(ARTIFACTS, 'measures.fhir.json'), fhir);
  const types = JSON.parse(fhir).entry.map((e) => e.resource.resourceType);
  assert.equal(types.filter((t) => t === 'QuestionnaireResponse').length, 2, types.join(' '));
  assert.ok(types.filter((t) => t === 'Observation').length >= 2, types.join(' '));

  assert.deepEqual(env.offDevice, [], 'no request left the device');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});

test('a questionnaire with an item left out is not saved and says why', async () => {
  const page = await env.open('/');
  await page.click('[data-step="assessment"]');
  const form = await takePhq9(page, [1, 1, 1, 1, 1, 1, 1, 1]);
  await form.getByRole('button', { name: 'Save the answers' }).click();
  await form.locator('.pc-form-problem', { hasText: 'Please answer every question' }).waitFor();
  const plan = JSON.parse(await page.evaluate(() => window.planComposer.planJson()));
  assert.equal((plan.measurements ?? []).length, 0, 'nothing saved');
  // Answering the last item saves it.
  await form.locator('input[data-item="9"][value="0"]').check();
  await form.getByRole('button', { name: 'Save the answers' }).click();
  await form.waitFor({ state: 'detached' });
  const saved = JSON.parse(await page.evaluate(() => window.planComposer.planJson()));
  assert.equal(saved.measurements[0].scores[0].value, 8);
});
