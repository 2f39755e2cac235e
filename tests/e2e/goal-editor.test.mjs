// A person opens the served release build, adds and edits goals by typing
// and clicking, and the exported JSON holds exactly what they entered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ARTIFACTS } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test('a person adds, edits and removes goals, and the exported JSON holds them', async () => {
  const page = await env.open('/');

  await page.getByLabel('Plan title').fill('Plan for J.R. (synthetic)');
  await page.getByRole('heading', { name: 'Plan for J.R. (synthetic)' }).waitFor();

  await page.click('[data-step="goals"]');
  // Add two goals, once with the button and once with the Enter key.
  const newGoal = page.getByLabel("New goal, in the person's own words");
  await newGoal.click();
  await page.keyboard.type('Go to two support meetings each week');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await newGoal.fill('Sleep at least seven hours a night');
  await newGoal.press('Enter');
  await assert.doesNotReject(page.getByRole('group', { name: 'Goal 2' }).waitFor());
  assert.equal(await newGoal.inputValue(), '', 'the new-goal field is cleared after adding');

  const first = page.getByRole('group', { name: 'Goal 1' });
  await first.getByLabel('How we will measure it').fill('Meetings signed in');
  await first.getByLabel('Target').fill('2 meetings a week');
  await first.getByLabel('Due date').fill('2027-03-01');

  // Remove the second goal by keyboard.
  await page.getByRole('button', { name: 'Remove goal: Goal 2' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: 'Goal 2' }).waitFor({ state: 'detached' });

  await page.screenshot({ path: join(ARTIFACTS, 'goal-editor-1280.png'), fullPage: true });

  // Read the export the way a person would: open the JSON panel...
  await page.getByRole('button', { name: /^Next: Services/ }).click();
  await page.click('[data-step="finish"]');
  await page.getByText('Plan data (JSON)').click();
  const shown = JSON.parse(await page.locator('.pc-json-text').textContent());
  // ...and download the file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(saved, shown, 'the downloaded file equals the JSON on screen');

  assert.equal(saved.schema_version, 3);
  assert.equal(saved.title, 'Plan for J.R. (synthetic)');
  assert.equal(saved.goals.length, 1);
  const goal = saved.goals[0];
  assert.equal(goal.statement, 'Go to two support meetings each week');
  assert.equal(goal.measure, 'Meetings signed in');
  assert.equal(goal.target, '2 meetings a week');
  assert.equal(goal.due, '2027-03-01');
  assert.match(goal.id, /^g\d+$/);

  // The host page's API sees the same plan.
  const fromApi = JSON.parse(await page.evaluate(() => window.planComposer.planJson()));
  assert.deepEqual(fromApi, saved);

  // Undo takes back the removal.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.click('[data-step="goals"]');
  await page.getByRole('group', { name: 'Goal 2' }).waitFor();

  assert.deepEqual(env.offDevice, [], 'no request left the device');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});

test('a bad plan file is refused with reasons and the plan stays as it was', async () => {
  const page = await env.open('/');
  await page.getByLabel('Plan title').fill('Kept');
  const before = await page.evaluate(() => window.planComposer.planJson());
  const bad = JSON.stringify({ schema_version: 1, id: 'x', goals: [{ id: 'g1', statement: 'a', due: '2026-13-01' }] });
  const errors = await page.evaluate((text) => {
    try { window.planComposer.openPlanJson(text); return null; } catch (e) { return e; }
  }, bad);
  assert.deepEqual(errors, ["goals[0].due: '2026-13-01' is not a date; use YYYY-MM-DD"]);
  assert.equal(await page.evaluate(() => window.planComposer.planJson()), before);

  const good = JSON.stringify({ schema_version: 1, id: 'plan-b', title: 'Opened', goals: [{ id: 'g7', statement: 'Walk daily' }] });
  await page.evaluate((text) => window.planComposer.openPlanJson(text), good);
  await page.getByRole('heading', { name: 'Opened' }).waitFor();
  await page.click('[data-step="goals"]');
  assert.equal(await page.getByLabel("Goal, in the person's own words", { exact: true }).inputValue(), 'Walk daily');
});
