// The clinician's case of issue 12, composed start to finish with keyboard
// and pointer: a person with opioid use disorder on buprenorphine, with
// depression and without a stable place to live (synthetic). Everything a
// surveyor looks for is entered where a clinician would enter it, and the
// printout (to PDF) is checked for the text of each of those elements.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ARTIFACTS, press } from './browser.mjs';
import { pdfText, squash } from './pdf.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** Adds a row to a list (a fieldset named `group`, inside `scope`) and returns it. */
async function addRow(scope, group) {
  const box = scope.getByRole('group', { name: group, exact: true });
  const rows = box.locator('li[data-item-id]');
  const count = await rows.count();
  await box.getByRole('button', { name: `Add: ${group}`, exact: true }).click();
  await rows.nth(count).waitFor();
  return rows.nth(count);
}

/** Adds a service from the catalog on the services step, with how often and who. */
async function addService(page, catalogId, often, who) {
  const entry = page.locator(`.pc-entry[data-catalog-id="${catalogId}"]`);
  await press(entry.getByRole('button', { name: /^Add to plan/ }));
  const chosen = page.locator(`.pc-component[data-catalog-id="${catalogId}"]`);
  await chosen.getByLabel(/^How often/).fill(often);
  await chosen.getByLabel(/^Who is responsible/).fill(who);
  await chosen.getByLabel(/^Start date/).fill('2026-12-01');
}

/** Writes a goal and its first objective, with measures, targets and dates. */
async function writeGoal(page, n, goal) {
  const newGoal = page.getByLabel("New goal, in the person's own words", { exact: true });
  await newGoal.fill(goal.statement);
  await newGoal.press('Enter');
  const card = page.getByRole('group', { name: `Goal ${n}` });
  await card.getByLabel('How we will measure it', { exact: true }).fill(goal.measure);
  await card.getByLabel('Target', { exact: true }).fill(goal.target);
  await card.getByLabel('Due date', { exact: true }).first().fill(goal.due);
  await card.getByLabel(goal.need, { exact: true }).check();
  await card.getByLabel('How sure the person feels they can do it (0-10)', { exact: true }).selectOption('8');
  await card.getByLabel('In whose words', { exact: true }).selectOption({ label: 'J.D.' });
  await card.getByLabel(goal.strength, { exact: true }).check();
  await (await addRow(card, 'What may get in the way')).getByRole('textbox').fill(goal.barrier);
  await press(card.getByRole('button', { name: `Add an objective: Goal ${n}` }));
  const o = `Objective ${n}.1`;
  await card.getByLabel(o, { exact: true }).fill(goal.objective);
  await card.getByLabel(`Due date (${o})`, { exact: true }).fill(goal.objectiveDue);
  await card.getByLabel(`How we will measure it (${o})`, { exact: true }).fill(goal.objectiveMeasure);
  await card.getByLabel(`Target (${o})`, { exact: true }).fill(goal.objectiveTarget);
  return card;
}

/** Adds a catalog service from an objective ("Add and link") and checks it is linked there. */
async function addAndLink(card, objective, service) {
  await card.getByLabel(`Add a service for this step (${objective})`, { exact: true }).selectOption({ label: service });
  await press(card.getByRole('button', { name: `Add and link: ${objective}` }));
  const linked = card.locator('.pc-objective').getByLabel(service, { exact: true });
  await linked.waitFor();
  assert.equal(await linked.isChecked(), true, `${service} is linked to ${objective}`);
}

test("the clinician's case (opioid use disorder on buprenorphine, depression, no stable housing) composed, printed and found in the PDF", async () => {
  const page = await env.open('/');
  await page.setViewportSize({ width: 1280, height: 900 });

  // 1. About the person, the dates of the plan, who takes part.
  await page.getByLabel('Plan title', { exact: true }).fill('Synthetic case — J.D., opioid use disorder on buprenorphine');
  await page.getByLabel('Plan start date', { exact: true }).fill('2026-12-01');
  await page.getByLabel('Plan target date', { exact: true }).fill('2027-06-01');
  await page.getByLabel('Preferred name or initials', { exact: true }).fill('J.D.');
  await page.getByLabel('Pronouns', { exact: true }).fill('he/him');
  await (await addRow(page, 'Strengths')).getByRole('textbox').fill('Keeps his appointments');
  await (await addRow(page, 'Strengths')).getByRole('textbox').fill('Good with his hands');
  let row = await addRow(page, 'Who is taking part');
  await row.getByLabel('Name 1', { exact: true }).fill('J.D.');
  row = await addRow(page, 'Who is taking part');
  await row.getByLabel('Name 2', { exact: true }).fill('Dr. Okafor');
  await row.getByLabel('Taking part as 2', { exact: true }).selectOption({ label: 'Clinician' });
  row = await addRow(page, 'Care team');
  await row.getByLabel('Name 1', { exact: true }).fill('Dr. Okafor');
  await row.getByLabel('Role 1', { exact: true }).fill('Prescriber');
  await row.getByLabel('Contact 1', { exact: true }).fill('555-0142');
  row = await addRow(page, 'Care team');
  await row.getByLabel('Name 2', { exact: true }).fill('Sam Lee');
  await row.getByLabel('Role 2', { exact: true }).fill('Case manager');
  await row.getByLabel('Contact 2', { exact: true }).fill('555-0177');

  // 2. Assessment and the clinician's own record.
  await page.click('[data-step="assessment"]');
  row = await addRow(page, 'Substance use history');
  await row.getByLabel('Substance 1', { exact: true }).fill('Fentanyl');
  await row.getByLabel('Pattern of use 1', { exact: true }).fill('Daily until October');
  await row.getByLabel('How it is used 1', { exact: true }).fill('Smoked');
  await row.getByLabel('Last use 1', { exact: true }).fill('2026-10-15');
  await page.getByLabel('Co-occurring conditions', { exact: true }).fill('Depression');
  await page.getByLabel('Living situation', { exact: true }).fill('Stays with friends; no lease');
  await (await addRow(page, 'Triggers')).getByRole('textbox').fill('Running into old friends downtown');
  await page.getByLabel('Diagnoses, as the clinician records them (code and words, one per line)', { exact: true })
    .fill('F11.20 Opioid use disorder, moderate\nF32.1 Major depressive disorder, single episode, moderate');
  await page.getByLabel('Level of care the clinician determined', { exact: true }).fill('Outpatient with office-based buprenorphine');
  await page.getByLabel('Why this level of care', { exact: true }).fill('Stable on buprenorphine for six weeks; no withdrawal');

  // 3. Needs in the person's words, each with its problem statement in clinical words.
  await page.click('[data-step="needs"]');
  const needs = [
    ['Stay off fentanyl', 'Opioid use disorder in early remission on buprenorphine; overdose risk'],
    ['A safe place to live', 'Housing instability: no lease, stays with friends'],
    ['Feel less down', 'Depressive symptoms limit daily activities'],
  ];
  for (const [i, [words, clinical]] of needs.entries()) {
    await page.getByRole('button', { name: 'Add a need' }).click();
    await page.getByLabel(`Need, in the person's words ${i + 1}`, { exact: true }).fill(words);
    await page.locator('.pc-need').nth(i).getByLabel(/^The same need in clinical words/).fill(clinical);
  }

  // 5 before 4: the medicine and the naloxone kit; the rest is added from the objectives.
  await page.click('[data-step="components"]');
  await addService(page, 'buprenorphine', 'Daily, as prescribed', 'Dr. Okafor');
  await addService(page, 'naloxone', 'Kit at home; refill when used', 'Dr. Okafor');
  await addService(page, 'case_management', 'Once a week', 'Sam Lee');
  await addService(page, 'psychiatric_medication', 'Monthly visit, as prescribed', 'Dr. Okafor');

  // 4. Goals, each with a strength that helps, a barrier and a measured objective.
  await page.click('[data-step="goals"]');
  const g1 = await writeGoal(page, 1, {
    statement: 'Take my buprenorphine every day and keep every visit with Dr. Okafor until June 1, 2027',
    measure: 'Doses taken, from my pill app; visits kept', target: '7 days a week; every visit', due: '2027-06-01',
    need: 'Stay off fentanyl', strength: 'Keeps his appointments', barrier: 'No bus fare some weeks',
    objective: 'Keep every prescriber visit for the next 3 months', objectiveDue: '2027-03-01',
    objectiveMeasure: "Visits kept, from the clinic's schedule", objectiveTarget: '6 of 6 visits',
  });
  await g1.locator('.pc-objective').getByLabel('Buprenorphine', { exact: true }).check();
  await g1.locator('.pc-objective').getByLabel('Naloxone and overdose safety', { exact: true }).check();

  const g2 = await writeGoal(page, 2, {
    statement: 'Move into a room with my own lease by April 30, 2027',
    measure: 'A signed lease', target: '1 lease in my name', due: '2027-04-30',
    need: 'A safe place to live', strength: 'Good with his hands', barrier: 'An eviction on my record',
    objective: 'Apply to 2 housing programs with my case manager', objectiveDue: '2027-01-31',
    objectiveMeasure: 'Applications sent', objectiveTarget: '2 applications',
  });
  // A service the objective needs is added and linked from where it is.
  await addAndLink(g2, 'Objective 2.1', 'Housing support');
  await g2.locator('.pc-objective').getByLabel('Case management', { exact: true }).check();

  const g3 = await writeGoal(page, 3, {
    statement: 'Walk for 20 minutes on 4 days each week until March 1, 2027',
    measure: 'Walks marked on my calendar', target: '4 walks a week', due: '2027-03-01',
    need: 'Feel less down', strength: 'Good with his hands', barrier: 'Hard to get out of bed on bad days',
    objective: 'See the primary care doctor for a check-up and hepatitis C test', objectiveDue: '2027-01-15',
    objectiveMeasure: 'Visit done, from the clinic record', objectiveTarget: '1 visit',
  });
  await addAndLink(g3, 'Objective 3.1', 'Primary care and hepatitis C testing');
  await g3.locator('.pc-objective').getByLabel('Medication for mental health', { exact: true }).check();
  for (const [card, report] of [[g1, 'met met met met met'], [g2, 'met met met met met'], [g3, 'met met met met met']]) {
    assert.equal(await card.locator('.pc-smart').getAttribute('data-report'), report, 'each goal is SMART');
  }
  // The services show under the goal they serve, with how often and who.
  assert.ok((await g1.locator('.pc-goal-services li').allTextContents())
    .includes('Buprenorphine · Daily, as prescribed · Dr. Okafor'));

  // The services added from the objectives get how often and who on their step.
  await page.click('[data-step="components"]');
  for (const [catalogId, often, who] of [['housing_support', 'Every two weeks', 'Sam Lee'], ['primary_care', 'Once, then yearly', 'Dr. Okafor']]) {
    const chosen = page.locator(`.pc-component[data-catalog-id="${catalogId}"]`);
    await chosen.getByLabel(/^How often/).fill(often);
    await chosen.getByLabel(/^Who is responsible/).fill(who);
  }

  // 6. Relapse prevention: the assessment's trigger is offered; who to call.
  await page.click('[data-step="relapse"]');
  const offer = page.locator('.pc-offered').filter({ hasText: 'Running into old friends downtown' });
  await press(offer.getByRole('button', { name: 'Add as an outside trigger: Running into old friends downtown' }));
  await (await addRow(page, 'Ways to cope')).getByRole('textbox').fill('Call my brother and leave downtown');
  row = await addRow(page, 'People to call');
  await row.getByLabel('Name 1', { exact: true }).fill('Marcus');
  await row.getByLabel('Relation 1', { exact: true }).fill('Brother');
  await row.getByLabel('Phone 1', { exact: true }).fill('555-0199');
  await page.getByLabel('What to do after a lapse', { exact: true }).fill('Use the naloxone kit if needed, call Marcus, tell Dr. Okafor the same week.');

  // 7. Aftercare: discharge and transition criteria, and the next review.
  await page.click('[data-step="aftercare"]');
  await page.getByLabel('When this part of care is finished, and what comes next', { exact: true })
    .fill('Six months on buprenorphine without use and a lease in his name; then monthly visits with primary care');
  await page.getByLabel('How often we review the plan', { exact: true }).selectOption({ label: 'Every month' });
  await page.getByLabel('Next review date', { exact: true }).fill('2027-01-05');

  // 8. Finish: nothing is missing but the signatures; sign.
  await page.click('[data-step="finish"]');
  const gaps = await page.locator('.pc-gap span').allTextContents();
  assert.deepEqual(gaps, ['The person has not signed this plan yet.', 'A clinician has not signed this plan yet.']);
  for (const [name, role] of [['J.D.', 'Person in recovery'], ['Dr. Okafor', 'Clinician']]) {
    const count = await page.locator('.pc-signature').count();
    await page.getByLabel('Typed name', { exact: true }).fill(name);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: role });
    await page.getByLabel('Date', { exact: true }).fill('2026-12-01');
    await press(page.getByRole('button', { name: 'Add signature' }));
    await page.locator('.pc-signature').nth(count).waitFor();
  }
  await page.locator('.pc-gaps .pc-ok').waitFor();

  // Printed to PDF: every element a surveyor looks for is on paper.
  const html = await page.evaluate(() => window.planComposer.printableHtml());
  const printing = await env.newPage();
  await printing.setContent(html);
  const pdf = await printing.pdf({ preferCSSPageSize: true, printBackground: true });
  await writeFile(join(ARTIFACTS, 'clinician-case.pdf'), pdf);
  const printed = squash(await pdfText(pdf));
  await printing.close();
  for (const words of [
    // The clinician's record.
    'F11.20 Opioid use disorder, moderate', 'F32.1 Major depressive disorder', 'Outpatient with office-based buprenorphine',
    'Stable on buprenorphine for six weeks',
    // Needs in both voices.
    'Stay off fentanyl', 'Housing instability: no lease, stays with friends',
    // Goals, objectives with their measures and targets, strengths and barriers.
    'Move into a room with my own lease', "Visits kept, from the clinic's schedule", '6 of 6 visits', '2 applications',
    'Strengths that help', 'Keeps his appointments', 'What may get in the way', 'An eviction on my record',
    // Services with how often and who, the ones the case needed.
    'Daily, as prescribed', 'Naloxone and overdose safety', 'Case management', 'Housing support',
    'Primary care and hepatitis C testing', 'Sam Lee', 'Medication for mental health', 'Monthly visit, as prescribed',
    // The plan's own dates, written as the reader's language writes them.
    'December 1, 2026', 'June 1, 2027',
    // Discharge and transition, who to call, the person's own page.
    'a lease in his name; then monthly visits with primary care', 'Who to call', 'Marcus', '555-0199', '988',
    'My plan, in plain words',
  ]) {
    assert.ok(printed.includes(words), `the PDF has "${words}"`);
  }
  // The person is named on every page.
  const pages = (await pdfText(pdf)).split('\f').filter((p) => p.trim());
  assert.ok(pages.length > 1);
  for (const [i, text] of pages.entries()) {
    assert.ok(text.includes('J.D.'), `page ${i + 1} names the person`);
  }

  assert.deepEqual(env.offDevice, [], 'no request left the device');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});
