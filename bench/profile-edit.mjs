// Where a keystroke's time goes: types into a goal of a generated plan with
// the DevTools CPU profiler on, using the module with function names that
// `PROFILE_NAMES=1 bash scripts/build-release.sh` (or scripts/bench) leaves
// in target/bench/. Prints the functions with the most self and total time.
//   node bench/profile-edit.mjs [goals=50] [keystrokes=200]
import { chromium } from 'playwright-core';
import { serve } from '../scripts/static-server.mjs';
import { FLAGS } from '../tests/e2e/browser.mjs';
import { planText } from './plans.mjs';
import { profileSite, Tally } from './profile.mjs';

const goals = Number(process.argv[2] || 50);
const keys = Number(process.argv[3] || 200);

const server = await serve(await profileSite(), 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('#plan-composer[data-loaded="true"] .pc-root');
  await page.evaluate((t) => window.planComposer.openPlanJson(t), planText(goals));
  const step = page.locator('button[data-step="goals"]');
  if (await step.count()) await step.first().click();
  await page.waitForFunction((n) => document.querySelectorAll('li.pc-goal').length >= n, goals);
  const id = `g${3 * Math.max(1, Math.floor(goals / 6))}`;
  const textarea = page.locator(`li.pc-goal[data-goal-id="${id}"] textarea`).first();
  await textarea.click();

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const words = 'Go to 3 meetings each week until June 2027';
  const cycle = [...words].map((c) => (c === ' ' ? 'Space' : c)).concat(Array(words.length).fill('Backspace'));
  for (let i = 0; i < keys; i++) await page.keyboard.press(cycle[i % cycle.length]);
  const { profile } = await cdp.send('Profiler.stop');

  const tally = new Tally();
  tally.add(profile);
  console.log(`\n${keys} keystrokes into ${id} of ${goals} goals: ${tally.busy.toFixed(1)} ms busy (${(tally.busy / keys).toFixed(2)} ms a keystroke)`);
  tally.print(25, 40);
} finally {
  await browser.close();
  server.close();
}
