// The iframe demo's host code: what a clinic's page would write. The widget
// page is told this page's origin, and answers only to it; this page
// listens only to the widget's origin.
const frame = document.getElementById('composer');
const widget = new URL('../embed.html', location.href);
widget.searchParams.set('parent-origin', location.origin);
widget.searchParams.set('clinic-name', 'Demo clinic (synthetic)');
frame.src = widget.href;

const status = document.getElementById('demo-status');
let nextId = 1;
const waiting = new Map();
/** Sends a command to the widget; resolves with its answer. */
function command(name, fields = {}) {
  const id = nextId++;
  frame.contentWindow.postMessage({ target: 'plan-composer', id, command: name, ...fields }, widget.origin);
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
}
window.addEventListener('message', (event) => {
  if (event.origin !== widget.origin || event.source !== frame.contentWindow) return;
  const m = event.data;
  if (!m || m.source !== 'plan-composer') return;
  if (m.type === 'ready') status.textContent = 'The widget is ready';
  if (m.type === 'change') status.textContent = `Changed: the plan has ${JSON.parse(m.plan).goals.length} goal(s)`;
  if (m.type === 'export') status.textContent = `Exported as ${m.kind}`;
  if (m.type === 'reply' && waiting.has(m.id)) {
    const { resolve, reject } = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.ok) resolve(m.value); else reject(new Error(m.error));
  }
});
document.getElementById('demo-read').addEventListener('click', async () => {
  const plan = JSON.parse(await command('plan'));
  status.textContent = `Read from the iframe: "${plan.title || 'untitled'}", ${plan.goals.length} goal(s)`;
});
window.planComposerCommand = command;
