// The <plan-composer> element: the widget in a shadow root, composed by
// keyboard and pointer, its events heard by the document, its language
// changed by an attribute without losing the plan, and set-up mistakes
// reported as Errors that name the problem.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, press } from './browser.mjs';

const READY = 'plan-composer[data-ready="true"] .pc-root';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test('the element renders in its shadow root, composes a goal and tells the document', async () => {
  const page = await env.open('/demo/element.html', async () => {}, { ready: READY });
  const shadow = await page.evaluate(() => {
    const el = document.querySelector('plan-composer');
    window.heard = [];
    document.addEventListener('plan-composer-change', (e) => {
      window.heard.push({ target: e.target.localName, composed: e.composed, bubbles: e.bubbles });
    });
    return {
      open: el.shadowRoot?.mode,
      inShadow: !!el.shadowRoot.querySelector('.pc-root'),
      inLight: document.querySelectorAll('.pc-root').length,
      sheets: [...el.shadowRoot.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname),
    };
  });
  assert.equal(shadow.open, 'open');
  assert.ok(shadow.inShadow, 'the widget is inside the shadow root');
  assert.equal(shadow.inLight, 0, 'nothing of the widget in the page itself');
  assert.deepEqual(shadow.sheets, ['/styles/widget.css'], 'its own stylesheet, from its own origin');

  // By keyboard (Yew delegates events from the element inside the shadow root).
  await page.getByLabel('Plan title', { exact: true }).fill('Element plan (synthetic)');
  await press(page.locator('plan-composer [data-step="goals"]'));
  const newGoal = page.getByLabel("New goal, in the person's own words", { exact: true });
  await newGoal.focus();
  await page.keyboard.type('Walk thirty minutes on five days a week');
  await page.keyboard.press('Enter');
  const goal = page.getByRole('group', { name: 'Goal 1' });
  await goal.waitFor();
  // And by pointer.
  await goal.getByLabel('How we will measure it', { exact: true }).click();
  await page.keyboard.type('Walks in my phone');
  await goal.getByLabel('Due date', { exact: true }).first().fill('2027-03-01');

  const read = await page.evaluate(() => {
    const plan = JSON.parse(document.querySelector('plan-composer').planJson());
    return { plan, heard: window.heard };
  });
  assert.equal(read.plan.title, 'Element plan (synthetic)');
  assert.deepEqual(read.plan.goals.map((g) => [g.statement, g.measure, g.due]),
    [['Walk thirty minutes on five days a week', 'Walks in my phone', '2027-03-01']]);
  assert.ok(read.heard.length >= 4, `the document heard every change (${read.heard.length})`);
  assert.deepEqual(read.heard[0], { target: 'plan-composer', composed: true, bubbles: true },
    'events cross the shadow boundary, retargeted to the element');

  // A gap's button focuses its field inside the shadow root.
  await press(page.locator('plan-composer [data-step="finish"]'));
  const gapButton = page.locator('plan-composer .pc-gap button').first();
  await press(gapButton);
  const focused = await page.evaluate(() => {
    const a = document.querySelector('plan-composer').shadowRoot.activeElement;
    return a && { tag: a.localName, id: a.id };
  });
  assert.ok(focused && ['input', 'textarea', 'select', 'button'].includes(focused.tag) && focused.id,
    `a gap's button moved focus to its field (${JSON.stringify(focused)})`);

  // The lang attribute changes the language, and the plan stays, undo too.
  await page.locator('#demo-lang').selectOption('es');
  await page.locator('plan-composer .pc-root[lang="es"]').waitFor();
  const after = await page.evaluate(() => JSON.parse(document.querySelector('plan-composer').planJson()));
  assert.equal(after.title, 'Element plan (synthetic)', 'the plan is kept');
  assert.equal(after.goals.length, 1);
  assert.ok(!(await page.locator('plan-composer .pc-toolbar button').first().isDisabled()), 'undo is still there');
  assert.equal(await page.locator('plan-composer .pc-toolbar select').inputValue(), 'es');
  assert.deepEqual(env.offDevice, [], 'no request left the device');
  assert.deepEqual(env.consoleErrors, [], 'no console errors');
});

test('options come from attributes, a JSON child and the options property', async () => {
  const page = await env.open('/demo/element.html', async () => {}, { ready: READY });
  const plan = await page.evaluate(async () => {
    const el = document.createElement('plan-composer');
    el.setAttribute('lang', 'es');
    el.options = { crisisLines: [{ name: 'Línea de la clínica', number: '555-0100' }], clinicName: 'Not this one' };
    el.setAttribute('clinic-name', 'Clínica de prueba');
    document.body.append(el);
    await el.ready;
    return { plan: JSON.parse(el.planJson()), html: el.printableHtml(), lang: el.shadowRoot.querySelector('.pc-root').lang };
  });
  assert.equal(plan.lang, 'es');
  assert.deepEqual(plan.plan.relapse_prevention.crisis_lines.map((l) => l.number), ['555-0100']);
  assert.ok(plan.html.includes('Clínica de prueba'), 'the attribute wins over the property');
  // The demo's own element reads its JSON child.
  const first = await page.evaluate(() => JSON.parse(document.querySelector('#composer').planJson()));
  assert.equal(first.relapse_prevention.crisis_lines[0].name, '988 Suicide & Crisis Lifeline');
});

test('set-up mistakes throw Errors that name the problem', async () => {
  const page = await env.open('/demo/element.html', async () => {}, { ready: READY });
  const errors = await page.evaluate(async () => {
    const { mount } = await import('/pkg/plan_composer.js');
    const caught = (f) => { try { const h = f(); h?.destroy?.(); return 'no error'; } catch (e) { return e instanceof Error ? e.message : `not an Error: ${e}`; } };
    const div = document.createElement('div');
    document.body.append(div);
    const out = {
      missing: caught(() => mount(document.getElementById('no-such-element'), {})),
      notElement: caught(() => mount('plan-composer', {})),
      unknown: caught(() => mount(div, { colour: 'blue' })),
      badType: caught(() => mount(div, { clinicName: 5 })),
      badDrafts: caught(() => mount(div, { drafts: 'cloud' })),
      fraction: caught(() => mount(div, { idleResetSeconds: 0.5 })),
      notObject: caught(() => mount(div, 'en')),
      lineKey: caught(() => mount(div, { crisisLines: [{ name: 'Line', number: '1', phone: '2' }] })),
    };
    const handle = mount(div, {});
    out.twice = caught(() => mount(div, {}));
    handle.destroy();
    out.afterDestroy = caught(() => mount(div, {}));
    const element = async (setup) => {
      const el = document.createElement('plan-composer');
      setup(el);
      document.body.append(el);
      return el.ready.then(() => 'no error', (e) => (e instanceof Error ? e.message : `not an Error: ${e}`));
    };
    out.elementFraction = await element((el) => el.setAttribute('idle-reset-seconds', '0.5'));
    out.elementUnknown = await element((el) => { el.options = { theme: 'dark' }; });
    out.elementJson = await element((el) => {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = '{ "lang": ';
      el.append(s);
    });
    return out;
  });
  assert.match(errors.missing, /mount needs an element/);
  assert.match(errors.notElement, /not an element/);
  assert.match(errors.unknown, /unknown option "colour"/);
  assert.match(errors.badType, /option clinicName/);
  assert.match(errors.badDrafts, /drafts must be "local" or "session"/);
  assert.match(errors.fraction, /idleResetSeconds must be a whole number .* not 0\.5/);
  assert.match(errors.notObject, /options must be an object/);
  assert.match(errors.lineKey, /option crisisLines\[0\] has an unknown key "phone"/);
  assert.match(errors.twice, /already mounted on this element/);
  assert.equal(errors.afterDestroy, 'no error', 'after destroy() the element can take a widget again');
  assert.match(errors.elementFraction, /idleResetSeconds .* not 0\.5/);
  assert.match(errors.elementUnknown, /unknown option "theme"/);
  assert.match(errors.elementJson, /not JSON/);
});

test('the demo reports a bad kiosk setting in the page instead of stopping', async () => {
  const page = await env.open('/?kiosk=0.5', async () => {}, { ready: '#plan-composer[data-mount-error="true"]' });
  assert.match(await page.locator('.demo-error').textContent(), /idleResetSeconds must be a whole number of seconds from 10 to 86400, not 0\.5/);
});

test('the widget in the shadow root passes axe, as it does in the page', async () => {
  const { readFile } = await import('node:fs/promises');
  const { createRequire } = await import('node:module');
  const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const page = await env.open('/demo/element.html', async () => {}, { ready: READY });
  await page.evaluate(axe);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run({ include: [{ fromShadowDom: ['plan-composer', '.pc-root'] }] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return { checked: result.passes.length, found: result.violations.map((v) => `${v.id}: ${v.help}`) };
  });
  assert.ok(violations.checked > 10, `axe looked inside the shadow root (${violations.checked} rules passed)`);
  assert.deepEqual(violations.found, []);
});

test('the element fetches its WebAssembly alongside its JS, not after the JS is in', async () => {
  // The hostile page gives no preload hints (element.html does), so what
  // is seen here is the element's own doing. Every response takes 200 ms,
  // so "after the JS is in" is a gap the timings show.
  const page = await env.open('/demo/hostile.html', async (p) => {
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions',
      { offline: false, latency: 200, downloadThroughput: -1, uploadThroughput: -1 });
  }, { ready: READY });
  assert.equal(await page.locator('link[rel=preload], link[rel=modulepreload]').count(), 0);
  const fetched = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource')
    .map((e) => [new URL(e.name).pathname, { start: e.startTime, end: e.responseEnd }])));
  const wasm = fetched['/pkg/plan_composer_bg.wasm.gz'];
  const glue = fetched['/pkg/plan_composer.js'];
  assert.ok(wasm !== undefined && glue !== undefined, `both were fetched: ${Object.keys(fetched).join(', ')}`);
  assert.ok(wasm.start < glue.end,
    `the WebAssembly was asked for at ${wasm.start.toFixed(1)} ms, before the glue was in at ${glue.end.toFixed(1)} ms`);
  // The glue imports nothing (its loader and snippets are bundled in): a
  // file it imported would be asked for only once it was in, a round trip
  // before the module can start.
  assert.deepEqual(Object.keys(fetched).filter((path) => path.startsWith('/pkg/') && path.endsWith('.js')),
    ['/pkg/plan_composer.js']);
});
