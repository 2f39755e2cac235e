// The pseudo-locale ("en-XA", accented English in brackets, made from
// locales/en.ftl by build.rs): a person goes through one full step, and every
// word the widget shows or gives a screen reader must be pseudo-localised.
// A string written in the Rust code instead of locales/*.ftl shows up here as
// plain English. Runs on the dev test build (target/panic-dist, built by
// scripts/test with --features panic-trigger,pseudo-locale).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start } from './browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const PSEUDO_DIST = join(HERE, '..', '..', 'target', 'panic-dist');

/** What the person types: no plain ASCII letters, so it never counts. */
const TYPED = 'Ŝáɱ Ŕ. 12';

/** Runs in the page: every text node and labelling attribute under `root`
 * with an ASCII word of 3+ letters, i.e. not from the pseudo-locale. The
 * language menu names each language in itself, on purpose; texts marked
 * `data-words` are data with their own translations (the instruments'
 * names, from catalog/instruments.json), which the pseudo-locale has not. */
function unlocalised(root) {
  const ownNames = new Set(['English', 'Español']);
  const plain = /[A-Za-z]{3,}/;
  const found = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    if (text && plain.test(text) && !ownNames.has(text) && !node.parentElement.closest('[data-words]')) {
      found.push(`text in <${node.parentElement.tagName.toLowerCase()}>: ${text}`);
    }
  }
  const attributes = ['aria-label', 'aria-description', 'aria-roledescription', 'placeholder', 'title', 'alt'];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of attributes) {
      const value = el.getAttribute(name);
      if (value && plain.test(value)) found.push(`${name} of <${el.tagName.toLowerCase()}>: ${value}`);
    }
  }
  return found;
}

let env;
before(async () => { env = await start({ dist: PSEUDO_DIST }); });
after(async () => { await env.close(); });

test('the check finds a string that is not pseudo-localised', async () => {
  const page = await env.open('/?lang=en-XA');
  const found = await page.evaluate((source) => {
    const check = new Function(`return (${source})`)();
    const sample = document.createElement('div');
    sample.innerHTML = '<p>[Ţĥé ƥĺáñ]</p><button aria-label="Remove">[Ŕéɱóṽé]</button><p>Hard-coded</p>';
    return check(sample);
  }, unlocalised.toString());
  assert.deepEqual(found, ['text in <p>: Hard-coded', 'aria-label of <button>: Remove']);
});

test('one full step in the pseudo-locale shows no plain English', async () => {
  const page = await env.open('/?lang=en-XA');
  const root = page.locator('.pc-root');
  assert.equal(await root.getAttribute('lang'), 'en-XA');
  await page.locator('.pc-root[data-step="person"]').waitFor();
  const check = () => page.evaluate((source) => {
    const fn = new Function(`return (${source})`)();
    return fn(document.querySelector('.pc-root'));
  }, unlocalised.toString());
  assert.deepEqual(await check(), [], 'the first step as it opens');

  // Add a row to every list of the step, then fill in every field.
  const step = page.locator('.pc-step');
  const adds = step.locator('fieldset.pc-list > button');
  const lists = await adds.count();
  assert.ok(lists >= 2, 'the step has lists to add rows to');
  for (let i = 0; i < lists; i += 1) await adds.nth(i).click();
  const fields = step.locator('input:not([type]), input[type="text"], input[type="tel"], textarea');
  const count = await fields.count();
  assert.ok(count >= 5, 'the step has fields to fill in');
  for (let i = 0; i < count; i += 1) {
    if (await fields.nth(i).isEditable()) await fields.nth(i).fill(TYPED);
  }
  const selects = step.locator('select');
  for (let i = 0; i < await selects.count(); i += 1) {
    await selects.nth(i).selectOption({ index: 1 });
  }
  assert.deepEqual(await check(), [], 'the first step filled in, with a row in every list');

  await page.locator('[data-nav="next"]').click();
  await page.locator('.pc-root[data-step="assessment"]').waitFor();
  assert.deepEqual(await check(), [], 'the next step');
  const plan = JSON.parse(await page.evaluate(() => window.planComposer.planJson()));
  assert.equal(plan.title, TYPED, 'what was typed is in the plan');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});
