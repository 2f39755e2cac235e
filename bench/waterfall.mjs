// One cold load of a release build on Fast 3G + 4x CPU, as a waterfall:
// when each file was asked for, began to arrive and was in, when the
// module was instantiated (WebAssembly.instantiateStreaming settled), and
// the page's marks. For seeing what a start-up waits on.
//   node bench/waterfall.mjs <dist> [plain|compressed] [path=/]
// (another path, e.g. demo/element.html, is timed to the widget's root in
// its page or the element's shadow root)
import { chromium } from 'playwright-core';
import { serve } from '../scripts/static-server.mjs';
import { serveCompressed } from './compressed-server.mjs';
import { FLAGS } from '../tests/e2e/browser.mjs';
import { FAST_3G, CPU_SLOWDOWN } from './cold-start.mjs';
const [dir, mode = 'plain', path = ''] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/waterfall.mjs <dist> [plain|compressed]');
  process.exit(2);
}
const server = mode === 'compressed' ? (await serveCompressed(dir)).server : await serve(dir, 0);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
const ctx = await b.newContext(); const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Network.enable'); await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Network.emulateNetworkConditions', FAST_3G); await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
await p.addInitScript(() => { const f = WebAssembly.instantiateStreaming; WebAssembly.instantiateStreaming = async (...a) => { const t0 = performance.now(); const r = await f.apply(WebAssembly, a); performance.mark('wasm-instantiated-' + Math.round(t0)); return r; }; });
await p.goto(`http://127.0.0.1:${server.address().port}/${path}`, { waitUntil: 'commit' });
await p.waitForFunction(() => {
  if (performance.getEntriesByName('plan-composer-interactive').length > 0) return true;
  if (document.querySelector('plan-composer')?.shadowRoot?.querySelector('.pc-root')) {
    performance.mark('plan-composer-interactive');
    return true;
  }
  return false;
}, null, { timeout: 60000, polling: 10 });
console.log(await p.evaluate(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const rows = [`nav responseEnd ${nav.responseEnd.toFixed(0)} domInteractive ${nav.domInteractive.toFixed(0)}`];
  for (const e of performance.getEntriesByType('resource')) rows.push(`${new URL(e.name).pathname.padEnd(50)} start ${e.startTime.toFixed(0).padStart(5)} respStart ${e.responseStart.toFixed(0).padStart(5)} end ${e.responseEnd.toFixed(0).padStart(5)} bytes ${e.encodedBodySize}`);
  for (const m of performance.getEntriesByType('mark')) rows.push(`${m.name} ${m.startTime.toFixed(0)}`);
  return rows.join('\n');
}));
await b.close(); server.close();
