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
import { coldPage, firstStepShown } from './cold-start.mjs';

const [dir, mode = 'plain', path = ''] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/waterfall.mjs <dist> [plain|compressed] [path]');
  process.exit(2);
}
const server = mode === 'compressed' ? (await serveCompressed(dir)).server : await serve(dir, 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await coldPage(await context.newCDPSession(page), true);
  // A mark when the module is instantiated, named by when it was asked for.
  await page.addInitScript(() => {
    const instantiate = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...args) => {
      const asked = performance.now();
      const result = await instantiate.apply(WebAssembly, args);
      performance.mark(`wasm-instantiated-${Math.round(asked)}`);
      return result;
    };
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/${path}`, { waitUntil: 'commit' });
  await page.waitForFunction(firstStepShown, null, { timeout: 60000, polling: 10 });
  console.log(await page.evaluate(() => {
    const ms = (t) => t.toFixed(0).padStart(5);
    const nav = performance.getEntriesByType('navigation')[0];
    const rows = [`nav responseEnd ${ms(nav.responseEnd)} domInteractive ${ms(nav.domInteractive)}`];
    for (const e of performance.getEntriesByType('resource')) {
      rows.push(`${new URL(e.name).pathname.padEnd(50)} start ${ms(e.startTime)} respStart ${ms(e.responseStart)} `
        + `end ${ms(e.responseEnd)} bytes ${e.encodedBodySize}`);
    }
    for (const m of performance.getEntriesByType('mark')) rows.push(`${m.name} ${ms(m.startTime)}`);
    return rows.join('\n');
  }));
} finally {
  await browser.close();
  server.close();
}
