// <plan-composer>: the widget as a custom element. It renders in an open
// shadow root with its own stylesheet inside it, so the host page's rules do
// not reach in and the widget's rules do not leak out. Everything it loads
// comes from the directory this module was served from.
//
//   <script type="module" src="plan-composer.js"></script>
//   <plan-composer lang="en" clinic-name="Example Clinic"></plan-composer>
const STYLESHEET = new URL('./styles/widget.css', import.meta.url).href;
const MODULE = new URL('./pkg/plan_composer_bg.wasm.gz', import.meta.url).href;

/** Attributes for the simple options, and the option each one sets. */
const ATTRIBUTES = {
  lang: 'lang',
  'clinic-name': 'clinicName',
  'idle-reset-seconds': 'idleResetSeconds',
  drafts: 'drafts',
  'draft-key': 'draftKey',
};

/** Events the widget fires; they are composed and bubble, so they reach the
 * element and the document. */
export const EVENTS = ['plan-composer-change', 'plan-composer-export', 'plan-composer-error'];

// The widget's code, fetched as soon as this file runs, its JS and its
// WebAssembly side by side: a static import would fetch the WebAssembly
// only once the JS and the files it imports were in, a round trip later.
const glue = import('./pkg/plan_composer.js');
const module = fetch(MODULE);
// Reported by the element that waits for them, not as unhandled here.
glue.catch(() => {});
module.catch(() => {});

let started;
/** Starts the module once for every element on the page: its `mount`. */
function start() {
  started ??= glue.then(async ({ default: init, mount }) => {
    await init({ module_or_path: module });
    return mount;
  });
  return started;
}

/** Reads an attribute's text as the option's value. */
function attributeValue(name, text) {
  if (name !== 'idle-reset-seconds') return text;
  const trimmed = text.trim();
  const number = trimmed === '' ? NaN : Number(trimmed);
  // A value that is not a number goes through as it was written, so the
  // widget's error quotes it.
  return Number.isNaN(number) ? text : number;
}

export class PlanComposerElement extends HTMLElement {
  static observedAttributes = Object.keys(ATTRIBUTES);

  #handle = null;
  #options;
  #mounting = null;
  #ready;
  #resolveReady;
  #rejectReady;

  constructor() {
    super();
    this.#ready = new Promise((resolve, reject) => {
      this.#resolveReady = resolve;
      this.#rejectReady = reject;
    });
    // A set-up mistake is reported as an error event and on the console;
    // `ready` rejects with it for a host that waits.
    this.#ready.catch(() => {});
  }

  /** Resolves once the widget is on screen; rejects with the Error that
   * stopped it (an unknown option, a bad value...). */
  get ready() { return this.#ready; }

  /** Options beyond the attributes (crisisLines, catalogJson, identity...).
   * Read when the element is connected; set it before then. */
  get options() { return this.#options; }
  set options(value) {
    if (this.#handle || this.#mounting) {
      throw new Error('plan-composer: options are read when the element is added to the page; set them before that');
    }
    this.#options = value;
  }

  connectedCallback() {
    if (this.#handle || this.#mounting) return; // moved within the page: keep the plan
    this.#mounting = this.#mount().catch((error) => this.#fail(error));
  }

  disconnectedCallback() {
    // Moving the element fires disconnect then connect at once: only an
    // element that stays out of the page loses its widget.
    queueMicrotask(() => {
      if (!this.isConnected && this.#handle) {
        this.#handle.destroy();
        this.#handle = null;
        this.#mounting = null;
        this.shadowRoot?.replaceChildren();
      }
    });
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#handle || before === after) return;
    if (name === 'lang') {
      this.#handle.setLang(after || 'en');
    } else {
      this.#report(new Error(`plan-composer: the ${name} attribute is read once, when the widget starts; it cannot change afterwards`));
    }
  }

  /** The options from the child JSON script, the `options` property and
   * the attributes (an attribute wins). */
  #collectOptions() {
    const options = {};
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      let parsed;
      try {
        parsed = JSON.parse(script.textContent);
      } catch (error) {
        throw new Error(`plan-composer: the options in <script type="application/json"> are not JSON: ${error.message}`);
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new Error('plan-composer: the options in <script type="application/json"> must be one JSON object');
      }
      Object.assign(options, parsed);
    }
    if (this.#options !== undefined) {
      if (this.#options === null || typeof this.#options !== 'object' || Array.isArray(this.#options)) {
        throw new Error('plan-composer: the options property must be an object');
      }
      Object.assign(options, this.#options);
    }
    for (const [attribute, option] of Object.entries(ATTRIBUTES)) {
      if (this.hasAttribute(attribute)) options[option] = attributeValue(attribute, this.getAttribute(attribute));
    }
    return options;
  }

  async #mount() {
    const options = this.#collectOptions();
    // Educator mode: a synthetic case from this site, opened to read.
    if (this.hasAttribute('educator-case')) options.educatorCase = await caseText(this.getAttribute('educator-case'));
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLESHEET;
    const loaded = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', () => reject(new Error(`plan-composer: the stylesheet ${STYLESHEET} did not load`)), { once: true });
    });
    const root = document.createElement('div');
    root.className = 'pc-shadow';
    shadow.replaceChildren(link, root);
    // The reader's own default text size (the browser's setting), which the
    // host page's rules cannot change: the widget's sizes are based on it
    // unless the host sets --pc-font-size.
    this.style.setProperty('--pc-medium', readerFontSize(shadow));
    const [, mount] = await Promise.all([loaded, start()]);
    if (!this.isConnected) { this.#mounting = null; return; }
    const handle = mount(root, options);
    // The first step is on screen now; the rest of the widget follows.
    // Calls are taken once all of it is here, so each is answered at once.
    try {
      await handle.ready;
    } catch (error) {
      handle.destroy();
      throw error;
    }
    if (!this.isConnected) { handle.destroy(); this.#mounting = null; return; }
    this.#handle = handle;
    this.#resolveReady(this);
  }

  #fail(error) {
    this.#mounting = null;
    this.#rejectReady(error);
    this.#report(error);
    // The host page's developer sees the reason where the widget would be.
    if (this.shadowRoot && !this.#handle) {
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.textContent = String(error.message || error);
      this.shadowRoot.replaceChildren(message);
    }
  }

  #report(error) {
    console.error(error);
    this.dispatchEvent(new CustomEvent('plan-composer-setup-error', {
      bubbles: true, composed: true, detail: { message: String(error.message || error) },
    }));
  }

  #mounted() {
    if (!this.#handle) throw new Error('plan-composer: the widget is not on screen yet (await element.ready first)');
    return this.#handle;
  }

  /** The current plan as JSON text. */
  planJson() { return this.#mounted().planJson(); }
  /** Replaces the plan; throws an array of messages and keeps the plan if
   * the text is not a sound plan. */
  openPlanJson(text) { return this.#mounted().openPlanJson(text); }
  /** The plan as a FHIR R4 Bundle (JSON text). */
  fhirJson(bundle) { return this.#mounted().fhirJson(bundle); }
  /** The printable plan: one complete HTML document; with summaryOnly,
   * only the person's one-page summary. */
  printableHtml(largePrint, summaryOnly) { return this.#mounted().printableHtml(largePrint, summaryOnly); }
  /** Opens a synthetic case to read step by step (educator mode); throws
   * an array of messages and keeps the plan if it is not one. */
  openCase(text) { return this.#mounted().openCase(text); }
  /** The plan as Markdown for a record system's note. */
  plainText() { return this.#mounted().plainText(); }
  /** The SMART coach's report on a goal (JSON in, JSON out). */
  coachGoal(goalJson) { return this.#mounted().coachGoal(goalJson); }
  /** Removes the saved draft from storage (the plan on screen stays). */
  clearDraft() { return this.#mounted().clearDraft(); }
}

/** The text of the case file at `src`, which must be on this page's own
 * site: the widget never loads anything from elsewhere. */
async function caseText(src) {
  const url = new URL(src, document.baseURI);
  if (url.origin !== location.origin) {
    throw new Error(`plan-composer: educator-case must be a file of this site, not ${url.origin}`);
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`plan-composer: the educator-case file ${url.pathname} did not load (${response.status})`);
  return response.text();
}

/** The browser's default font size, as CSS pixels ("16px"). */
function readerFontSize(shadow) {
  const probe = document.createElement('span');
  probe.style.setProperty('font-size', 'medium', 'important');
  probe.style.setProperty('font-family', 'initial', 'important');
  probe.style.setProperty('position', 'absolute');
  shadow.append(probe);
  const size = getComputedStyle(probe).fontSize;
  probe.remove();
  return /^\d+(\.\d+)?px$/.test(size) ? size : '16px';
}

if (!customElements.get('plan-composer')) {
  customElements.define('plan-composer', PlanComposerElement);
}
