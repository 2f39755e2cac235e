// The browser half of scripts/bench: shipped bytes, start-up, edit latency,
// export time and memory of the release widget (dist/); shipped bytes and
// start-up of its two peers, the minimal Yew baseline
// (target/bench/baseline-site/) and a SurveyJS form of the same plan
// (target/bench/surveyjs-site/, from bench/surveyjs/), in headless Chromium
// over localhost. Prints a table and writes target/bench/report.json.
// Reports figures against the targets; never fails on time.
import { chromium } from 'playwright-core';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { serve } from '../scripts/static-server.mjs';
import { planText } from './plans.mjs';
import { serveCompressed } from './compressed-server.mjs';
import { coldStart, loadedDone, FAST_3G, CPU_SLOWDOWN } from './cold-start.mjs';
import { FLAGS } from '../tests/e2e/browser.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const BASELINE = join(ROOT, 'target', 'bench', 'baseline-site');
const SURVEYJS = join(ROOT, 'target', 'bench', 'surveyjs-site');
const OUT = join(ROOT, 'target', 'bench');
const RUNS = Number(process.env.BENCH_RUNS || 11);
const KEYS = Number(process.env.BENCH_KEYS || 200);
const EXPORT_REPS = Number(process.env.BENCH_EXPORT_REPS || 15);



const TARGETS = {
  gzipTotal: 150 * 1024,
  interactiveMs: 150,
  keystrokeMs: 2,
  exportsMs: 20,
  memoryBytes: 10 * 1024 * 1024,
};

// Issue 17: the widget's start-up (median, each setting) against its peers.
const PEERS = {
  baseline: { name: 'minimal Yew app', ratioTarget: 1.3 },
  surveyjs: { name: 'SurveyJS form', ratioTarget: 0.4 },
};

// ---------------------------------------------------------------- helpers

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, q) {
  const s = sorted(xs);
  if (s.length === 0) return null;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at), hi = Math.ceil(at);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}
function summary(xs) {
  if (xs.length === 0) return { runs: 0 };
  const s = sorted(xs);
  const r = (x) => Math.round(x * 1000) / 1000;
  return {
    runs: s.length, median: r(quantile(s, 0.5)), min: r(s[0]), max: r(s[s.length - 1]),
    p25: r(quantile(s, 0.25)), p75: r(quantile(s, 0.75)), p95: r(quantile(s, 0.95)),
  };
}
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (n == null ? 'n/a' : n < 10 ? n.toFixed(3) : n.toFixed(1));
const verdict = (value, target) => (value == null ? 'not measured' : value <= target ? 'meets' : 'misses');

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await walk(path));
    else out.push(path);
  }
  return out;
}

// ---------------------------------------------------------------- sizes

async function sizeOf(path) {
  const body = await readFile(path);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}

// Before the widget's first step is usable: all but the on-demand part
// (split_*, and chunk_* that the part shares), the instruments fetched with
// it, and the iframe page's files (a page loads either the element or
// those). Modules are fetched gzip-packed (.wasm.gz): the plain .wasm beside
// each is only for a browser without DecompressionStream.
const WIDGET_PARTS = {
  later: (f) => /^pkg\/(split_|chunk_).*\.wasm\.gz$/.test(f.file) || f.file === 'pkg/instruments.json',
  otherWayIn: (f) => ['embed.js', 'embed.html'].includes(f.file) || f.file.startsWith('demo/') || f.file.endsWith('.d.ts') || f.file.endsWith('.json') || f.file.endsWith('.md') || f.file.endsWith('.wasm'),
};
// A peer loads everything it ships before its first page is usable (the
// SurveyJS form's survey.json included).
const ALL_AT_ONCE = { later: () => false, otherWayIn: () => false };

/** Every file a host page loads for the widget: not the demo page's own. */
async function shipped(root, hostFiles, hostDirs = [], { later, otherWayIn } = WIDGET_PARTS) {
  const files = [];
  for (const path of await walk(root)) {
    const name = relative(root, path);
    if (hostFiles.includes(name) || hostDirs.some((d) => name.startsWith(d))) continue;
    files.push({ file: name, ...await sizeOf(path) });
  }
  files.sort((a, b) => b.gzip - a.gzip);
  const sum = (list) => {
    const total = { raw: 0, gzip: 0, brotli: 0 };
    for (const f of list) for (const k of Object.keys(total)) total[k] += f[k];
    return total;
  };
  return {
    files,
    total: sum(files),
    critical_path: sum(files.filter((f) => !later(f) && !otherWayIn(f))),
    on_demand: sum(files.filter(later)),
  };
}

// ---------------------------------------------------------------- browser

async function withServer(root, fn) {
  const server = await serve(root, 0);
  try {
    return await fn(`http://127.0.0.1:${server.address().port}/`);
  } finally {
    server.close();
  }
}

// Start-up settings: [name, server, throttled]. static-server.mjs sends
// files as they are; the compressed server as a web server would.
const STARTUP_MODES = [
  ['unthrottled', 'plain', false],
  ['fast3g_cpu4x', 'plain', true],
  ['fast3g_cpu4x_compressed', 'compressed', true],
];

/**
 * Cold loads of each site in each setting. The sites' runs take turns
 * (widget, baseline, SurveyJS form, widget, ...), so noise from other work
 * on the machine falls on all alike.
 */
async function startup(browser, sites) {
  const result = Object.fromEntries(Object.keys(sites).map((who) => [who, {}]));
  for (const [mode, server, throttled] of STARTUP_MODES) {
    const times = Object.fromEntries(Object.keys(sites).map((who) => [who, []]));
    for (const who of Object.keys(sites)) await coldStart(browser, sites[who][server], throttled); // warm-up, not timed
    const mount = Object.fromEntries(Object.keys(sites).map((who) => [who, []]));
    const rest = Object.fromEntries(Object.keys(sites).map((who) => [who, []]));
    const fetched = {};
    for (let i = 0; i < RUNS; i++) {
      for (const who of Object.keys(sites)) {
        const t = await coldStart(browser, sites[who][server], throttled, who === 'widget');
        times[who].push(t.interactive);
        if (t.init != null) mount[who].push(t.interactive - t.init);
        if (t.loaded != null) rest[who].push(t.loaded - t.interactive);
        fetched[who] = { critical_path_bytes: t.critical_bytes, whole_session_bytes: t.session_bytes };
      }
    }
    for (const who of Object.keys(sites)) {
      // mount_and_first_render_ms: the part after the module is ready;
      // first_render_to_loaded_ms: until the on-demand part is in.
      result[who][mode] = {
        ...summary(times[who]),
        mount_and_first_render_ms: summary(mount[who]).median ?? null,
        first_render_to_loaded_ms: summary(rest[who]).median ?? null,
        fetched: fetched[who],
      };
    }
  }
  return result;
}

/** Opens the demo, loads a plan through the host API, waits for its goals. */
async function openWithPlan(page, url, goals) {
  await page.goto(url);
  // Opening a plan file takes the on-demand part: wait for all of it.
  await page.waitForFunction(loadedDone, null, { timeout: 60_000 });
  const text = planText(goals);
  const errors = await page.evaluate((t) => {
    try { window.planComposer.openPlanJson(t); return null; } catch (e) { return e instanceof Error ? e.message : e; }
  }, text);
  if (errors) throw new Error(`the generated plan was refused: ${JSON.stringify(errors)}`);
  // The goals may be on a later step of the widget.
  const step = page.locator('button[data-step="goals"]');
  if (await step.count()) await step.first().click();
  await page.waitForFunction((n) => document.querySelectorAll('li.pc-goal').length >= n, goals);
}

/**
 * Keystrokes into one goal's statement. For each, the time from keydown to
 * the end of the render it caused (Yew renders in a microtask queued by its
 * listener; ours is queued after it), to the goal's DOM changing, and, when
 * the goal shows SMART feedback (.pc-smart[data-report]), to the report
 * changing. A task posted instead would also wait for the next frame.
 */
async function editLatency(browser, url, goals = 50, keys = KEYS) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await openWithPlan(page, url, goals);
    // A goal near the middle with no measure, target or due date, so what
    // is typed decides its SMART report.
    const goalId = `g${3 * Math.max(1, Math.floor(goals / 6))}`;
    const li = `li.pc-goal[data-goal-id="${goalId}"]`;
    const field = page.locator(`${li} textarea[data-field="statement"]`);
    const textarea = (await field.count()) ? field : page.locator(`${li} textarea`).first();
    const hasSmart = await page.locator(`${li} .pc-smart`).count() > 0;
    await textarea.click();
    await textarea.press('Control+A');
    await textarea.press('Backspace');
    await page.evaluate((sel) => {
      const b = { keys: [], input: [], rendered: [], goalChanged: [], smartChanged: [] };
      window.__bench = b;
      document.addEventListener('keydown', () => b.keys.push(performance.now()), true);
      // The browser's own part: from keydown to the input event reaching the page.
      document.addEventListener('input', () => { b.input[b.keys.length - 1] = performance.now(); }, true);
      // Bubbling reaches window after Yew's listener on its root, which
      // queues the render as a microtask; this microtask runs after it.
      window.addEventListener('input', () => {
        const index = b.keys.length - 1;
        queueMicrotask(() => { b.rendered[index] = performance.now(); });
      });
      const item = document.querySelector(sel);
      new MutationObserver(() => {
        const index = b.keys.length - 1;
        if (b.goalChanged[index] === undefined) b.goalChanged[index] = performance.now();
      }).observe(item, { subtree: true, childList: true, attributes: true, characterData: true });
      const smart = item.querySelector('.pc-smart');
      if (smart) {
        new MutationObserver(() => {
          const index = b.keys.length - 1;
          if (b.smartChanged[index] === undefined) b.smartChanged[index] = performance.now();
        }).observe(smart, { subtree: true, attributes: true, attributeFilter: ['data-report'] });
      }
    }, li);
    // Type words that change the SMART report (a number, a time), then
    // take them back with Backspace, over and over.
    const words = 'Go to 3 meetings each week until June 2027';
    const cycle = [...words].map((c) => (c === ' ' ? 'Space' : c)).concat(Array(words.length).fill('Backspace'));
    for (let i = 0; i < keys; i++) await page.keyboard.press(cycle[i % cycle.length]);
    await page.waitForFunction((n) => window.__bench.rendered.filter((x) => x !== undefined).length >= n, keys);
    const b = await page.evaluate(() => window.__bench);
    const since = (list) => list.map((t, i) => (t == null ? null : t - b.keys[i])).filter((x) => x != null);
    const statement = await textarea.inputValue();
    return {
      goals,
      goal_id: goalId,
      keystrokes: b.keys.length,
      statement_length_after: statement.length,
      smart_element: hasSmart,
      keystroke_to_rendered_ms: summary(since(b.rendered)),
      keystroke_to_input_event_ms: summary(since(b.input)),
      input_event_to_rendered_ms: summary(b.rendered.map((t, i) => (t == null || b.input[i] == null ? null : t - b.input[i])).filter((x) => x != null)),
      keystroke_to_goal_dom_change_ms: summary(since(b.goalChanged)),
      keystroke_to_smart_change_ms: hasSmart ? summary(since(b.smartChanged)) : null,
      page,
      context,
    };
  } catch (e) {
    await context.close();
    throw e;
  }
}

/** Wasm memory and JS heap after the 50-goal plan was composed. */
async function memory(page, context) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(async () => {
    const module = await import('./pkg/plan_composer.js');
    return typeof module.wasmMemoryBytes === 'function' ? module.wasmMemoryBytes() : null;
  });
  return { wasm_memory_bytes: wasm, js_heap_used_bytes: heap.usedSize, js_heap_total_bytes: heap.totalSize };
}

// Host API names for each export; the first one the handle has is timed.
const EXPORTS = {
  json: ['planJson'],
  fhir: ['fhirJson', 'planFhirJson', 'exportFhir'],
  print_html: ['printableHtml', 'printHtml', 'exportPrintHtml'],
  text: ['plainText', 'planText', 'exportText'],
};

async function exportTimes(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const start = performance.now();
    await openWithPlan(page, url, 200);
    const openMs = performance.now() - start;
    const importMs = await page.evaluate(({ text, reps }) => {
      const times = [];
      for (let i = 0; i < reps; i++) {
        const t0 = performance.now();
        window.planComposer.openPlanJson(text);
        times.push(performance.now() - t0);
      }
      return times;
    }, { text: planText(200), reps: EXPORT_REPS });
    const out = { goals: 200, open_and_render_ms: Math.round(openMs), import_ms: summary(importMs) };
    for (const [name, candidates] of Object.entries(EXPORTS)) {
      const times = await page.evaluate(({ candidates, reps }) => {
        const api = window.planComposer;
        const method = candidates.find((m) => typeof api[m] === 'function');
        if (!method) return null;
        const list = [];
        for (let i = 0; i < reps; i++) {
          const t0 = performance.now();
          const text = api[method]();
          list.push(performance.now() - t0);
          if (typeof text !== 'string' || text.length === 0) return null;
        }
        return { method, list };
      }, { candidates, reps: EXPORT_REPS });
      out[name] = times ? { method: times.method, ...summary(times.list) } : null;
    }
    return out;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- native

const UNIT = { ns: 1e-6, 'µs': 1e-3, us: 1e-3, ms: 1, s: 1000 };

/** Medians from divan's table (target/bench/native.txt), in ms. */
async function native() {
  const path = join(OUT, 'native.txt');
  if (!existsSync(path)) return null;
  const out = {};
  const stack = [];
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    const m = line.match(/^([│├╰─ ]*)(\S+)\s*(.*)$/u);
    if (!m || !line.includes('│') || m[2] === 'Timer') continue;
    const depth = Math.round([...m[1]].length / 3);
    stack.length = depth;
    stack[depth] = m[2];
    const cols = m[3].split('│').map((c) => c.trim());
    const median = cols[2] && cols[2].match(/^([\d.]+)\s*(ns|µs|us|ms|s)$/u);
    // Benchmarks live in the module `native` (see benches/composer.rs).
    const path = stack.slice(1).filter((part, i) => !(i === 0 && part === 'native'));
    if (median) out[path.join('/')] = Number(median[1]) * UNIT[median[2]];
  }
  return out;
}

// ---------------------------------------------------------------- main

async function main() {
  await mkdir(OUT, { recursive: true });
  for (const [what, dir] of [['the widget', DIST], ['the baseline', BASELINE], ['the SurveyJS form', SURVEYJS]]) {
    if (!existsSync(dir)) throw new Error(`${dir} is missing: build ${what} first (bash scripts/bench)`);
  }
  const report = {
    generated: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
    settings: { cold_runs: RUNS, keystrokes: KEYS, export_reps: EXPORT_REPS, throttled: { ...FAST_3G, cpu_slowdown: CPU_SLOWDOWN } },
  };

  // The demo page's own files and its educator samples are not the widget's.
  const widgetSize = await shipped(DIST, ['index.html', 'demo.js', 'styles/demo.css'], ['samples/']);
  const baselineSize = await shipped(BASELINE, ['index.html', 'main.js']);
  const surveyjsSize = await shipped(SURVEYJS, ['index.html', 'main.js'], [], ALL_AT_ONCE);
  const ratio = (a, b) => Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, +(a[k] / b[k]).toFixed(2)]));
  report.sizes = {
    widget: widgetSize,
    baseline: baselineSize,
    surveyjs: surveyjsSize,
    ratio: ratio(widgetSize.total, baselineSize.total),
    // What each loads before its first step / first page is usable.
    critical_path_ratio_surveyjs: ratio(widgetSize.critical_path, surveyjsSize.critical_path),
  };

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  report.machine.chromium = browser.version();
  try {
    const servers = [];
    const sites = {};
    for (const [who, dir] of [['widget', DIST], ['baseline', BASELINE], ['surveyjs', SURVEYJS]]) {
      const plain = await serve(dir, 0);
      const compressed = await serveCompressed(dir);
      servers.push(plain, compressed.server);
      sites[who] = {
        plain: `http://127.0.0.1:${plain.address().port}/`,
        compressed: `http://127.0.0.1:${compressed.server.address().port}/`,
        served: compressed.served,
      };
    }
    try {
      report.startup = await startup(browser, sites);
    } finally {
      for (const s of servers) s.close();
    }
    report.startup.compressed_encodings_served = Object.fromEntries(
      Object.entries(sites).map(([who, site]) => [who, site.served]));
    // Widget / peer, median against median, per setting; the issue's targets.
    const ratioTo = (peer) => Object.fromEntries(STARTUP_MODES.map(([k]) => [
      k, +(report.startup.widget[k].median / report.startup[peer][k].median).toFixed(2)]));
    report.startup.ratio_median = ratioTo('baseline');
    report.startup.ratio_median_surveyjs = ratioTo('surveyjs');
    report.startup.ratio_targets = { baseline: PEERS.baseline.ratioTarget, surveyjs: PEERS.surveyjs.ratioTarget };
    await withServer(DIST, async (url) => {
      const edit = await editLatency(browser, url);
      const { page, context, ...figures } = edit;
      report.edit = figures;
      report.memory = await memory(page, context);
      await context.close();
      // How the cost grows with the plan: a render cost per goal shows here.
      report.edit_scaling = { 50: figures.keystroke_to_rendered_ms.median };
      for (const goals of [10, 200]) {
        const run = await editLatency(browser, url, goals, Math.min(KEYS, 62));
        await run.context.close();
        report.edit_scaling[goals] = run.keystroke_to_rendered_ms.median;
      }
      report.exports = { browser: await exportTimes(browser, url) };
    });
  } finally {
    await browser.close();
  }
  report.exports.native_ms = await native();

  // Targets.
  const e = report.exports.browser;
  const four = ['json', 'fhir', 'print_html', 'text'];
  const nativeOf = {
    json: 'json_export/200', fhir: 'fhir_json_export/200', print_html: 'printable_html_export/200', text: 'plain_text_export/200',
  };
  const exportSum = (pick) => {
    const parts = four.map(pick);
    return parts.every((x) => x != null) ? parts.reduce((a, b) => a + b, 0) : null;
  };
  const browserTotal = exportSum((k) => e[k]?.median ?? null);
  const browserSum = browserTotal == null ? null : +browserTotal.toFixed(3);
  const nativeTotal = report.exports.native_ms ? exportSum((k) => report.exports.native_ms[nativeOf[k]] ?? null) : null;
  const nativeSum = nativeTotal == null ? null : +nativeTotal.toFixed(3);
  const memTotal = report.memory.wasm_memory_bytes == null ? null
    : report.memory.wasm_memory_bytes + report.memory.js_heap_used_bytes;
  // Every keystroke re-renders the goal's SMART feedback, changed or not:
  // the render is done when the feedback on screen is current.
  const keystroke = report.edit.keystroke_to_rendered_ms.median;
  report.targets = [
    { figure: 'critical path (before the first step is usable), gzip (KB)', value: +kb(widgetSize.critical_path.gzip), target: 150, unit: 'KB' },
    { figure: 'whole session (first step + on-demand part), gzip (KB)', value: +kb(widgetSize.critical_path.gzip + widgetSize.on_demand.gzip), target: 450, unit: 'KB' },
    { figure: 'first render -> on-demand part loaded, median unthrottled (ms)', value: report.startup.widget.unthrottled.first_render_to_loaded_ms, target: null },
    { figure: 'first step interactive, median unthrottled (ms)', value: report.startup.widget.unthrottled.median, target: TARGETS.interactiveMs },
    ...[['surveyjs', report.startup.ratio_median_surveyjs], ['baseline', report.startup.ratio_median]].flatMap(([peer, ratios]) =>
      STARTUP_MODES.map(([k]) => ({
        figure: `start-up widget / ${PEERS[peer].name}, ${k} (x)`, value: ratios[k], target: PEERS[peer].ratioTarget,
      }))),
    {
      figure: report.edit.smart_element ? 'keystroke -> SMART feedback rendered, median, 50 goals (ms)'
        : 'keystroke -> render done (no SMART element yet), median, 50 goals (ms)',
      value: keystroke, target: TARGETS.keystrokeMs,
    },
    {
      figure: 'four exports of a 200-goal plan, browser (ms)', value: browserSum, target: TARGETS.exportsMs,
      note: browserSum == null ? `host API has: ${four.filter((k) => e[k]).join(', ') || 'none'}` : undefined,
    },
    {
      figure: 'four exports of a 200-goal plan, native (ms)', value: nativeSum, target: TARGETS.exportsMs,
      note: nativeSum == null ? 'not every export has a native benchmark yet' : undefined,
    },
    { figure: 'memory after 50 goals: wasm + JS heap (MB)', value: memTotal == null ? null : +(memTotal / 1048576).toFixed(2), target: 10 },
  ].map((t) => ({ ...t, verdict: t.target == null ? 'figure' : verdict(t.value, t.target) }));

  await writeFile(join(OUT, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  print(report);
}

function print(r) {
  const line = (...cols) => console.log(cols.join(''));
  const pad = (s, n) => String(s).padEnd(n);
  const num = (s, n) => String(s).padStart(n);
  console.log('\nShipped bytes');
  line(pad('', 10), pad('file', 30), num('raw', 10), num('gzip -9', 10), num('brotli', 10));
  for (const [who, s] of [['widget', r.sizes.widget], ['baseline', r.sizes.baseline], ['surveyjs', r.sizes.surveyjs]]) {
    for (const f of s.files) line(pad(who, 10), pad(f.file, 30), num(f.raw, 10), num(f.gzip, 10), num(f.brotli, 10));
    line(pad(who, 10), pad('total', 30), num(s.total.raw, 10), num(s.total.gzip, 10), num(s.total.brotli, 10));
  }
  line(pad('ratio', 10), pad('widget / baseline', 30), num(r.sizes.ratio.raw, 10), num(r.sizes.ratio.gzip, 10), num(r.sizes.ratio.brotli, 10));
  for (const [name, t] of [['critical path', r.sizes.widget.critical_path], ['on demand', r.sizes.widget.on_demand]]) {
    line(pad('widget', 10), pad(name, 30), num(t.raw, 10), num(t.gzip, 10), num(t.brotli, 10));
  }
  const sj = r.sizes.surveyjs.critical_path;
  line(pad('surveyjs', 10), pad('before first page usable', 30), num(sj.raw, 10), num(sj.gzip, 10), num(sj.brotli, 10));
  const cr = r.sizes.critical_path_ratio_surveyjs;
  line(pad('ratio', 10), pad('widget / SurveyJS, that part', 30), num(cr.raw, 10), num(cr.gzip, 10), num(cr.brotli, 10));

  console.log(`\nStart-up to first step interactive (SurveyJS: first page usable) (ms, ${r.settings.cold_runs} cold runs each)`);
  line(pad('', 10), pad('network / CPU', 26), num('median', 9), num('min', 9), num('p25', 9), num('p75', 9), num('max', 9), num('mount+render', 14));
  for (const who of ['widget', 'baseline', 'surveyjs']) {
    for (const [k] of STARTUP_MODES) {
      const s = r.startup[who][k];
      line(pad(who, 10), pad(k, 26), num(ms(s.median), 9), num(ms(s.min), 9), num(ms(s.p25), 9), num(ms(s.p75), 9), num(ms(s.max), 9), num(ms(s.mount_and_first_render_ms), 14));
    }
  }
  console.log('\nStart-up ratio, widget / peer (medians)');
  line(pad('', 26), ...STARTUP_MODES.map(([k]) => num(k, 26)), num('target', 10));
  for (const [peer, ratios] of [['baseline', r.startup.ratio_median], ['surveyjs', r.startup.ratio_median_surveyjs]]) {
    const target = r.startup.ratio_targets[peer];
    line(pad(`widget / ${PEERS[peer].name}`, 26),
      ...STARTUP_MODES.map(([k]) => num(`${ratios[k]} ${verdict(ratios[k], target)}`, 26)), num(`<= ${target}`, 10));
  }
  console.log('');
  for (const [k] of STARTUP_MODES) {
    const w = r.startup.widget[k];
    console.log(`widget ${k}: first render -> on-demand part loaded ${ms(w.first_render_to_loaded_ms)} ms; fetched before the first step was usable ${w.fetched.critical_path_bytes} B, in all ${w.fetched.whole_session_bytes} B`);
  }
  for (const [k] of STARTUP_MODES) {
    const f = r.startup.surveyjs[k].fetched;
    console.log(`surveyjs ${k}: fetched before the first page was usable ${f.critical_path_bytes} B, in all ${f.whole_session_bytes} B`);
  }
  console.log(`compressed server sent: ${Object.entries(r.startup.compressed_encodings_served).map(([who, n]) => `${who} ${JSON.stringify(n)}`).join(', ')}`);

  const ed = r.edit;
  console.log(`\nEdit latency (${ed.keystrokes} keystrokes into goal ${ed.goal_id} of ${ed.goals}; ms)`);
  const row = (name, s) => s && line(pad(name, 34), ' median ', num(ms(s.median), 8), '  p95 ', num(ms(s.p95), 8), '  max ', num(ms(s.max), 8), '  n=', s.runs);
  row('keystroke -> render done', ed.keystroke_to_rendered_ms);
  row('  keystroke -> input event', ed.keystroke_to_input_event_ms);
  row('  input event -> render done', ed.input_event_to_rendered_ms);
  row('keystroke -> goal DOM changed', ed.keystroke_to_goal_dom_change_ms);
  if (ed.keystroke_to_smart_change_ms) row('keystroke -> SMART report changed', ed.keystroke_to_smart_change_ms);
  else console.log('  (no .pc-smart element in the goal yet: SMART feedback not measured)');
  console.log(`  render done, median by plan size: ${Object.entries(r.edit_scaling).map(([g, v]) => `${g} goals ${ms(v)}`).join(', ')}`);

  console.log('\nExports of a 200-goal plan (ms)');
  const ex = r.exports.browser;
  line(pad('import (openPlanJson), browser', 34), ' median ', num(ms(ex.import_ms.median), 8), '  p95 ', num(ms(ex.import_ms.p95), 8));
  for (const k of ['json', 'fhir', 'print_html', 'text']) {
    if (ex[k]) line(pad(`${k} (${ex[k].method}), browser`, 34), ' median ', num(ms(ex[k].median), 8), '  p95 ', num(ms(ex[k].p95), 8));
    else line(pad(`${k}, browser`, 34), ' not in the host API yet');
  }
  if (r.exports.native_ms) {
    for (const [k, v] of Object.entries(r.exports.native_ms)) line(pad(`native ${k}`, 34), ' median ', num(ms(v), 8));
  }

  const m = r.memory;
  console.log('\nMemory after composing the 50-goal plan');
  console.log(`  wasm memory ${m.wasm_memory_bytes == null ? 'n/a' : kb(m.wasm_memory_bytes) + ' KB'}, JS heap used ${kb(m.js_heap_used_bytes)} KB (total ${kb(m.js_heap_total_bytes)} KB)`);

  console.log('\nTargets');
  for (const t of r.targets) {
    line(pad(t.figure, 62), num(t.value ?? 'n/a', 10), '  target <= ', num(t.target ?? '-', 5), '  ', t.verdict, t.note ? `  (${t.note})` : '');
  }
  console.log(`\nWritten: ${relative(ROOT, join(OUT, 'report.json'))}\n`);
}

await main();
