// embed.html: the widget full-page in an iframe, talking to the page that
// embeds it with postMessage only, only to the origin that page named in
// `?parent-origin=`, and ignoring messages from anywhere else.
//
// Messages out (to the parent): { source: 'plan-composer', type, ... }
//   ready                      the widget is on screen and takes commands
//   change   { plan }          after every change, the plan's JSON
//   export   { kind, text }    the person printed, downloaded or copied
//   reply    { id, ok, value } | { id, ok: false, error }   a command's answer
// Commands in: { target: 'plan-composer', id, command, ... }
//   open { json } | plan | fhir | html { largePrint, summaryOnly } | text | setLang { lang }
import init, { mount } from './pkg/plan_composer.js';

const root = document.getElementById('plan-composer');
const query = new URLSearchParams(location.search);

/** The origin named by the host, exactly as `https://host[:port]`, or null. */
function parentOrigin(given) {
  if (!given) return null;
  try {
    const url = new URL(given);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === given ? url.origin : null;
  } catch {
    return null;
  }
}

function fail(message) {
  const p = document.createElement('p');
  p.className = 'pc-embed-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  root.replaceChildren(p);
  root.dataset.mountError = 'true';
}

const origin = parentOrigin(query.get('parent-origin'));
if (window.parent === window) {
  fail('plan-composer: embed.html runs inside an iframe of the page that embeds it');
} else if (!origin) {
  fail('plan-composer: embed.html needs ?parent-origin= naming the embedding page\'s origin, such as https://clinic.example');
} else {
  await init();
  /** Options from the query: the simple ones a host names in the URL. */
  const options = {};
  for (const [param, option] of [['lang', 'lang'], ['clinic-name', 'clinicName'], ['drafts', 'drafts'], ['draft-key', 'draftKey']]) {
    if (query.has(param)) options[option] = query.get(param);
  }
  if (query.has('idle-reset-seconds')) options.idleResetSeconds = Number(query.get('idle-reset-seconds'));
  let composer;
  try {
    composer = mount(root, options);
    // The whole widget is here before the parent is told it can send
    // commands, so every command is answered at once.
    await composer.ready;
  } catch (error) {
    composer?.destroy();
    composer = null;
    fail(String(error.message || error));
    tell('error', { message: String(error.message || error) });
  }
  if (composer) connect(composer);
}

/** Sends a message to the parent, and only to the origin it named. */
function tell(type, fields = {}) {
  window.parent.postMessage({ source: 'plan-composer', type, ...fields }, origin);
}

function connect(composer) {
  const COMMANDS = {
    open: (m) => {
      if (typeof m.json !== 'string') throw new Error('open needs json: the text of a plan file');
      composer.openPlanJson(m.json);
    },
    plan: () => composer.planJson(),
    fhir: (m) => composer.fhirJson(m.bundle === undefined ? undefined : String(m.bundle)),
    html: (m) => composer.printableHtml(m.largePrint === true, m.summaryOnly === true),
    text: () => composer.plainText(),
    setLang: (m) => composer.setLang(String(m.lang ?? '')),
  };
  window.addEventListener('message', (event) => {
    // Only the page that embeds us, at the origin it named.
    if (event.origin !== origin || event.source !== window.parent) return;
    const m = event.data;
    if (!m || typeof m !== 'object' || m.target !== 'plan-composer') return;
    const run = Object.hasOwn(COMMANDS, m.command) ? COMMANDS[m.command] : null;
    if (!run) {
      tell('reply', { id: m.id, ok: false, error: `plan-composer: unknown command ${JSON.stringify(String(m.command))}` });
      return;
    }
    try {
      tell('reply', { id: m.id, ok: true, value: run(m) ?? null });
    } catch (error) {
      // openPlanJson throws an array of messages, one per problem.
      const problems = Array.isArray(error) ? error.map(String) : [String(error.message || error)];
      tell('reply', { id: m.id, ok: false, error: problems.join('\n'), problems });
    }
  });
  root.addEventListener('plan-composer-change', () => tell('change', { plan: composer.planJson() }));
  root.addEventListener('plan-composer-export', (event) => tell('export', { kind: event.detail.kind, text: event.detail.text }));
  root.addEventListener('plan-composer-error', () => tell('error', { message: 'plan-composer stopped (a bug in the widget)' }));
  tell('ready', { lang: composer.lang });
  root.dataset.ready = 'true';
}
