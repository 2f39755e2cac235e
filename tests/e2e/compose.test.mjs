// A person completes every step of the guide for a synthetic case, with
// keyboard and pointer, and the exported JSON holds every section entered.
// Screenshots of each step at 390 px and 1280 px are kept as artifacts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ARTIFACTS, STEPS, press } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** Adds a row to a list (a fieldset named `group`) and returns the new row. */
async function addRow(page, group, buttonName = 'Add') {
  const box = page.getByRole('group', { name: group, exact: true });
  const rows = box.locator('li[data-item-id]');
  const before = await rows.count();
  await box.getByRole('button', { name: `${buttonName}: ${group}`, exact: true }).click();
  await rows.nth(before).waitFor();
  return rows.nth(before);
}

async function next(page, step) {
  await press(page.locator('[data-nav="next"]'));
  await page.locator(`.pc-root[data-step="${step}"]`).waitFor();
  // The new step's heading has focus, for keyboard and screen reader users.
  const focused = await page.evaluate(() => document.activeElement?.className);
  assert.equal(focused, 'pc-step-title', `focus moves to the heading of ${step}`);
}

test('a person completes every step and the exported plan holds every section', async () => {
  const page = await env.open('/');
  await page.setViewportSize({ width: 1280, height: 900 });

  // 1. About the person.
  await page.getByLabel('Plan title', { exact: true }).fill('Synthetic case — A.B., intake');
  await page.getByLabel('Preferred name or initials', { exact: true }).fill('A.B.');
  await page.getByLabel('Pronouns', { exact: true }).fill('she/her');
  await page.getByLabel('Preferred language', { exact: true }).fill('English');
  await page.getByLabel('Culture and identity', { exact: true }).fill('Finds strength in her church community');
  await (await addRow(page, 'Strengths')).getByRole('textbox').fill('Loves her two children');
  await (await addRow(page, 'Preferences (for example group or one-to-one, best times)')).getByRole('textbox').fill('Evening groups');
  let row = await addRow(page, 'Who is taking part');
  await row.getByLabel('Name 1', { exact: true }).fill('A.B.');
  row = await addRow(page, 'Who is taking part');
  await row.getByLabel('Name 2', { exact: true }).fill('Dr. Rivera');
  await row.getByLabel('Taking part as 2', { exact: true }).selectOption({ label: 'Clinician' });
  row = await addRow(page, 'Care team');
  await row.getByLabel('Name 1', { exact: true }).fill('Dr. Rivera');
  await row.getByLabel('Role 1', { exact: true }).fill('Counselor');
  await row.getByLabel('Contact 1', { exact: true }).fill('Room 4');

  // 2. Assessment.
  await next(page, 'assessment');
  row = await addRow(page, 'Substance use history', 'Add');
  await row.getByLabel('Substance 1', { exact: true }).fill('Alcohol');
  await row.getByLabel('Pattern of use 1', { exact: true }).fill('Most evenings');
  await row.getByLabel('How it is used 1', { exact: true }).fill('Drinking');
  await row.getByLabel('Age at first use 1', { exact: true }).fill('17');
  await row.getByLabel('Age at first use 1', { exact: true }).press('Tab');
  await row.getByLabel('Last use 1', { exact: true }).fill('2026-11-20');
  await page.getByLabel('Withdrawal risk', { exact: true }).fill('Shakes in the morning after heavy days');
  await page.getByLabel('Co-occurring conditions', { exact: true }).fill('Anxiety');
  await page.getByLabel('Living situation', { exact: true }).fill('Shares a flat with a partner who drinks');
  await page.getByLabel('Stage of change', { exact: true }).selectOption({ label: 'Getting ready to change' });
  await page.getByLabel('Readiness ruler (0 = not ready, 10 = very ready)', { exact: true }).selectOption('7');
  await (await addRow(page, 'Triggers')).getByRole('textbox').fill('Payday on Fridays');
  await page.getByLabel('Use the six-area view', { exact: true }).check();
  await page.getByLabel('Recovery environment', { exact: true }).selectOption('3');
  // The clinician's own record, typed as the clinician writes it.
  await page.getByLabel('Diagnoses, as the clinician records them (code and words, one per line)', { exact: true })
    .fill('F10.20 Alcohol use disorder, moderate\nF41.1 Generalized anxiety disorder');
  await page.getByLabel('Level of care the clinician determined', { exact: true }).fill('Outpatient, weekly');
  await page.getByLabel('Why this level of care', { exact: true }).fill('No seizures in past withdrawal; a partner at home');

  // 3. Needs: accept a suggestion, and write one by hand.
  await next(page, 'needs');
  const suggestions = page.locator('.pc-suggestion');
  assert.ok(await suggestions.count() > 0, 'the assessment suggests needs');
  const suggested = (await suggestions.first().locator('strong').textContent()).trim();
  await press(suggestions.first().getByRole('button'));
  await page.getByRole('button', { name: 'Add a need' }).click();
  await page.getByLabel('Need, in the person\'s words 2', { exact: true }).fill('A home where no one drinks');
  await page.locator('.pc-need').nth(1).getByLabel('Living situation', { exact: true }).check();

  // 5 before 4: services first, so objectives can name them.
  await page.click('[data-step="components"]');
  const cbt = page.locator('.pc-entry[data-catalog-id="cbt"]');
  await cbt.locator('summary').click();
  assert.match(await cbt.locator('details p').textContent(), /.{60,}/, "the entry explains why it helps");
  await press(cbt.getByRole('button', { name: /^Add to plan/ }));
  const chosen = page.locator('.pc-component[data-catalog-id="cbt"]');
  await chosen.getByLabel(/^How often/).fill('Once a week');
  await chosen.getByLabel(/^Where/).fill('Clinic');
  // The people already named in the plan are offered, not typed again.
  const offered = await chosen.getByLabel(/^Who is responsible/).evaluate((input) => [...input.list.options].map((o) => o.value));
  assert.deepEqual(offered, ['Dr. Rivera', 'A.B.'], 'the care team, then those taking part');
  await chosen.getByLabel(/^Who is responsible/).fill('Dr. Rivera');
  await chosen.getByLabel(/^Start date/).fill('2026-12-01');
  // Never twice: the entry now takes you to the one in the plan.
  assert.equal(await cbt.getByRole('button', { name: /^Add to plan/ }).count(), 0);
  await press(cbt.getByRole('button', { name: /^In the plan: go to it/ }));
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.pc-component')?.dataset.catalogId), 'cbt',
    'focus is on the CBT in the plan');
  assert.equal(await page.locator('.pc-component[data-catalog-id="cbt"]').count(), 1);

  // 4. Goals, coached as they are typed.
  await page.click('[data-step="goals"]');
  const newGoal = page.getByLabel("New goal, in the person's own words", { exact: true });
  await newGoal.fill('try to drink less');
  await newGoal.press('Enter');
  const goal = page.getByRole('group', { name: 'Goal 1' });
  const smart = goal.locator('.pc-smart');
  const vague = await smart.getAttribute('data-report');
  assert.notEqual(vague.split(' ')[0], 'met', 'a vague goal is not yet specific');
  const statement = goal.getByLabel("Goal, in the person's own words", { exact: true });
  await statement.fill('');
  await statement.pressSequentially('Have no more than 2 drinks on 5 days each week until March 1, 2027');
  await goal.getByLabel('How we will measure it', { exact: true }).fill('Drinks written in my phone diary');
  await goal.getByLabel('Target', { exact: true }).fill('2 drinks or fewer on 5 days a week');
  await goal.getByLabel('Due date', { exact: true }).first().fill('2027-03-01');
  await goal.getByLabel(suggested, { exact: true }).check();
  await goal.getByLabel('How sure the person feels they can do it (0-10)', { exact: true }).selectOption('8');
  await goal.getByLabel('In whose words', { exact: true }).selectOption({ label: 'A.B.' });
  await press(goal.getByRole('button', { name: 'Add an objective: Goal 1' }));
  await goal.getByLabel('Objective 1.1', { exact: true }).fill('Learn two ways to handle Friday cravings');
  await goal.getByLabel('Due date (Objective 1.1)', { exact: true }).fill('2027-01-15');
  await goal.getByLabel('How we will measure it (Objective 1.1)', { exact: true }).fill('Ways I can name and use, checked in CBT');
  await goal.getByLabel('Target (Objective 1.1)', { exact: true }).fill('2 ways');
  await goal.locator('.pc-objective').getByLabel('Cognitive behavioral therapy (CBT)', { exact: true }).check();
  // The service now shows under the goal, with how often and who.
  await goal.locator('.pc-goal-services li').first().waitFor();
  assert.equal(await goal.locator('.pc-goal-services li').first().textContent(),
    'Cognitive behavioral therapy (CBT) · Once a week · Dr. Rivera');
  assert.equal(await smart.getAttribute('data-report'), 'met met met met met', 'the finished goal is SMART');
  assert.match(await goal.locator('.pc-smart-next').textContent(), /specific, measurable/i);

  // The second need gets a goal too, started from a template and made her own.
  await page.getByLabel('Or start from an example', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Use this goal' }).click();
  const second = page.getByRole('group', { name: 'Goal 2' });
  const templated = await second.locator('.pc-smart').getAttribute('data-report');
  assert.notEqual(templated.split(' ')[0], 'met', 'a goal left as its template is flagged');
  await second.getByLabel("Goal, in the person's own words", { exact: true }).fill('Visit 3 sober living homes with my counselor by January 31, 2027');
  await second.getByLabel('How we will measure it', { exact: true }).fill('Visits on the calendar');
  await second.getByLabel('Target', { exact: true }).fill('3 visits');
  await second.getByLabel('Due date', { exact: true }).first().fill('2027-01-31');
  await second.getByLabel('A home where no one drinks', { exact: true }).check();
  await press(second.getByRole('button', { name: 'Add an objective: Goal 2' }));
  await second.getByLabel('Objective 2.1', { exact: true }).fill('Call two homes on the list');
  await second.getByLabel('Due date (Objective 2.1)', { exact: true }).fill('2027-01-10');
  await second.getByLabel('How we will measure it (Objective 2.1)', { exact: true }).fill('Calls made, from my phone');
  await second.getByLabel('Target (Objective 2.1)', { exact: true }).fill('2 calls');
  await second.locator('.pc-objective').getByLabel('Cognitive behavioral therapy (CBT)', { exact: true }).check();

  // 6. Relapse prevention.
  await page.click('[data-step="relapse"]');
  // The assessment's trigger is offered here, not typed again.
  const offer = page.locator('.pc-offered').filter({ hasText: 'Payday on Fridays' });
  await press(offer.getByRole('button', { name: 'Add as an outside trigger: Payday on Fridays' }));
  await offer.waitFor({ state: 'detached' });
  await (await addRow(page, 'Outside triggers (people, places, things)')).getByRole('textbox').fill('The bar next to work');
  await (await addRow(page, 'Inside triggers (feelings, thoughts)')).getByRole('textbox').fill('Feeling lonely');
  await (await addRow(page, 'Early warning signs')).getByRole('textbox').fill('Skipping dinner');
  await (await addRow(page, 'Ways to cope')).getByRole('textbox').fill('Call my sister and go for a walk');
  row = await addRow(page, 'People to call');
  await row.getByLabel('Name 1', { exact: true }).fill('Sister Maria');
  await row.getByLabel('Relation 1', { exact: true }).fill('Sister');
  await row.getByLabel('Phone 1', { exact: true }).fill('555-0100');
  await page.getByLabel('What to do after a lapse', { exact: true }).fill('Tell my counselor at the next visit and go back to my plan.');
  const crisis = page.getByRole('group', { name: 'Crisis lines' });
  assert.equal(await crisis.getByLabel('Number 1', { exact: true }).inputValue(), '988', 'the 988 line is there from the start');

  // 7. Aftercare and review.
  await next(page, 'aftercare');
  await page.getByLabel('Support groups', { exact: true }).fill('SMART Recovery on Tuesdays');
  await page.getByLabel('Family support network', { exact: true }).fill('Sister Maria');
  await page.getByLabel('How often we review the plan', { exact: true }).selectOption({ label: 'Every two weeks' });
  await page.getByLabel('Next review date', { exact: true }).fill('2026-12-15');

  // 8. Review and finish: only the signatures are missing; sign, then nothing is.
  await next(page, 'finish');
  const gaps = await page.locator('.pc-gap span').allTextContents();
  assert.deepEqual(gaps, ['The person has not signed this plan yet.', 'A clinician has not signed this plan yet.']);
  // The names offered are the people the plan names, the person first.
  const offeredSigners = await page.getByLabel('Typed name', { exact: true })
    .evaluate((input) => [...input.list.options].map((o) => o.value));
  assert.deepEqual(offeredSigners, ['A.B.', 'Dr. Rivera'], 'the person, then the care team');
  await page.getByLabel('Typed name', { exact: true }).fill('A.B.');
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Person in recovery' });
  await page.getByLabel('Date', { exact: true }).fill('2026-11-23');
  await press(page.getByRole('button', { name: 'Add signature' }));
  await page.locator('.pc-signature').waitFor();
  await page.getByLabel('Typed name', { exact: true }).fill('Dr. Rivera');
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Clinician' });
  await page.getByLabel('Credentials or title', { exact: true }).fill('LCSW');
  await page.getByLabel('Date', { exact: true }).fill('2026-11-23');
  await press(page.getByRole('button', { name: 'Add signature' }));
  await page.locator('.pc-signature').nth(1).waitFor();
  await page.locator('.pc-gaps .pc-ok').waitFor();
  await page.getByLabel('The person received a copy of this plan', { exact: true }).check();
  await page.getByLabel('Plan status', { exact: true }).selectOption({ label: 'Active' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const plan = JSON.parse(await readFile(await download.path(), 'utf8'));
  // The same plan as FHIR, kept for the validator that scripts/test runs.
  const [fhir] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download FHIR (for record systems)' }).click(),
  ]);
  await writeFile(join(ARTIFACTS, 'composed-case.fhir.json'), await readFile(await fhir.path(), 'utf8'));
  // And as requests for a record system's server.
  const [transaction] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: "Download FHIR for a record system's server" }).click(),
  ]);
  assert.match(transaction.suggestedFilename(), /\.transaction\.fhir\.json$/);
  const sent = JSON.parse(await readFile(await transaction.path(), 'utf8'));
  assert.equal(sent.type, 'transaction');
  assert.ok(sent.entry.every((e) => ['PUT', 'POST'].includes(e.request.method)), 'every entry is a request');
  await writeFile(join(ARTIFACTS, 'composed-case.transaction.fhir.json'), JSON.stringify(sent, null, 2));

  assert.equal(plan.title, 'Synthetic case — A.B., intake');
  assert.equal(plan.status, 'active');
  assert.equal(plan.person.preferred_name, 'A.B.');
  assert.equal(plan.person.pronouns, 'she/her');
  assert.equal(plan.person.strengths[0].text, 'Loves her two children');
  assert.equal(plan.person.preferences[0].text, 'Evening groups');
  assert.deepEqual(plan.contributors.map((c) => [c.name, c.role]), [['A.B.', 'person'], ['Dr. Rivera', 'clinician']]);
  assert.deepEqual(plan.care_team.map((m) => [m.name, m.role, m.contact]), [['Dr. Rivera', 'Counselor', 'Room 4']]);
  const [substance] = plan.assessment.substances;
  assert.deepEqual([substance.substance, substance.pattern, substance.route, substance.age_of_onset, substance.last_use],
    ['Alcohol', 'Most evenings', 'Drinking', 17, '2026-11-20']);
  assert.equal(plan.assessment.co_occurring_conditions, 'Anxiety');
  assert.deepEqual(plan.assessment.readiness, { stage: 'preparation', ruler: 7 });
  assert.equal(plan.assessment.triggers[0].text, 'Payday on Fridays');
  assert.equal(plan.assessment.risk_view.recovery_environment, 3);
  assert.equal(plan.assessment.diagnoses, 'F10.20 Alcohol use disorder, moderate\nF41.1 Generalized anxiety disorder');
  assert.equal(plan.assessment.level_of_care, 'Outpatient, weekly');
  assert.equal(plan.assessment.level_of_care_rationale, 'No seizures in past withdrawal; a partner at home');
  assert.equal(plan.needs.length, 2);
  assert.equal(plan.needs[0].statement, suggested);
  assert.ok(plan.needs[0].findings.length > 0, 'the accepted need keeps its findings');
  assert.deepEqual(plan.needs[1].findings, [{ area: 'living_environment' }]);
  assert.equal(plan.goals.length, 2);
  const [g1, g2] = plan.goals;
  assert.equal(g1.statement, 'Have no more than 2 drinks on 5 days each week until March 1, 2027');
  assert.equal(g1.measure, 'Drinks written in my phone diary');
  assert.equal(g1.due, '2027-03-01');
  assert.equal(g1.confidence, 8);
  assert.equal(g1.expressed_by, plan.contributors[0].id);
  assert.deepEqual(g1.addresses, [plan.needs[0].id]);
  assert.deepEqual(g2.addresses, [plan.needs[1].id]);
  assert.ok(g2.template_id, 'the second goal remembers its template');
  const cbtId = plan.components.find((c) => c.catalog_id === 'cbt').id;
  assert.deepEqual(g1.objectives[0].interventions, [cbtId]);
  assert.equal(g1.objectives[0].due, '2027-01-15');
  assert.deepEqual([g1.objectives[0].measure, g1.objectives[0].target], ['Ways I can name and use, checked in CBT', '2 ways']);
  const component = plan.components.find((c) => c.id === cbtId);
  assert.deepEqual([component.category, component.frequency, component.setting, component.responsible, component.start],
    ['therapy', 'Once a week', 'Clinic', 'Dr. Rivera', '2026-12-01']);
  const rp = plan.relapse_prevention;
  assert.equal(rp.external_triggers[0].text, 'Payday on Fridays', 'taken from the assessment');
  assert.equal(rp.external_triggers[1].text, 'The bar next to work');
  assert.equal(rp.internal_triggers[0].text, 'Feeling lonely');
  assert.equal(rp.warning_signs[0].text, 'Skipping dinner');
  assert.equal(rp.coping_strategies[0].text, 'Call my sister and go for a walk');
  assert.deepEqual([rp.contacts[0].name, rp.contacts[0].relation, rp.contacts[0].phone], ['Sister Maria', 'Sister', '555-0100']);
  assert.match(rp.lapse_plan, /counselor/);
  assert.equal(rp.crisis_lines[0].number, '988');
  assert.equal(plan.aftercare.support_groups, 'SMART Recovery on Tuesdays');
  assert.equal(plan.review.cadence, 'every_two_weeks');
  assert.equal(plan.review.next_review, '2026-12-15');
  assert.deepEqual(plan.consent.signatures.map((s) => [s.name, s.role, s.credentials, s.date, s.revision]),
    [['A.B.', 'person', '', '2026-11-23', 1], ['Dr. Rivera', 'clinician', 'LCSW', '2026-11-23', 1]]);
  assert.ok(plan.consent.signatures.every((s) => /^\d\d:\d\d$/.test(s.time)), 'the time comes from the clock');
  assert.equal(plan.consent.copy_given_to_person, true);

  // Jumping back loses nothing.
  await page.click('[data-step="person"]');
  assert.equal(await page.getByLabel('Preferred name or initials', { exact: true }).inputValue(), 'A.B.');

  // Each step, from a small phone to a wide screen: nothing wider than the
  // screen; screenshots at a phone's width and a laptop's, for people to look at.
  for (const width of [360, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    for (const key of STEPS) {
      await page.click(`[data-step="${key}"]`);
      await page.locator(`.pc-root[data-step="${key}"]`).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `step ${key} fits ${width} px (overflow ${overflow} px)`);
    }
  }
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const key of STEPS) {
      await page.click(`[data-step="${key}"]`);
      await page.locator(`.pc-root[data-step="${key}"]`).waitFor();
      // Nothing is wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `step ${key} fits ${width} px (overflow ${overflow} px)`);
      await page.screenshot({ path: join(ARTIFACTS, `step-${STEPS.indexOf(key) + 1}-${key}-${width}.png`), fullPage: true });
    }
  }

  assert.deepEqual(env.offDevice, [], 'no request left the device');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});

test('the host page can call the SMART coach with a goal as JSON', async () => {
  const page = await env.open('/');
  const report = JSON.parse(await page.evaluate(() =>
    window.planComposer.coachGoal(JSON.stringify({ statement: 'get better' }))));
  for (const key of ['S', 'M', 'A', 'R', 'T']) {
    assert.ok(['met', 'needs_work', 'missing'].includes(report[key].status), `${key}: ${report[key].status}`);
    assert.ok(report[key].suggestion.length > 0);
  }
  assert.notEqual(report.S.status, 'met');
  const error = await page.evaluate(() => {
    try { window.planComposer.coachGoal('{"statment": "typo"}'); return null; } catch (e) { return String(e.message); }
  });
  assert.match(error, /^the goal/);
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});
