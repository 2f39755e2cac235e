// A kiosk shared by strangers: after a quiet while the widget asks whether
// the person is still there, then clears the plan so nothing lingers, not
// even in undo. Time is driven by Playwright's fake clock: no waiting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test('an idle kiosk warns, then clears the plan with nothing left to undo', async () => {
  const page = await env.open('/?kiosk=60', (p) => p.clock.install());
  await page.getByLabel('Preferred name or initials', { exact: true }).fill('Private Person');
  await page.getByLabel('Plan title', { exact: true }).fill('Private plan');
  const first = JSON.parse(await page.evaluate(() => window.planComposer.planJson()));

  // Someone still working is never interrupted.
  await page.clock.runFor(50_000);
  await page.getByLabel('Pronouns', { exact: true }).fill('they/them');
  await page.clock.runFor(50_000);
  assert.equal(await page.locator('.pc-idle').count(), 0, 'no warning while in use');

  // Quiet for a minute: the warning, and "I'm still here" keeps the plan.
  await page.clock.runFor(12_000);
  await page.getByRole('alertdialog', { name: 'Are you still there?' }).waitFor();
  await page.getByRole('button', { name: "I'm still here" }).click();
  await page.locator('.pc-idle').waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel('Preferred name or initials', { exact: true }).inputValue(), 'Private Person');

  // Quiet again, past the warning: everything is cleared.
  await page.clock.runFor(61_000);
  await page.getByRole('alertdialog').waitFor();
  await page.clock.runFor(31_000);
  await page.locator('.pc-idle').waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel('Preferred name or initials', { exact: true }).inputValue(), '');
  const plan = JSON.parse(await page.evaluate(() => window.planComposer.planJson()));
  assert.equal(plan.title, '');
  assert.notEqual(plan.id, first.id, 'the next person gets a plan of their own');
  assert.equal(plan.person.preferred_name, '');
  assert.equal(plan.relapse_prevention.crisis_lines[0].number, '988', 'the next person starts with the crisis line');
  assert.ok(await page.getByRole('button', { name: 'Undo' }).isDisabled(), 'nothing to undo back to');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});
