// One cold load of a widget page in headless Chromium, as scripts/bench
// and bench/ab-startup.mjs measure it.

// Chrome DevTools' "Fast 3G" preset, and 4x CPU slow-down.
export const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1000 * 1000 / 8) * 0.9,
  uploadThroughput: (750 * 1000 / 8) * 0.9,
};
export const CPU_SLOWDOWN = 4;

const markDone = () => performance.getEntriesByName('plan-composer-interactive').length > 0;

/** The first step is in: the demo page's mark, or on the element's page
 * (which marks nothing) its shadow root holding the widget's root, marked
 * here so the timings read it. Runs in the page. */
export function firstStepShown() {
  if (performance.getEntriesByName('plan-composer-interactive').length > 0) return true;
  if (document.querySelector('plan-composer')?.shadowRoot?.querySelector('.pc-root')) {
    performance.mark('plan-composer-interactive');
    return true;
  }
  return false;
}

/** A fresh page's network and CPU as a cold start sees them: no cache,
 * and with `throttled` Fast 3G and the CPU slow-down. */
export async function coldPage(cdp, throttled) {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
}
// The demo marks this when `composer.ready` settles: the on-demand part is in.
export const loadedDone = () => performance.getEntriesByName('plan-composer-loaded').length > 0;
// The host page's own files, left out of what the widget costs.
const HOST_FILES = /\/(index\.html|demo\.js|styles\/demo\.css|main\.js)?$/;

/** One cold load in a fresh context: ms from navigation start to the mark
 * (`done` waits for it; the demo page sets it itself). */
export async function coldStart(browser, url, throttled, waitLoaded = false, done = markDone) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await coldPage(await context.newCDPSession(page), throttled);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(done, null, { timeout: 120_000, polling: 10 });
    const loaded = waitLoaded && await page.waitForFunction(loadedDone, null, { timeout: 120_000, polling: 10 })
      .then(() => true, () => false);
    return await page.evaluate(({ hostFiles, loaded }) => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const interactive = at('plan-composer-interactive');
      // Bytes as sent (compressed when the server compressed them), per
      // response, from the browser's own resource timing.
      const widget = performance.getEntriesByType('resource')
        .filter((e) => !new RegExp(hostFiles).test(new URL(e.name).pathname));
      const bytes = (list) => list.reduce((n, e) => n + e.encodedBodySize, 0);
      return {
        interactive,
        init: at('plan-composer-init'),
        loaded: loaded ? at('plan-composer-loaded') : null,
        critical_bytes: bytes(widget.filter((e) => e.responseEnd <= interactive)),
        session_bytes: bytes(widget),
      };
    }, { hostFiles: HOST_FILES.source, loaded });
  } finally {
    await context.close();
  }
}

