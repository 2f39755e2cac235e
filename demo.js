// The demo host page: mounts the widget the way a clinic's site would.
import init, { mount } from './pkg/plan_composer.js';

await init();
// Module fetched, compiled and started: the rest is mount and first render.
performance.mark('plan-composer-init');
const root = document.getElementById('plan-composer');
// `?kiosk=90` shows the kiosk set-up: after 90 quiet seconds the widget
// warns, then clears the plan for the next person. `?drafts=local` (or
// `session`) keeps a draft of every change in this browser's storage.
const query = new URLSearchParams(location.search);
const options = { lang: query.get('lang') || navigator.language || 'en', clinicName: 'Demo clinic (synthetic)' };
if (query.has('kiosk')) options.idleResetSeconds = Number(query.get('kiosk'));
if (query.has('drafts')) options.drafts = query.get('drafts');
// Yew renders in a microtask after mount: mark the page ready (and time it
// for scripts/bench) once the first step is in the page and listening.
function ready() {
  root.dataset.ready = 'true';
  performance.mark('plan-composer-interactive');
}
function watchFirstRender() {
  if (root.querySelector('.pc-root')) { ready(); return; }
  const seen = new MutationObserver(() => {
    if (root.querySelector('.pc-root')) { seen.disconnect(); ready(); }
  });
  seen.observe(root, { childList: true, subtree: true });
}

try {
  window.planComposer = mount(root, options);
  watchFirstRender();
  // The first step is on screen; `ready` settles when the rest is here.
  await window.planComposer.ready;
  performance.mark('plan-composer-loaded');
  root.dataset.loaded = 'true';
} catch (error) {
  window.planComposer?.destroy();
  window.planComposer = undefined;
  // A host page shows a set-up mistake plainly instead of a broken page.
  const message = document.createElement('p');
  message.className = 'demo-error';
  message.setAttribute('role', 'alert');
  message.textContent = String(error.message || error);
  root.replaceChildren(message);
  root.dataset.mountError = 'true';
}

// The educator menu: the host page (not the widget) reads a sample from its
// own site and hands it to the widget.
document.getElementById('demo-sample')?.addEventListener('change', async (event) => {
  const path = event.target.value;
  if (!path) return;
  const text = await (await fetch(path)).text();
  try {
    window.planComposer.openPlanJson(text);
  } catch (problems) {
    console.warn('sample not opened', problems);
  }
  event.target.value = '';
});

