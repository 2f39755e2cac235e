// Start-up of release builds side by side, their cold runs taking turns:
// ms from navigation to the first step interactive, and of that mount and
// first render (from `init()` done). For trying a change against the last
// build; scripts/bench is the record.
//   node bench/ab-startup.mjs [runs=15] [unthrottled|fast3g_cpu4x|fast3g_cpu4x_compressed] [--element] dist [other-dist ...]
// --element: the <plan-composer> element's demo page (demo/element.html),
// timed to its first step in the shadow root (it has no mount mark).
import { chromium } from 'playwright-core';
import { serve } from '../scripts/static-server.mjs';
import { serveCompressed } from './compressed-server.mjs';
import { coldStart, firstStepShown } from './cold-start.mjs';
import { FLAGS } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 15;
const MODES = ['unthrottled', 'fast3g_cpu4x', 'fast3g_cpu4x_compressed'];
const mode = MODES.includes(args[0]) ? args.shift() : 'fast3g_cpu4x_compressed';
const element = args[0] === '--element' ? Boolean(args.shift()) : false;
const dirs = args;
if (dirs.length === 0) {
  console.error(`usage: node bench/ab-startup.mjs [runs] [${MODES.join('|')}] dist [other-dist ...]`);
  process.exit(2);
}
const throttled = mode !== 'unthrottled';
const servers = await Promise.all(dirs.map(async (d) =>
  mode === 'fast3g_cpu4x_compressed' ? (await serveCompressed(d)).server : serve(d, 0)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
const times = dirs.map(() => ({ interactive: [], mount: [] }));
try {
  for (let i = 0; i < runs + 1; i++) {
    for (const [k, server] of servers.entries()) {
      const base = `http://127.0.0.1:${server.address().port}/`;
      const t = element
        ? await coldStart(browser, `${base}demo/element.html`, throttled, false, firstStepShown)
        : await coldStart(browser, base, throttled);
      if (i > 0) { // the first round warms up
        times[k].interactive.push(t.interactive);
        if (t.init != null) times[k].mount.push(t.interactive - t.init);
      }
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
for (const [k, dir] of dirs.entries()) {
  const t = times[k];
  console.log(`${dir} (${mode}): interactive median ${median(t.interactive).toFixed(1)} ms `
    + `(min ${Math.min(...t.interactive).toFixed(1)}, max ${Math.max(...t.interactive).toFixed(1)}), `
    + (t.mount.length ? `mount + first render ${median(t.mount).toFixed(1)} ms, ` : '')
    + `n=${t.interactive.length}`);
}
