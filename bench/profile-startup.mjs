// Where start-up's CPU time goes: loads the demo page cold with the
// DevTools CPU profiler on, using the module with function names that
// `PROFILE_NAMES=1 bash scripts/build-release.sh` leaves in target/bench/.
// Prints the functions with the most self and total time, from navigation
// to the first step interactive, or with `mount` only from `init()` done to
// the first step interactive (mount and the first render).
//   node bench/profile-startup.mjs [runs=5] [cpu-slowdown=4] [all|mount]
import { chromium } from 'playwright-core';
import { serve } from '../scripts/static-server.mjs';
import { FLAGS } from '../tests/e2e/browser.mjs';
import { CPU_SLOWDOWN } from './cold-start.mjs';
import { profileSite, Tally } from './profile.mjs';

const runs = Number(process.argv[2] || 5);
const SLOWDOWN = Number(process.argv[3] || CPU_SLOWDOWN);
const WINDOW = process.argv[4] === 'mount' ? 'mount' : 'all';

const server = await serve(await profileSite(), 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
const tally = new Tally();
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

    tally.add(profile, 1 / runs);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\nCold start at ${SLOWDOWN}x CPU, mean of ${runs}: interactive at ${(interactive / runs).toFixed(1)} ms; ${tally.busy.toFixed(1)} ms busy ${WINDOW === 'mount' ? 'from init() done' : 'from navigation'} to the first step interactive`);
tally.print(30, 50);
