// Page count of every sample's printout (Letter), printed to PDF by the
// release build in headless Chromium: the figure issue 12 asks for before
// and after a change to the printout. Run: node bench/print-pages.mjs
import { readFile, readdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, asOfToday } from '../tests/e2e/browser.mjs';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const env = await start();
try {
  const page = await env.open('/');
  for (const name of (await readdir(SAMPLES)).filter((n) => n.endsWith('.json')).sort()) {
    const text = asOfToday(await readFile(join(SAMPLES, name), 'utf8'));
    const html = await page.evaluate((t) => {
      window.planComposer.openPlanJson(t);
      return window.planComposer.printableHtml();
    }, text);
    const printing = await env.newPage();
    await printing.setContent(html);
    const pdf = await printing.pdf({ preferCSSPageSize: true, printBackground: true });
    // Each page is one "/Type /Page" object (not "/Pages").
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    const goals = JSON.parse(text).goals.length;
    console.log(`${name.padEnd(36)} ${String(goals).padStart(2)} goals  ${String(pages).padStart(3)} pages`);
    await printing.close();
  }
} finally {
  await env.close();
}
