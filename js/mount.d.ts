// Types of the widget's module (pkg/plan_composer.js): init, mount and the
// mount handle. Hand-written (the build passes --no-typescript), checked by
// `tsc --noEmit` on tests/types/host.ts in scripts/test.

/** A crisis line a new plan starts with. */
export interface CrisisLine {
  name: string;
  number: string;
}

/** An identifier and the system that issues it. */
export interface IdentifierOption {
  /** An absolute URI (https://… or urn:…) naming the numbering; optional. */
  system?: string;
  value: string;
}

/** Who the plan is for and who writes it, as the host page knows them.
 * Printed on every page, sent in FHIR, prefilling the clinician's
 * signature; never stored (not in the plan's JSON nor a draft). */
export interface IdentityOption {
  /** The person's number in the record system; its system lets a FHIR
   * server match the Patient (US Core needs one). */
  recordNumber?: IdentifierOption;
  /** The legal name as printed; made from the parts below when absent. */
  legalName?: string;
  /** The legal name in parts (FHIR HumanName.family and given). */
  familyName?: string;
  givenName?: string;
  /** FHIR administrative gender, as the record system holds it. */
  gender?: 'male' | 'female' | 'other' | 'unknown';
  /** YYYY-MM-DD */
  birthDate?: string;
  /** The clinician; identifier e.g. an NPI (system http://hl7.org/fhir/sid/us-npi). */
  clinician?: { name?: string; credentials?: string; identifier?: IdentifierOption };
  organization?: { name?: string; identifier?: IdentifierOption };
  /** The URI under which your FHIR server numbers this widget's plans,
   * goals and needs (Identifier.system); default: their own urn:uuid. */
  planIdentifierSystem?: string;
}

/** Options of `mount()` and of the `<plan-composer>` element. Every one is
 * optional; an unknown option or a mistaken value throws an Error naming it. */
export interface PlanComposerOptions {
  /** A language tag ("en", "es", "es-MX"); a language the widget lacks falls back to English. */
  lang?: string;
  /** Printed at the top of the plan. */
  clinicName?: string;
  /** The lines a new plan starts with (default: the US 988 line). */
  crisisLines?: CrisisLine[];
  /** A clinic's own catalog, the text of a file shaped like catalog/components.json. */
  catalogJson?: string;
  /** Kiosks: whole seconds from 10 to 86400 of quiet before the plan is cleared. */
  idleResetSeconds?: number;
  /** Keep a draft in this browser: "local" or "session". Never with idleResetSeconds. */
  drafts?: 'local' | 'session';
  /** Educator mode: the text of a synthetic case file (marked "synthetic"),
   * opened read-only to walk through step by step; drafts are off with it. */
  educatorCase?: string;
  /** A training program's own "why this matters" notes: the text of a file
   * shaped like catalog/educator.json (schemas/educator.schema.json). */
  educatorNotesJson?: string;
  /** A clinic's own standard instruments (scored questionnaires): the text of
   * a file shaped like catalog/instruments.json (schemas/instruments.schema.json),
   * in place of the widget's. */
  instrumentsJson?: string;
  /** The draft's storage key (default "plan-composer-draft"). */
  draftKey?: string;
  /** The person's record number, legal name and birth date, the signed-in
   * clinician, the organization. */
  identity?: IdentityOption;
}

/** The kinds of export a person can take away. */
export type ExportKind = 'html' | 'json' | 'fhir' | 'text';

/** `detail` of the `plan-composer-export` event. */
export interface ExportDetail {
  kind: ExportKind;
  text: string;
}

/** A mounted widget. The first step is on screen when `mount` returns; the
 * rest of the widget (the other steps, reading plan files, the exports, the
 * coach) arrives in the browser's idle time right after. */
export class PlanComposer {
  private constructor();
  /** Settles once the whole widget is here: then every call below is
   * answered at once. Before it, the calls that need the rest (planJson,
   * openPlanJson, fhirJson, printableHtml, plainText, coachGoal) throw an
   * Error saying so, and no change event fires (one follows if the plan
   * changed meanwhile).
   * Rejects with the problems of a `catalogJson` that cannot be read. */
  readonly ready: Promise<void>;
  /** The current plan in the widget's JSON format (throws before `ready`). */
  planJson(): string;
  /** Replaces the plan; throws a string[] (one message per problem, with its
   * JSON path) and keeps the current plan if the text is not a sound plan. */
  openPlanJson(text: string): void;
  /** Opens a synthetic case read-only (educator mode); throws a string[]
   * and keeps the plan if the text is not a sound synthetic case. */
  openCase(text: string): void;
  /** The plan as a FHIR R4 Bundle, as JSON: a "collection" (the default) to
   * keep as a file, or a "transaction" to post to a FHIR server's base, where
   * sending the same plan again updates it in place. */
  fhirJson(bundle?: 'collection' | 'transaction' | null): string;
  /** The printable plan: one complete HTML document. With `summaryOnly`,
   * only the person's one-page summary ("My plan, in plain words"), with the
   * header and the confidentiality notice the whole plan has. */
  printableHtml(largePrint?: boolean | null, summaryOnly?: boolean | null): string;
  /** The plan as compact Markdown. */
  plainText(): string;
  /** The SMART coach's report on a goal, JSON in and out. */
  coachGoal(goalJson: string): string;
  /** Removes the saved draft (the plan on screen stays). */
  clearDraft(): void;
  /** Shows the widget in another language; the plan and its history stay. */
  setLang(tag: string): void;
  /** The language shown now ("en", "es"). */
  readonly lang: string;
  /** Removes the widget from the page. */
  destroy(): void;
  /** Frees the handle's memory (after destroy). */
  free(): void;
}

/** Mounts the widget in `root` (light DOM: the page's CSS applies; use the
 * `<plan-composer>` element for isolation). Throws an Error naming the
 * problem: no element, a widget already mounted there, a bad option. */
export function mount(root: Element, options?: PlanComposerOptions | null): PlanComposer;

/** The SMART coach without a mounted widget (after `await whenLoaded()`). */
export function coachGoal(goalJson: string, lang?: string | null): string;

/** Fetches the rest of the widget (once); resolves when every function of
 * the module can be called. `mount` does this by itself. */
export function whenLoaded(): Promise<void>;

/** Fetches and starts the WebAssembly module (once, before mount). */
export default function init(moduleOrPath?: unknown): Promise<unknown>;
