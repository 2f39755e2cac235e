// Every step, with a full synthetic plan open, checked by axe-core against
// WCAG 2.1 A and AA rules (labels, names, contrast, structure), in English
// and Spanish, and on a phone's width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, STEPS } from './browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

async function audit(page) {
  return page.evaluate(async () => {
    const result = await window.axe.run('.pc-root', {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}

for (const [sample, lang, width] of [
  ['alcohol-outpatient.en.json', 'en', 1280],
  ['opioids-otp.es.json', 'es', 390],
]) {
  test(`every step passes axe (${lang}, ${width} px)`, async () => {
    const page = await env.open('/');
    await page.setViewportSize({ width, height: 900 });
    // Evaluated through DevTools, so the page's CSP (scripts from itself only) stays as it is.
    await page.evaluate(AXE);
    const text = await readFile(join(HERE, '..', '..', 'samples', sample), 'utf8');
    await page.evaluate((t) => window.planComposer.openPlanJson(t), text);
    await page.locator('.pc-toolbar select').selectOption(lang);
    const found = [];
    for (const key of STEPS) {
      await page.click(`[data-step="${key}"]`);
      await page.locator(`.pc-root[data-step="${key}"]`).waitFor();
      for (const v of await audit(page)) found.push(`${key}: ${v}`);
    }
    assert.deepEqual(found, [], found.join('\n'));

    // A questionnaire open, with the safety note showing, and a result with
    // its chart and table (a draft, where questionnaires can be taken).
    const draft = await env.open('/');
    await draft.setViewportSize({ width, height: 900 });
    await draft.evaluate(AXE);
    await draft.locator('.pc-toolbar select').selectOption(lang);
    await draft.click('[data-step="assessment"]');
    await draft.locator('.pc-measures select').selectOption('phq-9');
    await draft.locator('.pc-measures .pc-add button').click();
    const form = draft.locator('form.pc-instrument');
    for (let i = 1; i <= 9; i += 1) await form.locator(`input[data-item="${i}"][value="1"]`).check();
    await form.locator('.pc-safety').waitFor();
    assert.deepEqual(await audit(draft), [], 'the open questionnaire');
    await form.locator('button[type="submit"]').click();
    await draft.locator('.pc-measure-results svg').waitFor();
    assert.deepEqual(await audit(draft), [], 'a result with its chart and table');
    await draft.close();

    // The audit itself can fail: an unlabelled field is caught.
    await page.evaluate(() => document.querySelector('.pc-step').append(document.createElement('input')));
    assert.ok((await audit(page)).some((v) => v.startsWith('label:')), 'axe reports a field with no label');
  });
}
