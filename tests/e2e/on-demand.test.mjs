// Two modules: the first step is usable before the rest of the widget
// arrives; the rest follows by itself from the widget's own files; once it
// is here, the widget works with no network at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, DIST } from './browser.mjs';
import { pdfText, squash } from './pdf.mjs';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');
const PART = /\/pkg\/split_on_demand\.wasm\.gz$/;
const FIRST_RENDER = '#plan-composer[data-ready="true"] .pc-root';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** Holds back the requests matching `pattern` (the on-demand part by
 * default) until `release()` is called. */
async function holdPart(page, pattern = PART) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const asked = [];
  await page.route(pattern, async (route) => {
    asked.push(route.request().url());
    await released;
    await route.continue();
  });
  return { release, asked };
}

test('the first step works before the rest arrives, which then follows by itself', async () => {
  let held;
  const page = await env.open('/?drafts=session', async (p) => {
    held = await holdPart(p);
    // The host's listener reads the plan on every change, as the README shows.
    await p.addInitScript(() => {
      window.heard = [];
      document.addEventListener('plan-composer-change', () => {
        window.heard.push(JSON.parse(window.planComposer.planJson()).title);
      });
    });
  }, { ready: FIRST_RENDER });
  // The part was asked for right after the first render, and is not here.
  await page.waitForFunction(() => performance.getEntriesByName('plan-composer-interactive').length === 1);
  assert.equal(await page.evaluate(() => document.getElementById('plan-composer').dataset.loaded), undefined);

  // Step 1 takes typing; the host hears of it only once it can read the plan.
  await page.getByLabel('Plan title', { exact: true }).fill('Plan for R.T. (synthetic)');
  await page.locator('.pc-title', { hasText: 'Plan for R.T. (synthetic)' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.heard), []);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('plan-composer-draft')), null);

  // Calls that need the rest say so, with the way to wait.
  for (const call of ['fhirJson', 'planJson']) {
    const early = await page.evaluate((name) => {
      try { window.planComposer[name](); return 'answered'; } catch (e) { return `${e instanceof Error}:${e.message}`; }
    }, call);
    assert.equal(early, `true:plan-composer: ${call} needs the rest of the widget, which is still loading: wait for composer.ready first`);
  }

  // A later step opened too soon says it is getting ready...
  await page.click('[data-step="assessment"]');
  await page.getByRole('status').filter({ hasText: 'Getting this step ready…' }).waitFor();
  // ...and shows itself once the part is here, with nothing lost.
  held.release();
  await page.waitForSelector('#plan-composer[data-loaded="true"]');
  await page.locator('.pc-step .pc-field').first().waitFor();
  assert.equal(await page.getByText('Getting this step ready…').count(), 0);
  assert.equal(await page.locator('.pc-title').innerText(), 'Plan for R.T. (synthetic)');
  // The change made meanwhile is told once, and its draft saved.
  assert.deepEqual(await page.evaluate(() => window.heard), ['Plan for R.T. (synthetic)']);
  const draft = JSON.parse(await page.evaluate(() => sessionStorage.getItem('plan-composer-draft')));
  assert.equal(draft.title, 'Plan for R.T. (synthetic)');
  assert.equal(JSON.parse(await page.evaluate(() => window.planComposer.planJson())).title, 'Plan for R.T. (synthetic)');
  const bundle = JSON.parse(await page.evaluate(() => window.planComposer.fhirJson()));
  assert.equal(bundle.resourceType, 'Bundle');
  assert.equal(held.asked.length, 1, 'the part is fetched once');
  assert.ok(held.asked[0].startsWith(env.origin), 'from the widget\'s own origin');
  assert.deepEqual(env.offDevice, [], 'no request left the device');
  await page.close();
});

test('once the first render is done the rest loads; then offline, it still opens, prints and exports', async () => {
  const page = await env.open('/');
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  const asked = [];
  page.on('request', (r) => asked.push(r.url()));
  await page.context().setOffline(true);
  try {
    const text = await readFile(join(SAMPLES, 'alcohol-outpatient.en.json'), 'utf8');
    const sample = JSON.parse(text);
    await page.evaluate((t) => window.planComposer.openPlanJson(t), text);
    await page.click('[data-step="goals"]');
    await page.locator('[data-goal-id]').first().waitFor();
    await page.click('[data-step="finish"]');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download printable plan (HTML)', exact: true }).click(),
    ]);
    const printable = await readFile(await file.path(), 'utf8');
    const printing = await env.newPage();
    await printing.setContent(printable);
    const pdf = squash(await pdfText(await printing.pdf({ preferCSSPageSize: true })));
    await printing.close();
    assert.ok(pdf.includes(squash(sample.goals[0].statement).slice(0, 30)), 'the printout has the goals');
    const [fhir] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download FHIR (for record systems)', exact: true }).click(),
    ]);
    assert.equal(JSON.parse(await readFile(await fhir.path(), 'utf8')).resourceType, 'Bundle');
    assert.ok((await page.evaluate(() => window.planComposer.plainText())).includes(sample.goals[0].statement));
  } finally {
    await page.context().setOffline(false);
  }
  assert.deepEqual(failed, [], 'nothing had to be fetched while offline');
  assert.deepEqual(asked.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:')), [], 'and nothing was asked for');
  await page.close();
});

const SPANISH = /\/pkg\/split_words_locale_es\.wasm\.gz$/;

test('a widget opened in Spanish waits for its words, so no English ever shows; an English one never waits for them', async () => {
  let held;
  const page = await env.open('/?lang=es', async (p) => { held = await holdPart(p, SPANISH); }, { ready: 'body' });
  // mount returned, the host can read and act, but nothing is drawn yet.
  await page.waitForFunction(() => window.planComposer !== undefined);
  assert.equal(await page.evaluate(() => window.planComposer.lang), 'es');
  await page.waitForFunction(() => document.getElementById('plan-composer').dataset.ready === undefined);
  assert.equal(await page.locator('#plan-composer .pc-root').count(), 0, 'no first render in another language');
  held.release();
  await page.locator('#plan-composer[data-ready="true"] .pc-root[lang="es"]').waitFor();
  assert.equal(await page.locator('.pc-step-title').innerText(), 'Sobre la persona');
  assert.equal(held.asked.length, 1, 'the words are fetched once');
  await page.waitForSelector('#plan-composer[data-loaded="true"]');
  await page.close();

  // In English the first render comes while the Spanish words are held
  // back; switching to Spanish before they arrive shows Spanish once here.
  let heldEn;
  const en = await env.open('/?lang=en', async (p) => { heldEn = await holdPart(p, SPANISH); }, { ready: FIRST_RENDER });
  assert.equal(await en.locator('.pc-step-title').innerText(), 'About the person');
  await en.evaluate(() => window.planComposer.setLang('es'));
  assert.equal(await en.evaluate(() => window.planComposer.lang), 'es', 'the call is read back at once');
  heldEn.release();
  await en.locator('.pc-root[lang="es"] .pc-step-title', { hasText: 'Sobre la persona' }).waitFor();
  await en.waitForSelector('#plan-composer[data-loaded="true"]');
  assert.deepEqual(env.offDevice, [], 'no request left the device');
  await en.close();
});

/** Every WebAssembly module the page fetched: its path and bytes as sent. */
const modulesFetched = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .filter((e) => /\.wasm(\.gz)?$/.test(new URL(e.name).pathname))
  .map((e) => ({ path: new URL(e.name).pathname, sent: e.encodedBodySize })));

test('every module travels gzip-packed from a server that sends files as they are', async () => {
  const page = await env.open('/');
  const fetched = await modulesFetched(page);
  const paths = fetched.map((m) => m.path);
  assert.ok(paths.includes('/pkg/plan_composer_bg.wasm.gz') && paths.includes('/pkg/split_on_demand.wasm.gz'),
    `modules fetched: ${paths}`);
  assert.deepEqual(paths.filter((p) => !p.endsWith('.wasm.gz')), [], 'none fetched plain');
  // The test server compresses nothing: what was sent is the packed file,
  // well under the module it unpacks to.
  for (const { path, sent } of fetched) {
    const plain = (await stat(join(DIST, path.replace(/\.gz$/, '')))).size;
    // A module of a few hundred bytes packs less well than the big ones.
    const most = plain > 10_000 ? 0.5 : 0.9;
    assert.ok(sent > 0 && sent < plain * most, `${path}: ${sent} bytes sent for a ${plain}-byte module`);
  }
  // And the part that came packed works: an export it makes.
  assert.equal(JSON.parse(await page.evaluate(() => window.planComposer.fhirJson())).resourceType, 'Bundle');
  await page.close();
});

test('a server that marks .gz files Content-Encoding: gzip (the browser unpacks them) works as well', async () => {
  const at = await env.serveAlso(DIST, { gzipEncoding: true });
  const encodings = [];
  const page = await env.open('/', async (p) => {
    p.on('response', async (r) => {
      if (r.url().endsWith('.wasm.gz')) encodings.push((await r.allHeaders())['content-encoding']);
    });
  }, { at });
  assert.ok(encodings.length >= 2 && encodings.every((e) => e === 'gzip'), `sent encoded: ${encodings}`);
  assert.equal(JSON.parse(await page.evaluate(() => window.planComposer.fhirJson())).resourceType, 'Bundle');
  await page.close();
});

test('a browser without DecompressionStream fetches the plain modules and works', async () => {
  const page = await env.open('/', async (p) => {
    await p.addInitScript(() => { delete window.DecompressionStream; });
  });
  const plain = (await modulesFetched(page)).map((m) => m.path).filter((p) => p.endsWith('.wasm'));
  assert.ok(plain.includes('/pkg/plan_composer_bg.wasm') && plain.includes('/pkg/split_on_demand.wasm'),
    `plain modules fetched: ${plain}`);
  assert.equal(JSON.parse(await page.evaluate(() => window.planComposer.fhirJson())).resourceType, 'Bundle');
  assert.deepEqual(env.offDevice, [], 'no request left the device');
  await page.close();
});

test('a host whose server compresses .wasm itself can start from the plain module', async () => {
  // Any page of the origin will do: this one is the server's "not found".
  const page = await env.newPage();
  await page.goto(`${env.origin}/host-page`);
  const rendered = await page.evaluate(async () => {
    const { default: init, mount } = await import('/pkg/plan_composer.js');
    await init({ module_or_path: '/pkg/plan_composer_bg.wasm' });
    const root = document.createElement('div');
    document.body.append(root);
    const composer = mount(root, { lang: 'en' });
    await composer.ready;
    return root.querySelector('.pc-root') !== null && JSON.parse(composer.fhirJson()).resourceType;
  });
  assert.equal(rendered, 'Bundle');
  const first = (await modulesFetched(page)).map((m) => m.path).filter((p) => p.startsWith('/pkg/plan_composer_bg'));
  assert.deepEqual(first, ['/pkg/plan_composer_bg.wasm']);
  await page.close();
});
