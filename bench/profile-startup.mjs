// Where start-up's CPU time goes: loads the demo page cold with the
// DevTools CPU profiler on, using the module with function names that
// `PROFILE_NAMES=1 bash scripts/build-release.sh` leaves in target/bench/.
// Prints the functions with the most self and total time, from navigation
// to the first step interactive, or with `mount` only from `init()` done to
// the first step interactive (mount and the first render).
//   node bench/profile-startup.mjs [runs=5] [cpu-slowdown=4] [all|mount]
import { chromium } from 'playwright-core';
import { cp, rm, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/static-server.mjs';
import { FLAGS } from '../tests/e2e/browser.mjs';
import { CPU_SLOWDOWN } from './cold-start.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAMED = join(ROOT, 'target', 'bench', 'plan_composer_bg_named.wasm');
const SITE = join(ROOT, 'target', 'bench', 'profile-site');
const runs = Number(process.argv[2] || 5);
const SLOWDOWN = Number(process.argv[3] || CPU_SLOWDOWN);
const WINDOW = process.argv[4] === 'mount' ? 'mount' : 'all';

if (!existsSync(NAMED)) {
  console.error(`${NAMED} is missing: run PROFILE_NAMES=1 bash scripts/build-release.sh first`);
  process.exit(1);
}
await rm(SITE, { recursive: true, force: true });
await cp(join(ROOT, 'dist'), SITE, { recursive: true });
// Fetched as the packed module's name; it goes through unpacked (js/unpack-wasm.js).
await copyFile(NAMED, join(SITE, 'pkg', 'plan_composer_bg.wasm.gz'));

const server = await serve(SITE, 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
const self = new Map();
const total = new Map();
let busy = 0;
let interactive = 0;
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (SLOWDOWN > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const finished = new Promise((resolve) => cdp.on('Profiler.consoleProfileFinished', (e) => resolve(e.profile)));
    // The page starts and ends the profile itself, at its own marks (a
    // mark's observers are told too late: mount() follows the init mark at once).
    await page.addInitScript((window) => {
      const mark = performance.mark.bind(performance);
      if (window === 'all') console.profile('window');
      performance.mark = (name, ...rest) => {
        if (name === 'plan-composer-interactive') console.profileEnd('window');
        const entry = mark(name, ...rest);
        if (name === 'plan-composer-init' && window === 'mount') console.profile('window');
        return entry;
      };
    }, WINDOW);
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'commit' });
    const profile = await finished;
    interactive += await page.evaluate(() => performance.getEntriesByName('plan-composer-interactive')[0].startTime);
    await context.close();

    // Self time per function name; total time counts a function once per
    // sample even when it recurses.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000 / runs;
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
  }
} finally {
  await browser.close();
  server.close();
}
const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
const show = (ms) => `${ms.toFixed(1).padStart(8)} ms ${(100 * ms / busy).toFixed(1).padStart(5)}%  `;
console.log(`\nCold start at ${SLOWDOWN}x CPU, mean of ${runs}: interactive at ${(interactive / runs).toFixed(1)} ms; ${busy.toFixed(1)} ms busy ${WINDOW === 'mount' ? 'from init() done' : 'from navigation'} to the first step interactive`);
console.log('\nMost self time');
for (const [f, ms] of top(self, 30)) console.log(show(ms) + f.slice(0, 150));
console.log('\nMost total time (this function and what it calls)');
for (const [f, ms] of top(total, 50)) console.log(show(ms) + f.slice(0, 150));
