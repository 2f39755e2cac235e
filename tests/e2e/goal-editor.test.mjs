// A person opens the served release build, adds and edits goals by typing
// and clicking, and the exported JSON holds exactly what they entered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ARTIFACTS, press } from './browser.mjs';

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

test('a goal names the strengths that help and what may get in the way; an objective adds a service and links it in one undo step', async () => {
  const page = await env.open('/');
  const plan = JSON.stringify({
    schema_version: 3, id: 'e2e-record', title: 'Synthetic record plan', next_id: 10,
    person: { strengths: [{ id: 't1', text: 'Close to my sister' }] },
    goals: [{ id: 'g2', statement: 'Sleep 7 hours on 5 nights a week',
      objectives: [{ id: 'o3', statement: 'Learn two ways to wind down' }] }],
  });
  await page.evaluate((text) => window.planComposer.openPlanJson(text), plan);
  await page.getByRole('heading', { name: 'Synthetic record plan' }).waitFor();
  await page.click('[data-step="goals"]');
  const goal = page.getByRole('group', { name: 'Goal 1' });
  await goal.getByLabel('Close to my sister', { exact: true }).check();
  await press(goal.getByRole('button', { name: 'Add: What may get in the way', exact: true }));
  await goal.getByLabel('What may get in the way 1', { exact: true }).fill('Night shifts');
  await goal.getByLabel('How we will measure it (Objective 1.1)', { exact: true }).fill('Ways I use, from my diary');
  await goal.getByLabel('Target (Objective 1.1)', { exact: true }).fill('2 ways');

  // Step 5 comes after step 4: the objective adds the service it needs.
  await goal.getByLabel('Add a service for this step (Objective 1.1)', { exact: true })
    .selectOption({ label: 'Cognitive behavioral therapy (CBT)' });
  await press(goal.getByRole('button', { name: 'Add and link: Objective 1.1', exact: true }));
  const linked = goal.locator('.pc-objective').getByLabel('Cognitive behavioral therapy (CBT)', { exact: true });
  await linked.waitFor();
  assert.ok(await linked.isChecked(), 'the new service is linked to the objective');

  const json = async () => JSON.parse(await page.evaluate(() => window.planComposer.planJson()));
  const saved = await json();
  const [g] = saved.goals;
  assert.deepEqual(g.strengths, ['t1']);
  assert.deepEqual(g.barriers.map((b) => b.text), ['Night shifts']);
  assert.deepEqual([g.objectives[0].measure, g.objectives[0].target], ['Ways I use, from my diary', '2 ways']);
  assert.equal(saved.components.length, 1);
  assert.equal(saved.components[0].catalog_id, 'cbt');
  assert.deepEqual(g.objectives[0].interventions, [saved.components[0].id]);

  // One undo takes back the service and its link together.
  await page.getByRole('button', { name: 'Undo' }).click();
  const undone = await json();
  assert.equal(undone.components.length, 0);
  assert.deepEqual(undone.goals[0].objectives[0].interventions, []);
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});
