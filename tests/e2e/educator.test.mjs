// Educator mode: an educator opens each synthetic case, walks every step
// read-only with a "why this matters" note on each, turns on the SMART
// view, prints it (marked synthetic on every page), and makes an editable
// copy; the flawed case shows every planted flaw in the completeness list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfText, squash } from './pdf.mjs';
import { start, press, ARTIFACTS, STEPS } from './browser.mjs';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');
const READY = 'plan-composer[data-ready="true"] .pc-root';

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const inWidget = (page, selector) => page.locator(`plan-composer ${selector}`);
/** The step's button in the guide's list of steps. */
const stepButton = (page, step) => inWidget(page, `button.pc-step-button[data-step="${step}"]`);

test('an educator walks each case read-only, sees the SMART view, prints it and makes a copy', async () => {
  const names = (await readdir(SAMPLES)).filter((n) => n.endsWith('.json')).sort();
  assert.ok(names.length >= 6, 'five well-made cases and a flawed one');
  const page = await env.open('/demo/educator.html', async () => {}, { ready: READY });
  for (const name of names) {
    const text = await readFile(join(SAMPLES, name), 'utf8');
    const spanish = name.includes('.es.');
    await page.evaluate(([t, lang]) => {
      const el = document.getElementById('composer');
      el.setAttribute('lang', lang);
      el.openCase(t);
    }, [text, spanish ? 'es' : 'en']);
    const words = spanish
      ? { banner: 'Ejemplo sintético, para leer', why: 'Por qué importa', smart: 'Mostrar cómo cada meta cumple SMART', copy: 'Hacer una copia editable', print: 'Descargar plan para imprimir (HTML)', mark: 'Ejemplo sintético: no es una persona real' }
      : { banner: 'Synthetic example, to read', why: 'Why this matters', smart: 'Show how each goal meets SMART', copy: 'Make an editable copy', print: 'Download printable plan (HTML)', mark: 'Synthetic example: not a real person' };

    // Every step, in order, with its note; nothing in it can be changed.
    for (const step of STEPS) {
      await press(stepButton(page, step));
      await inWidget(page, `.pc-root[data-step="${step}"] .pc-teaching`).waitFor();
      const panel = inWidget(page, '.pc-teaching');
      assert.ok((await panel.textContent()).includes(words.banner), `${name} ${step}: says it is an example`);
      assert.ok((await panel.locator('.pc-why').textContent()).includes(words.why), `${name} ${step}: why this matters`);
      if (step !== 'finish') {
        assert.equal(await inWidget(page, 'fieldset.pc-locked[disabled]').count(), 1, `${name} ${step}: read-only`);
      }
    }
    const plan = JSON.parse(await page.evaluate(() => document.getElementById('composer').planJson()));
    assert.ok(plan.synthetic, `${name}: still the case`);

    // Components: each has its own note.
    await press(stepButton(page, 'components'));
    const components = inWidget(page, '.pc-component');
    assert.equal(await components.count(), plan.components.length);
    for (let i = 0; i < plan.components.length; i += 1) {
      assert.equal(await components.nth(i).locator('.pc-why').count(), 1, `${name}: a note beside ${plan.components[i].name}`);
    }

    // The SMART view: each goal, each letter, and why.
    await press(stepButton(page, 'goals'));
    const toggle = inWidget(page, '.pc-teaching').getByRole('button', { name: words.smart });
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    const views = inWidget(page, '.pc-smart-why');
    assert.equal(await views.count(), plan.goals.length, `${name}: a SMART view per goal`);
    for (let i = 0; i < plan.goals.length; i += 1) {
      assert.equal(await views.nth(i).locator('[data-letter]').count(), 5);
      assert.ok((await views.nth(i).locator('dd').first().textContent()).trim().length > 0, 'with a reason');
    }
    await toggle.click();
    assert.equal(await views.count(), 0, 'and off again');

    // Printed: marked synthetic on every page.
    await press(stepButton(page, 'finish'));
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      inWidget(page, '').getByRole('button', { name: words.print, exact: true }).click(),
    ]);
    const printing = await env.newPage();
    await printing.setContent(await readFile(await file.path(), 'utf8'));
    const pdf = await printing.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(join(ARTIFACTS, `educator-${name.replace('.json', '.pdf')}`), pdf);
    const pages = (await pdfText(pdf)).split('\f').filter((p) => p.trim());
    assert.ok(pages.length > 0);
    pages.forEach((p, i) => assert.ok(squash(p).includes(words.mark), `${name}: page ${i + 1} says it is synthetic`));
    await printing.close();

    // Copied: a normal draft that can be changed.
    await press(stepButton(page, 'person'));
    await inWidget(page, '[data-editable-copy]').click();
    await inWidget(page, '.pc-teaching').waitFor({ state: 'detached' });
    assert.equal(await inWidget(page, 'fieldset.pc-locked').count(), 0, `${name}: the copy is editable`);
    const copy = JSON.parse(await page.evaluate(() => document.getElementById('composer').planJson()));
    assert.equal(copy.status, 'draft', name);
    assert.notEqual(copy.id, plan.id, name);
    assert.deepEqual(copy.consent.signatures, [], `${name}: no example signature carries over`);
    assert.deepEqual(copy.goals, plan.goals, `${name}: the goals come along`);
  }

  // The last copy takes typing.
  const title = page.getByLabel(/^(Plan title|Título del plan)$/);
  await title.fill('My practice copy');
  await title.blur();
  const typed = JSON.parse(await page.evaluate(() => document.getElementById('composer').planJson()));
  assert.equal(typed.title, 'My practice copy');
  assert.deepEqual(env.offDevice, [], 'no request left the device');
});

test('the flawed case shows every planted flaw in the completeness list', async () => {
  const page = await env.open('/demo/educator.html', async () => {}, { ready: READY });
  const text = await readFile(join(SAMPLES, 'flawed-spot-the-problem.en.json'), 'utf8');
  await page.evaluate((t) => document.getElementById('composer').openCase(t), text);
  await press(stepButton(page, 'finish'));
  const keys = await inWidget(page, '.pc-gap').evaluateAll((items) => items.map((i) => i.dataset.gap));
  for (const flaw of ['need-without-goal:', 'blanks-', 'review-date-passed', 'goal-without-measure:', 'goal-without-due:']) {
    assert.ok(keys.some((k) => k.startsWith(flaw)), `the list points at ${flaw} (${keys.join(', ')})`);
  }
  // And the coach, in the SMART view, at the vague goal.
  await press(stepButton(page, 'goals'));
  await inWidget(page, '.pc-teaching').getByRole('button', { name: 'Show how each goal meets SMART' }).click();
  const unmet = await inWidget(page, '.pc-smart-why [data-letter="S"]').evaluateAll(
    (letters) => letters.filter((l) => l.dataset.status !== 'met').length,
  );
  assert.ok(unmet >= 1, 'the coach says a goal is not specific');
});

test('the element opens a case from its educator-case attribute, and only from its own site', async () => {
  const page = await env.open('/demo/educator.html', async () => {}, { ready: READY });
  await inWidget(page, '.pc-teaching').waitFor();
  const opened = JSON.parse(await page.evaluate(() => document.getElementById('composer').planJson()));
  assert.ok(opened.synthetic, 'the attribute opened the case');
  const refused = await page.evaluate(async () => {
    const el = document.createElement('plan-composer');
    el.setAttribute('educator-case', 'https://elsewhere.example/case.json');
    document.body.append(el);
    try { await el.ready; return 'opened'; } catch (e) { return e.message; }
  });
  assert.equal(refused, 'plan-composer: educator-case must be a file of this site, not https://elsewhere.example');
  // A plan that is not marked synthetic is no case.
  const real = JSON.parse(await readFile(join(SAMPLES, 'alcohol-outpatient.en.json'), 'utf8'));
  delete real.synthetic;
  const notCase = await page.evaluate((t) => {
    try { document.getElementById('composer').openCase(t); return 'opened'; } catch (e) { return e; }
  }, JSON.stringify(real));
  assert.ok(Array.isArray(notCase) && /not marked as a synthetic example/.test(notCase[0]), String(notCase));
  assert.deepEqual(env.offDevice, [], 'nothing was fetched from elsewhere');
});

test("a training program's own notes replace the built-in ones; a notes file with mistakes is refused", async () => {
  const page = await env.open('/demo/educator.html', async () => {}, { ready: READY });
  const caseText = await readFile(join(SAMPLES, 'cannabis-young-adult.en.json'), 'utf8');
  const notes = {
    steps: [{ step: 'person', why: { en: 'Our program: start with the person.', es: 'Nuestro programa: empezar por la persona.' }, basis: 'Program handbook, unit 1' }],
    components: [],
  };
  const mountWith = (notesText) => page.evaluate(async ([caseText, notesText]) => {
    const { mount } = await import('/pkg/plan_composer.js');
    const root = document.createElement('div');
    document.body.append(root);
    const composer = mount(root, { lang: 'en', educatorCase: caseText, educatorNotesJson: notesText });
    try {
      await composer.ready;
      // A render barrier: the frames it takes to show the case.
      for (let i = 0; i < 20 && !root.querySelector('.pc-teaching .pc-why'); i += 1) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return { note: root.querySelector('.pc-teaching .pc-why')?.textContent ?? null };
    } catch (e) {
      composer.destroy();
      return { error: String(e.message) };
    } finally {
      root.remove();
    }
  }, [caseText, notesText]);
  const own = await mountWith(JSON.stringify(notes));
  assert.equal(own.note, 'Why this matters: Our program: start with the person.Based on: Program handbook, unit 1');
  notes.steps.push({ step: 'lunch', why: { en: 'x', es: '' } });
  const bad = await mountWith(JSON.stringify(notes));
  assert.equal(bad.error, [
    'plan-composer: educatorNotesJson cannot be read as educator notes:',
    'steps[1].why: the text in "es" is empty',
    'steps[1].step: "lunch" is not a step; use one of person, assessment, needs, goals, components, relapse, aftercare, finish',
  ].join('\n'));
});
