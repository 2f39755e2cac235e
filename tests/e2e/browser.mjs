// Shared set-up for the end-to-end tests: Debian's chromium, headless, with
// a fresh profile, and a guard that fails a test on any off-device request.
import { chromium } from 'playwright-core';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/static-server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DIST = join(HERE, '..', '..', 'dist');
export const ARTIFACTS = join(HERE, 'artifacts');

/** Chromium's flags for every test and benchmark (bench/ reads them too). */
export const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The steps of the guide, by the keys the widget puts in `data-step`. */
export const STEPS = ['person', 'assessment', 'needs', 'goals', 'components', 'relapse', 'aftercare', 'finish'];

/** A synthetic sample's text as of today: opened now, its dates do not
 * move (they would by the days since its `dates_as_of`), so a test can
 * compare what it reads back with the file. */
export function asOfToday(text) {
  const plan = JSON.parse(text);
  if (plan.synthetic) {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    plan.synthetic.dates_as_of = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
  return JSON.stringify(plan, null, 2);
}

/** Presses a button by keyboard: focus it, then Enter. */
export async function press(locator) {
  await locator.focus();
  await locator.page().keyboard.press('Enter');
}

/** Starts the server (of `dist`, the release build by default) and browser;
 * returns helpers and a close function. */
export async function start({ dist = DIST } = {}) {
  const server = await serve(dist, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = await mkdtemp(join(tmpdir(), 'pc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
  });
  await mkdir(ARTIFACTS, { recursive: true });
  const offDevice = [];
  const consoleErrors = [];
  // The origins of this machine's own test servers (see `serveAlso`).
  const local = [origin];
  const servers = [server];
  context.on('request', (req) => {
    const url = req.url();
    if (!local.some((o) => url.startsWith(`${o}/`)) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      offDevice.push(url);
    }
  });
  /** Opens the demo at `path`; `prepare(page)` runs before it loads; `ready`
   * is the selector that says the widget is on screen. */
  async function open(path = '/', prepare = async () => {}, { ready = '#plan-composer[data-loaded="true"] .pc-root', at = origin } = {}) {
    const page = await context.newPage();
    await prepare(page);
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    await page.goto(at + path);
    if (ready) await page.waitForSelector(ready);
    return page;
  }
  /** Serves `root` from another local port: another origin, as a clinic's
   * page embedding the widget would be. Returns the origin. `options` go
   * to the server (scripts/static-server.mjs). */
  async function serveAlso(root, options = {}) {
    const more = await serve(root, 0, options);
    servers.push(more);
    const at = `http://127.0.0.1:${more.address().port}`;
    local.push(at);
    return at;
  }
  async function close() {
    await context.close();
    for (const s of servers) s.close();
    await rm(profile, { recursive: true, force: true });
  }
  /** A blank page in the same browser (e.g. to print a saved document). */
  async function newPage() {
    return context.newPage();
  }
  return { origin, open, newPage, close, serveAlso, offDevice, consoleErrors };
}
