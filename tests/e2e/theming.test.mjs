// Theming and isolation: the widget in the element looks the same on a
// hostile host page (a reset, global button and input rules, `* { font-size:
// 30px !important }`) as on a plain one, pixel for pixel within a small
// tolerance; the host's theme tokens reach in; the focus ring keeps 3:1
// contrast; forced colours and reduced motion are respected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ARTIFACTS } from './browser.mjs';

const READY = 'plan-composer[data-ready="true"] .pc-root';
const WIDTH = 1000;

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

/** The widget's screenshot (PNG bytes) on the page at `path`. */
async function shot(path, prepare = async () => {}) {
  const page = await env.open(path, async (p) => p.setViewportSize({ width: 1100, height: 900 }), { ready: READY });
  await page.evaluate((width) => {
    const el = document.querySelector('plan-composer');
    // The host decides the element's box and where it sits; only the inside
    // is compared, at the same whole-pixel place on both pages (a fraction
    // of a pixel lower would change the anti-aliasing of every edge), on
    // the same background (showing at the rounded corners).
    for (const [name, value] of [['width', `${width}px`], ['margin', '0'], ['position', 'absolute'],
      ['left', '0'], ['top', '0'], ['z-index', '10'], ['background', 'white']]) {
      el.style.setProperty(name, value, 'important');
    }
  }, WIDTH);
  await prepare(page);
  const png = await page.locator('plan-composer .pc-root').screenshot({ animations: 'disabled', caret: 'hide' });
  await page.close();
  return png;
}

/** Compares two PNGs in a browser canvas: the share of pixels whose colour
 * differs by more than `tolerance` in any channel, or Infinity if the sizes
 * differ. */
async function difference(a, b, tolerance = 24) {
  const page = await env.newPage();
  const result = await page.evaluate(async ([a, b, tolerance]) => {
    const load = async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height);
    };
    const [x, y] = [await load(a), await load(b)];
    if (x.width !== y.width || x.height !== y.height) {
      return { share: Infinity, sizes: [[x.width, x.height], [y.width, y.height]] };
    }
    let differing = 0;
    for (let i = 0; i < x.data.length; i += 4) {
      for (let c = 0; c < 3; c += 1) {
        if (Math.abs(x.data[i + c] - y.data[i + c]) > tolerance) { differing += 1; break; }
      }
    }
    return { share: differing / (x.width * x.height), sizes: [[x.width, x.height]] };
  }, [a.toString('base64'), b.toString('base64'), tolerance]);
  await page.close();
  return result;
}

test('the widget looks as designed on a hostile host page', async () => {
  const neutral = await shot('/demo/element.html');
  const hostile = await shot('/demo/hostile.html');
  await writeFile(join(ARTIFACTS, 'element-neutral.png'), neutral);
  await writeFile(join(ARTIFACTS, 'element-hostile.png'), hostile);
  const same = await difference(neutral, hostile);
  assert.ok(same.share < 0.002, `hostile and neutral host differ in ${(same.share * 100).toFixed(3)}% of pixels (${JSON.stringify(same.sizes)})`);

  // The comparison sees a real difference: a host's accent colour.
  const themed = await shot('/demo/element.html', (page) => page.evaluate(() => {
    document.querySelector('plan-composer').style.setProperty('--pc-accent', '#0b5c44');
  }));
  await writeFile(join(ARTIFACTS, 'element-themed.png'), themed);
  const changed = await difference(neutral, themed);
  assert.ok(changed.share > 0.002, `a new accent colour changes the picture (${(changed.share * 100).toFixed(3)}%)`);
  assert.deepEqual(env.offDevice, [], 'no request left the device');
});

test('theme tokens set on the element reach inside; host rules do not', async () => {
  const page = await env.open('/demo/hostile.html', async () => {}, { ready: READY });
  const styles = await page.evaluate(() => {
    const el = document.querySelector('plan-composer');
    el.style.setProperty('--pc-accent', 'rgb(11, 92, 68)');
    el.style.setProperty('--pc-font-size', '20px');
    el.style.setProperty('--pc-radius', '2px');
    const root = el.shadowRoot.querySelector('.pc-root');
    const button = el.shadowRoot.querySelector('.pc-step-button[aria-current="step"]');
    const input = el.shadowRoot.querySelector('.pc-input');
    return {
      accent: getComputedStyle(button).backgroundColor,
      size: getComputedStyle(root).fontSize,
      radius: getComputedStyle(root).borderTopLeftRadius,
      transform: getComputedStyle(root).textTransform,
      inputBackground: getComputedStyle(input).backgroundColor,
      inputPadding: getComputedStyle(input).paddingTop,
    };
  });
  assert.equal(styles.accent, 'rgb(11, 92, 68)', '--pc-accent');
  assert.equal(styles.size, '20px', '--pc-font-size');
  assert.equal(styles.radius, '2px', '--pc-radius');
  assert.equal(styles.transform, 'none', 'the host page\'s text-transform does not reach in');
  assert.equal(styles.inputBackground, 'rgb(255, 255, 255)', 'nor its input rules');
  assert.equal(styles.inputPadding, '10px', 'sizes follow --pc-font-size (0.5 of 20px)');
});

/** WCAG contrast ratio of two `rgb(...)` colours. */
function contrast(a, b) {
  const lum = (rgb) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('the focus ring has 3:1 contrast against what is behind it', async () => {
  const page = await env.open('/demo/element.html', async () => {}, { ready: READY });
  const seen = [];
  // Tab through the first controls; the ring lies outside each, on the
  // background of the nearest ancestor that paints one.
  await page.locator('plan-composer .pc-toolbar select').focus();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const shadow = document.querySelector('plan-composer').shadowRoot;
      const focused = shadow.activeElement;
      if (!focused) return null;
      const style = getComputedStyle(focused);
      let behind = focused.parentElement;
      let background = 'rgba(0, 0, 0, 0)';
      while (behind) {
        background = getComputedStyle(behind).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(background) && background !== 'transparent') break;
        behind = behind.parentElement;
      }
      return { what: focused.outerHTML.slice(0, 60), style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor, background };
    });
    if (ring) seen.push(ring);
  }
  assert.ok(seen.length >= 8, 'Tab reaches the controls');
  for (const ring of seen) {
    assert.equal(ring.style, 'solid', `${ring.what}: a ring`);
    assert.ok(parseFloat(ring.width) >= 2, `${ring.what}: at least 2px`);
    const ratio = contrast(ring.color, ring.background);
    assert.ok(ratio >= 3, `${ring.what}: ring ${ring.color} on ${ring.background} is ${ratio.toFixed(2)}:1`);
  }
});

test('forced colours and reduced motion are respected', async () => {
  const page = await env.open('/demo/element.html', async (p) => {
    await p.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  }, { ready: READY });
  const seen = await page.evaluate(() => {
    const shadow = document.querySelector('plan-composer').shadowRoot;
    const current = shadow.querySelector('.pc-step-button[aria-current="step"]');
    return {
      forced: matchMedia('(forced-colors: active)').matches,
      currentBorder: getComputedStyle(current).borderTopWidth,
    };
  });
  assert.ok(seen.forced, 'forced colours are on');
  assert.equal(seen.currentBorder, '3px', 'the current step keeps a mark that is not colour alone');
  await page.locator('plan-composer .pc-toolbar select').focus();
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const a = document.querySelector('plan-composer').shadowRoot.activeElement;
    return { style: getComputedStyle(a).outlineStyle, width: getComputedStyle(a).outlineWidth };
  });
  assert.equal(ring.style, 'solid', 'the focus ring stays in forced colours');
  const motion = await page.evaluate(() => {
    const shadow = document.querySelector('plan-composer').shadowRoot;
    return [...shadow.querySelectorAll('.pc-root *')].filter((e) => {
      const s = getComputedStyle(e);
      return parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none';
    }).length;
  });
  assert.equal(motion, 0, 'nothing moves with reduced motion');
});
