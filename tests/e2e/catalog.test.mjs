// A clinic can bring its own catalog of services, goal templates and need
// rules; one with mistakes is refused at mount with every problem named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start } from './browser.mjs';

const CATALOG = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'catalog', 'components.json');

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** Mounts a second widget on the page with `catalogJson`; returns null or the error message. */
async function mountWith(page, catalogJson) {
  return page.evaluate(async (text) => {
    const { mount } = await import('/pkg/plan_composer.js');
    const root = document.createElement('div');
    root.id = 'clinic-widget';
    document.body.append(root);
    // The catalog is read with the rest of the widget: `ready` rejects
    // with its problems.
    const composer = mount(root, { lang: 'en', catalogJson: text });
    try {
      await composer.ready;
      window.clinicComposer = composer;
      return null;
    } catch (e) {
      composer.destroy();
      root.remove();
      return String(e.message);
    }
  }, catalogJson);
}

test('a clinic catalog replaces the built-in one', async () => {
  const catalog = JSON.parse(await readFile(CATALOG, 'utf8'));
  const cbt = catalog.entries.find((e) => e.id === 'cbt');
  cbt.name.en = 'CBT group at Example Clinic';
  cbt.explanation.en = 'Our own words about why this group helps, written by the clinic.';
  const page = await env.open('/');
  assert.equal(await mountWith(page, JSON.stringify(catalog)), null);
  const widget = page.locator('#clinic-widget');
  await widget.locator('[data-step="components"]').click();
  const entry = widget.locator('.pc-entry[data-catalog-id="cbt"]');
  await entry.locator('summary').click();
  assert.equal((await entry.locator('.pc-entry-name').textContent()).trim(), 'CBT group at Example Clinic');
  assert.match(await entry.locator('details p').textContent(), /written by the clinic/);
  // The demo's own widget still shows the built-in catalog.
  await page.locator('#plan-composer [data-step="components"]').click();
  const builtIn = page.locator('#plan-composer .pc-entry[data-catalog-id="cbt"] .pc-entry-name');
  assert.notEqual((await builtIn.textContent()).trim(), 'CBT group at Example Clinic');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});

test('a catalog with mistakes is refused at mount, naming each problem', async () => {
  const catalog = JSON.parse(await readFile(CATALOG, 'utf8'));
  catalog.entries[1].id = catalog.entries[0].id;
  catalog.templates[0].component = 'no-such-service';
  const page = await env.open('/');
  const error = await mountWith(page, JSON.stringify(catalog));
  // The copied id also leaves the second entry's templates pointing at nothing.
  assert.match(error, /catalogJson has 3 problems:/);
  assert.match(error, /entries\[1\]\.id: the id "[a-z_]+" is used more than once/);
  assert.match(error, /templates\[0\]\.component: no catalog entry has the id "no-such-service"/);
  assert.match(error, /templates\[1\]\.component/);
  assert.equal(await page.locator('#clinic-widget').count(), 0);
  const broken = await mountWith(page, '{"categories": [}');
  assert.match(broken, /catalogJson has 1 problem:/);
});
