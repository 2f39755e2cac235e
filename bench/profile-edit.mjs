// Where a keystroke's time goes: types into a goal of a generated plan with
// the DevTools CPU profiler on, using the module with function names that
// `PROFILE_NAMES=1 bash scripts/build-release.sh` (or scripts/bench) leaves
// in target/bench/. Prints the functions with the most self and total time.
//   node bench/profile-edit.mjs [goals=50] [keystrokes=200]
import { chromium } from 'playwright-core';
import { cp, rm, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/static-server.mjs';
import { planText } from './plans.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAMED = join(ROOT, "target", "bench", "plan_composer_bg_named.wasm");
const SITE = join(ROOT, 'target', 'bench', 'profile-site');
const goals = Number(process.argv[2] || 50);
const keys = Number(process.argv[3] || 200);

if (!existsSync(NAMED)) {
  console.error(`${NAMED} is missing: run PROFILE_NAMES=1 bash scripts/build-release.sh first`);
  process.exit(1);
}
await rm(SITE, { recursive: true, force: true });
await cp(join(ROOT, 'dist'), SITE, { recursive: true });
// Fetched as the packed module's name; it goes through unpacked (js/unpack-wasm.js).
await copyFile(NAMED, join(SITE, 'pkg', 'plan_composer_bg.wasm.gz'));

const server = await serve(SITE, 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'],
});
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

  // Self time per node from the samples, then per function name; total
  // time counts a function once per sample even when it recurses.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
  let busy = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i]);
    const leaf = name(node);
    if (leaf === '(idle)' || leaf === '(program)') continue;
    busy += dt;
    self.set(leaf, (self.get(leaf) || 0) + dt);
    const seen = new Set();
    for (let n = node; n; n = byId.get(parent.get(n.id))) {
      const f = name(n);
      if (!seen.has(f)) { seen.add(f); total.set(f, (total.get(f) || 0) + dt); }
    }
  }
  const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  const show = (ms) => `${ms.toFixed(1).padStart(8)} ms ${(100 * ms / busy).toFixed(1).padStart(5)}%  `;
  console.log(`\n${keys} keystrokes into ${id} of ${goals} goals: ${busy.toFixed(1)} ms busy (${(busy / keys).toFixed(2)} ms a keystroke)`);
  console.log('\nMost self time');
  for (const [f, ms] of top(self, 25)) console.log(show(ms) + f.slice(0, 150));
  console.log('\nMost total time (this function and what it calls)');
  for (const [f, ms] of top(total, 40)) console.log(show(ms) + f.slice(0, 150));
} finally {
  await browser.close();
  server.close();
}
