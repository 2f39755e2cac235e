// Types of the <plan-composer> element (plan-composer.js) and of the
// iframe page's messages (embed.html). See README "Embedding".
import type { PlanComposerOptions, ExportDetail } from './pkg/plan_composer.js';
export type { PlanComposerOptions, CrisisLine, ExportDetail, ExportKind, PlanComposer, IdentityOption, IdentifierOption } from './pkg/plan_composer.js';

/** The widget's events; all are composed and bubble (the document hears them). */
export const EVENTS: readonly ['plan-composer-change', 'plan-composer-export', 'plan-composer-error'];

/** `<plan-composer lang clinic-name idle-reset-seconds drafts draft-key>`. */
export class PlanComposerElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Resolves with the element once the widget is on screen; rejects with
   * the Error that stopped it (an unknown option, a bad value...). */
  readonly ready: Promise<PlanComposerElement>;
  /** Options beyond the attributes; set before the element is connected. */
  options: PlanComposerOptions | undefined;
  planJson(): string;
  openPlanJson(text: string): void;
  openCase(text: string): void;
  fhirJson(bundle?: 'collection' | 'transaction'): string;
  printableHtml(largePrint?: boolean, summaryOnly?: boolean): string;
  plainText(): string;
  coachGoal(goalJson: string): string;
  clearDraft(): void;
}

/** What embed.html posts to its parent (only to the origin the parent named). */
export type EmbedMessage =
  | { source: 'plan-composer'; type: 'ready'; lang: string }
  | { source: 'plan-composer'; type: 'change'; plan: string }
  | { source: 'plan-composer'; type: 'export'; kind: ExportDetail['kind']; text: string }
  | { source: 'plan-composer'; type: 'error'; message: string }
  | { source: 'plan-composer'; type: 'reply'; id: unknown; ok: true; value: string | null }
  | { source: 'plan-composer'; type: 'reply'; id: unknown; ok: false; error: string; problems?: string[] };

/** The commands embed.html takes from its parent. */
export type EmbedCommand = { target: 'plan-composer'; id?: unknown } & (
  | { command: 'open'; json: string }
  | { command: 'plan' }
  | { command: 'fhir' }
  | { command: 'html'; largePrint?: boolean; summaryOnly?: boolean }
  | { command: 'text' }
  | { command: 'setLang'; lang: string }
);

interface PlanComposerEvents {
  'plan-composer-change': CustomEvent<null>;
  'plan-composer-export': CustomEvent<ExportDetail>;
  'plan-composer-error': CustomEvent<null>;
  'plan-composer-setup-error': CustomEvent<{ message: string }>;
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-composer': PlanComposerElement;
  }
  interface HTMLElementEventMap extends PlanComposerEvents {}
  interface DocumentEventMap extends PlanComposerEvents {}
}
