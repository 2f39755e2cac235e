// The demo host page: mounts the widget the way a clinic's site would.
import init, { mount } from './pkg/plan_composer.js';

await init();
const root = document.getElementById('plan-composer');
window.planComposer = mount(root, { lang: navigator.language || 'en' });
root.dataset.ready = 'true';
