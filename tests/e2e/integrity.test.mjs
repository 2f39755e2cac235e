// Integrity: the host API never answers for another plan, work is not lost
// (drafts, the "leave page?" question, the crash panel), and a kiosk keeps
// nothing of the last person. Host calls are made in the same tick as the
// change they follow, with no wait between that could hide a stale read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start } from './browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SAMPLES = join(HERE, '..', '..', 'samples');
const PANIC_DIST = join(HERE, '..', '..', 'target', 'panic-dist');
// The same trigger in a release build (panic=immediate-abort: a panic is a
// trap, and the panel follows from the trap, not from a panic hook).
const PANIC_RELEASE_DIST = join(HERE, '..', '..', 'target', 'panic-release-dist');

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test('every read of the host API reflects the call that came just before it', async () => {
  const page = await env.open('/');
  const names = (await readdir(SAMPLES)).filter((n) => n.endsWith('.json'));
  assert.ok(names.length >= 3, 'the synthetic samples are there');
  const texts = await Promise.all(names.map((n) => readFile(join(SAMPLES, n), 'utf8')));
  const reads = await page.evaluate((texts) => {
    const c = window.planComposer;
    return texts.map((text) => {
      c.openPlanJson(text);
      return { plan: c.planJson(), fhir: c.fhirJson(), html: c.printableHtml(), text: c.plainText() };
    });
  }, texts);
  for (const [i, read] of reads.entries()) {
    const sample = JSON.parse(texts[i]);
    assert.equal(JSON.parse(read.plan).id, sample.id, `${names[i]}: planJson`);
    const read_plan = JSON.parse(read.plan);
    assert.equal(read_plan.title, sample.title, `${names[i]}: the plan opened`);
    assert.deepEqual(read_plan.goals.map((g) => g.statement), sample.goals.map((g) => g.statement), `${names[i]}: its goals`);
    const fhir = JSON.parse(read.fhir);
    const carePlan = fhir.entry.find((e) => e.resource.resourceType === 'CarePlan').resource;
    assert.equal(carePlan.title, sample.title, `${names[i]}: fhirJson`);
    assert.ok(read.html.includes(sample.goals[0].statement.replaceAll('&', '&amp;').replaceAll("'", '&#39;').slice(0, 20)), `${names[i]}: printableHtml`);
    assert.ok(read.text.includes(sample.title), `${names[i]}: plainText`);
  }

  // An edit made through the form is in the very next read (of a draft:
  // a signed sample is read-only).
  const draft = JSON.parse(texts[0]);
  draft.status = 'draft';
  draft.consent.signatures = [];
  await page.evaluate((t) => window.planComposer.openPlanJson(t), JSON.stringify(draft));
  const title = await page.evaluate(() => {
    const input = [...document.querySelectorAll('.pc-root input')]
      .find((el) => el.labels?.[0]?.textContent.trim() === 'Plan title');
    input.value = 'Typed just now';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return JSON.parse(window.planComposer.planJson()).title;
  });
  assert.equal(title, 'Typed just now');
  // And so is a change event's listener's read.
  const heard = await page.evaluate(() => {
    const root = document.getElementById('plan-composer');
    let seen = null;
    root.addEventListener('plan-composer-change', () => { seen = JSON.parse(window.planComposer.planJson()).title; }, { once: true });
    const input = [...document.querySelectorAll('.pc-root input')]
      .find((el) => el.labels?.[0]?.textContent.trim() === 'Plan title');
    input.value = 'Heard by the host';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return seen;
  });
  assert.equal(heard, 'Heard by the host');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});

/** Would leaving the page ask "leave page?" now? (the widget's own listener decides) */
function asksToLeave(page) {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

test('leaving with changes not exported asks first; exported or unchanged plans do not', async () => {
  const page = await env.open('/');
  assert.equal(await asksToLeave(page), false, 'a new, untouched plan');
  await page.getByLabel('Plan title', { exact: true }).fill('Not saved yet');
  assert.equal(await asksToLeave(page), true, 'a change not exported');
  await page.click('[data-step="finish"]');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON', exact: true }).click()]);
  assert.equal(await asksToLeave(page), false, 'exported since the change');
  await page.click('[data-step="person"]');
  await page.getByLabel('Plan title', { exact: true }).fill('Changed after the export');
  assert.equal(await asksToLeave(page), true);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await asksToLeave(page), false, 'undone back to what was exported');

  // The browser's own question, for real.
  await page.getByLabel('Plan title', { exact: true }).fill('Really leaving?');
  const dialog = new Promise((resolve) => page.once('dialog', async (d) => { resolve(d.type()); await d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await dialog, 'beforeunload');
});

test('with drafts on, a reload restores the plan exactly, and the draft can be cleared', async () => {
  const page = await env.open('/?drafts=local');
  await page.getByLabel('Preferred name or initials', { exact: true }).fill('D.R.');
  await page.getByLabel('Plan title', { exact: true }).fill('Draft plan');
  const before = await page.evaluate(() => window.planComposer.planJson());
  const stored = await page.evaluate(() => localStorage.getItem('plan-composer-draft'));
  assert.equal(stored, before, 'what is stored is exactly the plan JSON');
  assert.equal(await asksToLeave(page), false, 'the draft keeps the changes');

  await page.reload();
  await page.waitForSelector('#plan-composer[data-loaded="true"] .pc-root');
  assert.equal(await page.evaluate(() => window.planComposer.planJson()), before, 'restored exactly');
  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), 'Draft plan');

  await page.getByRole('button', { name: 'Clear saved draft' }).click();
  await page.getByText('The copy saved on this device was removed.').waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing left in storage');
  await page.reload();
  await page.waitForSelector('#plan-composer[data-loaded="true"] .pc-root');
  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), '', 'a new plan after clearing');

  // Drafts are never kept by a kiosk, and a mistaken value is refused.
  const refusals = await page.evaluate(async () => {
    const { mount } = await import('./pkg/plan_composer.js');
    const tries = [{ drafts: 'local', idleResetSeconds: 60 }, { drafts: 'cloud' }];
    return tries.map((options) => {
      try { mount(document.createElement('div'), options); return 'mounted'; } catch (e) { return e.message; }
    });
  });
  assert.match(refusals[0], /drafts cannot be used with idleResetSeconds/);
  assert.match(refusals[1], /drafts must be "local" or "session"/);
  await page.close();
});

test('with drafts on, a review in progress survives a reload with what it changed', async () => {
  const page = await env.open('/?drafts=session');
  const text = await readFile(join(SAMPLES, 'alcohol-outpatient.en.json'), 'utf8');
  await page.evaluate((t) => window.planComposer.openPlanJson(t), text);
  const opened = await page.evaluate(() => window.planComposer.planJson());
  await page.click('[data-step="aftercare"]');
  await page.getByRole('button', { name: 'Start a review of this plan' }).click();
  await page.getByLabel('Next review date', { exact: true }).fill('2027-02-01');
  const changes = await page.locator('.pc-changes li').allTextContents();
  assert.equal(changes.length, 1, changes.join('\n'));
  assert.equal(await page.evaluate(() => sessionStorage.getItem('plan-composer-draft:review-start')), opened,
    'the plan as it was when the review began is kept beside the draft');

  await page.reload();
  await page.waitForSelector('#plan-composer[data-loaded="true"] .pc-root');
  await page.click('[data-step="aftercare"]');
  assert.deepEqual(await page.locator('.pc-changes li').allTextContents(), changes, 'the same review, the same changes');
  await page.getByLabel('Reviewed by', { exact: true }).fill('Dr. Rivera');
  await page.getByRole('button', { name: 'Finish review' }).click();
  await page.getByRole('button', { name: 'Start a review of this plan' }).waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('plan-composer-draft:review-start')), null,
    'removed when the review ends');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
  await page.close();
});

test('a kiosk: "I\'m finished" clears at once, the warning hides the plan and holds focus', async () => {
  const page = await env.open('/?kiosk=60&lang=en', (p) => p.clock.install());
  assert.equal(await page.locator('.pc-root input[type=file]').count(), 0, 'no file picker in a kiosk');
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await page.getByLabel('Nombre preferido o iniciales', { exact: true }).fill('Persona Privada');
  const first = JSON.parse(await page.evaluate(() => window.planComposer.planJson()));
  await page.click('[data-step="finish"]');
  assert.equal(await page.getByRole('button', { name: 'Copiar como texto' }).count(), 0, 'no clipboard in a kiosk');

  await page.getByRole('button', { name: 'Terminé: borrar mi plan' }).click();
  const plan = JSON.parse(await page.evaluate(() => window.planComposer.planJson()));
  assert.notEqual(plan.id, first.id);
  assert.equal(plan.person.preferred_name, '');
  assert.equal(await page.locator('.pc-root').getAttribute('lang'), 'en', 'back to the kiosk\'s language');
  assert.equal(await page.getByLabel('Preferred name or initials', { exact: true }).inputValue(), '');
  assert.ok(await page.getByRole('button', { name: 'Undo' }).isDisabled(), 'nothing to undo back to');

  // The warning: the plan behind it is hidden and out of reach.
  await page.getByLabel('Preferred name or initials', { exact: true }).fill('Second Person');
  await page.clock.runFor(61_000);
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await dialog.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "I'm still here", 'the warning takes focus');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "I'm still here", 'focus stays in the warning');
  assert.equal(await page.getByLabel('Preferred name or initials', { exact: true }).isVisible(), false, 'the plan is hidden');
  assert.equal(await page.evaluate(() => document.querySelector('.pc-body').inert), true, 'and out of reach');
  await page.getByRole('button', { name: "I'm still here" }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel('Preferred name or initials', { exact: true }).inputValue(), 'Second Person');
  assert.equal(await asksToLeave(page), false, 'a kiosk never asks to keep a plan');
  await page.close();
});

test('a mistaken idleResetSeconds is a clear mount error, not a page error', async () => {
  const page = await env.open('/');
  const messages = await page.evaluate(async () => {
    const { mount } = await import('./pkg/plan_composer.js');
    return [0, -5, 1.5, 1e12, 'sixty', Number.NaN, true].map((idleResetSeconds) => {
      try { mount(document.createElement('div'), { idleResetSeconds }); return 'mounted'; } catch (e) { return `${e instanceof Error}:${e.message}`; }
    });
  });
  for (const message of messages) {
    assert.match(message, /^true:plan-composer: idleResetSeconds must be a whole number of seconds from 10 to 86400/);
  }
  // The demo page shows the mistake instead of breaking.
  const bad = await env.newPage();
  await bad.goto(`${env.origin}/?kiosk=0.5`);
  await bad.waitForSelector('#plan-composer[data-mount-error="true"]');
  assert.match(await bad.getByRole('alert').textContent(), /idleResetSeconds must be a whole number/);
  await bad.close();
  await page.close();
});

for (const [build, dist] of [['dev build, panic hook', PANIC_DIST], ['release build, trap', PANIC_RELEASE_DIST]]) test(`a panic leaves a panel that offers the plan as a download and a restart (${build})`, async () => {
  const crash = await start({ dist });
  try {
    const page = await crash.open('/');
    await page.getByLabel('Preferred name or initials', { exact: true }).fill('K.P.');
    // The test build panics in the render that shows this title.
    await page.getByLabel('Plan title', { exact: true }).fill('PANIC TEST');
    const panel = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
    await panel.waitFor();
    assert.equal(await page.locator('.pc-step').count(), 0, 'the broken widget is gone');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('link', { name: 'Download the plan (JSON)' }).click(),
    ]);
    const saved = JSON.parse(await readFile(await file.path(), 'utf8'));
    assert.equal(saved.person.preferred_name, 'K.P.', 'the plan is kept');
    assert.equal(saved.title, 'PANIC TEST', 'up to the last change');
    await panel.getByRole('link', { name: 'Restart' }).click();
    await page.waitForSelector('#plan-composer[data-loaded="true"] .pc-root .pc-step');
    assert.ok(crash.consoleErrors.some((e) => e.includes('plan-composer stopped')), 'the panic is logged for developers');
  } finally {
    await crash.close();
  }
});
