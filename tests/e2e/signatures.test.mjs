// A signed plan is a record: once active it is read-only on every step (the
// fields are disabled, a keyboard edit is refused and nothing changes), a
// review unlocks it, finishing the review bumps the revision, and the
// printout shows the old signature as "signed revision 1" under the
// attestation line. An empty plan's "Still to do" list names what is
// missing, and each button focuses the field that fixes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, STEPS, press } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** A small signed plan in use, synthetic. */
const SIGNED = {
  schema_version: 2,
  id: 'e2e-signed',
  title: 'Synthetic signed plan',
  created: '2026-11-02',
  revision: 1,
  status: 'active',
  next_id: 20,
  person: { preferred_name: 'T.S.', language: 'English' },
  assessment: { diagnoses: 'F10.20 Alcohol use disorder, moderate', level_of_care: 'Outpatient' },
  needs: [{ id: 'n1', statement: 'I want to sleep without drinking' }],
  components: [{ id: 'c1', catalog_id: 'cbt', category: 'therapy', name: 'Cognitive behavioral therapy (CBT)',
    frequency: 'Once a week', responsible: 'Dr. Rivera' }],
  goals: [{ id: 'g1', statement: 'Sleep 7 hours on 5 nights each week until March 1, 2027',
    measure: 'Sleep diary', target: '5 nights a week', due: '2027-03-01', addresses: ['n1'],
    objectives: [{ id: 'o1', statement: 'Stop screens at 10 pm', measure: 'Nights with screens off by 10 pm, from my diary',
      due: '2027-01-15', interventions: ['c1'] }] }],
  review: { cadence: 'monthly', next_review: '2099-01-01' },
  consent: {
    signatures: [
      { id: 's1', name: 'T.S.', role: 'person', date: '2026-11-02', time: '10:00', revision: 1 },
      { id: 's2', name: 'Dr. Rivera', role: 'clinician', credentials: 'LCSW', date: '2026-11-02', time: '10:05', revision: 1 },
    ],
    copy_given_to_person: true,
  },
};

const planJson = (page) => page.evaluate(() => JSON.parse(window.planComposer.planJson()));

test('a signed plan is read-only until a review; the review starts revision 2 and the printout says what was signed', async () => {
  const page = await env.open('/');
  await page.evaluate((t) => window.planComposer.openPlanJson(t), JSON.stringify(SIGNED));
  const saved = await planJson(page);

  // Every step: its fields disabled, the notice and the button to start a review.
  for (const key of STEPS) {
    await page.click(`[data-step="${key}"]`);
    await page.locator(`.pc-root[data-step="${key}"]`).waitFor();
    await page.getByText('This plan is signed and in use, so it cannot be changed here.').waitFor();
    assert.ok(await page.getByRole('button', { name: 'Start a review of this plan' }).isVisible(), key);
    if (key !== 'finish') {
      assert.equal(await page.locator('fieldset.pc-locked[disabled]').count(), 1, `${key} is disabled`);
    }
  }
  await page.click('[data-step="person"]');
  assert.ok(await page.getByLabel('Plan title', { exact: true }).isDisabled());
  await page.click('[data-step="goals"]');
  const goal = page.getByRole('group', { name: 'Goal 1' });
  assert.ok(await goal.getByLabel('Target', { exact: true }).isDisabled());
  assert.ok(await page.getByRole('button', { name: 'Undo' }).isDisabled(), 'no undo past the signatures');

  // The finish step keeps its status field: a keyboard edit back to draft is refused.
  await page.click('[data-step="finish"]');
  const status = page.getByLabel('Plan status', { exact: true });
  await status.focus();
  await status.selectOption({ label: 'Draft' });
  await page.getByText('This plan is signed and in use. Start a review to change it.').waitFor();
  assert.deepEqual(await planJson(page), saved, 'nothing changed');
  assert.equal(await status.locator('option:checked').textContent(), 'Active', 'the list shows the plan as it is');
  assert.equal(await page.getByRole('button', { name: /^Remove: / }).count(), 0, 'signatures stay');

  // A review unlocks it, from any step.
  await page.click('[data-step="goals"]');
  await press(page.getByRole('button', { name: 'Start a review of this plan' }));
  await page.locator('.pc-review-start').waitFor({ state: 'detached' });
  assert.equal(await page.locator('fieldset.pc-locked').count(), 0);
  const target = page.getByRole('group', { name: 'Goal 1' }).getByLabel('Target', { exact: true });
  assert.ok(await target.isEnabled());
  await target.fill('6 nights a week');
  await page.click('[data-step="finish"]');
  await page.getByText('Review in progress').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Add signature' }).count(), 0, 'nobody signs mid-review');
  await page.getByLabel('Reviewed by', { exact: true }).fill('Dr. Rivera');
  await page.getByLabel('Why', { exact: true }).fill('Monthly review');
  await press(page.getByRole('button', { name: 'Finish review' }));
  await page.getByRole('button', { name: 'Start a review of this plan' }).waitFor();

  const reviewed = await planJson(page);
  assert.equal(reviewed.revision, 2);
  assert.equal(reviewed.status, 'active');
  assert.equal(reviewed.goals[0].target, '6 nights a week');
  assert.deepEqual(reviewed.consent.signatures.map((s) => s.revision), [1, 1]);

  // The old signatures say what they signed; the list asks for new ones.
  const shown = await page.locator('.pc-signature').allTextContents();
  assert.ok(shown.every((s) => s.includes('Signed revision 1')), shown.join('\n'));
  const gaps = await page.locator('.pc-gap span').allTextContents();
  assert.deepEqual(gaps, [
    'The person signed revision 1. Revision 2 needs a new signature.',
    'A clinician signed revision 1. Revision 2 needs a new signature.',
  ]);

  // The printout: the attestation above the signatures, each with what it signed.
  const html = await page.evaluate(() => window.planComposer.printableHtml());
  const part = html.slice(html.indexOf('<h2>Signatures</h2>'));
  const attest = part.indexOf('I took part in making this plan and I agree with it.');
  assert.ok(attest > 0, 'the attestation line is printed');
  assert.ok(attest < part.indexOf('<td>T.S.</td>'), 'above the signatures');
  assert.match(part, /<td>T\.S\.<\/td><td>Person in recovery<\/td><td><\/td><td>Nov 2, 2026 10:00<\/td><td>Signed revision 1<\/td>/);
  assert.match(part, /<td>Dr\. Rivera<\/td><td>Clinician<\/td><td>LCSW<\/td>/);
  for (const role of ['Person in recovery', 'Clinician', 'Guardian or representative']) {
    assert.ok(part.includes(`<td>${role}</td><td></td><td></td><td></td>`), `a line to sign by hand: ${role}`);
  }

  // Signing the new revision: allowed on the plan in use, stamped revision 2.
  await page.getByLabel('Typed name', { exact: true }).fill('T.S.');
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Person in recovery' });
  await press(page.getByRole('button', { name: 'Add signature' }));
  await page.locator('.pc-signature').nth(2).waitFor();
  const signed = await planJson(page);
  assert.equal(signed.consent.signatures[2].revision, 2);
  assert.deepEqual(await page.locator('.pc-gap span').allTextContents(),
    ['A clinician signed revision 1. Revision 2 needs a new signature.']);

  assert.deepEqual(env.offDevice, [], 'no request left the device');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});

test("an empty plan's list says what is missing, and each button focuses the field that fixes it", async () => {
  const page = await env.open('/');
  await page.click('[data-step="finish"]');
  const gaps = await page.locator('.pc-gap span').allTextContents();
  assert.deepEqual(gaps, [
    'The clinician has not recorded a diagnosis.',
    'The clinician has not recorded the level of care.',
    'The plan has no goals yet.',
    'No next review date is set.',
    'The person has not signed this plan yet.',
    'A clinician has not signed this plan yet.',
  ]);
  const buttons = await page.locator('.pc-gap button').allTextContents();
  assert.deepEqual(buttons, ['Record the diagnoses', 'Record the level of care', 'Add the first goal', 'Set the next review date',
    "Add the person's signature", "Add a clinician's signature"]);

  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  await press(page.getByRole('button', { name: 'Record the level of care' }));
  await page.locator('.pc-root[data-step="assessment"]').waitFor();
  assert.equal(await focusedId(), await page.getByLabel('Level of care the clinician determined', { exact: true }).getAttribute('id'));
  await page.click('[data-step="finish"]');
  await press(page.getByRole('button', { name: 'Add the first goal' }));
  await page.locator('.pc-root[data-step="goals"]').waitFor();
  assert.match(await focusedId(), /-plan-new-goal$/);
  await page.keyboard.type('Walk every day');
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: 'Goal 1' }).waitFor();

  await page.click('[data-step="finish"]');
  const listed = await page.locator('.pc-gap button').allTextContents();
  for (const label of ['Add a measure to Goal 1', 'Add a target to Goal 1', 'Add a due date to Goal 1',
    'Add an objective to Goal 1']) {
    assert.ok(listed.includes(label), `${label} in ${listed.join(' | ')}`);
  }
  await press(page.getByRole('button', { name: 'Add a due date to Goal 1' }));
  await page.locator('.pc-root[data-step="goals"]').waitFor();
  const due = page.getByRole('group', { name: 'Goal 1' }).getByLabel('Due date', { exact: true }).first();
  assert.equal(await focusedId(), await due.getAttribute('id'), 'the due date of goal 1 has focus');

  await page.click('[data-step="finish"]');
  await press(page.getByRole('button', { name: "Add the person's signature" }));
  assert.match(await focusedId(), /-signature-name$/);
  // Pressed again, it moves focus again.
  await press(page.getByRole('button', { name: "Add the person's signature" }));
  assert.match(await focusedId(), /-signature-name$/);
  await press(page.getByRole('button', { name: 'Set the next review date' }));
  await page.locator('.pc-root[data-step="aftercare"]').waitFor();
  assert.match(await focusedId(), /-review-next$/);

  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});
