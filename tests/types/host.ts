// A typed host page: what a clinic's TypeScript would write against the
// declarations shipped in dist/. `tsc -p tests/types` (scripts/test) checks
// it after the release build; a wrong name or type here fails the check.
import type { PlanComposerElement, EmbedMessage, EmbedCommand, PlanComposerOptions } from '../../dist/plan-composer.js';
import init, { mount, coachGoal, whenLoaded, type PlanComposer } from '../../dist/pkg/plan_composer.js';

// The element.
const element = document.querySelector('plan-composer');
if (element) {
  element.options = { crisisLines: [{ name: '988 Suicide & Crisis Lifeline', number: '988' }] };
  element.ready.then((el: PlanComposerElement) => {
    const plan: { goals: unknown[] } = JSON.parse(el.planJson());
    console.log(plan.goals.length, el.fhirJson().length, el.printableHtml(true).length, el.printableHtml(false, true).length, el.plainText());
    console.log(el.fhirJson('transaction').length);
    try { el.openCase('{}'); } catch (problems) { console.log(problems); }
  });
  element.addEventListener('plan-composer-export', (event) => {
    const kind: 'html' | 'json' | 'fhir' | 'text' = event.detail.kind;
    console.log(kind, event.detail.text.length);
  });
}
document.addEventListener('plan-composer-change', (event: CustomEvent<null>) => console.log(event.type));
const made: PlanComposerElement = document.createElement('plan-composer');
made.setAttribute('lang', 'es');

// The mount call.
async function mountIt(root: HTMLElement): Promise<PlanComposer> {
  await init();
  const options: PlanComposerOptions = {
    lang: 'en', clinicName: 'Example Clinic', idleResetSeconds: 60,
    identity: {
      recordNumber: { system: 'https://clinic.example/mrn', value: 'MRN-1' },
      legalName: 'Jane Q. Example', birthDate: '1990-04-01',
      clinician: { name: 'Alex Kim', credentials: 'LCSW' }, organization: { name: 'Example Clinic' },
    },
  };
  const composer = mount(root, options);
  await composer.ready;
  await whenLoaded();
  try {
    composer.openPlanJson('{}');
  } catch (problems) {
    console.warn(problems as string[]);
  }
  composer.setLang('es');
  const lang: string = composer.lang;
  console.log(lang, coachGoal('{"statement": "walk"}', 'en'));
  return composer;
}
void mountIt;

// The iframe.
function listen(frame: HTMLIFrameElement, widgetOrigin: string): void {
  window.addEventListener('message', (event: MessageEvent<EmbedMessage>) => {
    if (event.origin !== widgetOrigin) return;
    const m = event.data;
    if (m.type === 'change') console.log(JSON.parse(m.plan));
    if (m.type === 'reply' && !m.ok) console.warn(m.error, m.problems);
  });
  const command: EmbedCommand = { target: 'plan-composer', id: 1, command: 'open', json: '{}' };
  frame.contentWindow?.postMessage(command, widgetOrigin);
}
void listen;
