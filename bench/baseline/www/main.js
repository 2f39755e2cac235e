// Mounts the baseline and marks it interactive the same way demo.js does.
import init, { mount } from './pkg/yew_baseline.js';

await init();
// Module fetched, compiled and started: the rest is mount and first render.
performance.mark('plan-composer-init');
const root = document.getElementById('app');
mount(root);
function ready() {
  root.dataset.ready = 'true';
  performance.mark('plan-composer-interactive');
}
if (root.querySelector('button')) {
  ready();
} else {
  const seen = new MutationObserver(() => {
    if (root.querySelector('button')) { seen.disconnect(); ready(); }
  });
  seen.observe(root, { childList: true, subtree: true });
}
