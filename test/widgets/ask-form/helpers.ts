/** Helpers of the ask-form browser tests: a form wired to the real endpoint behind a fault layer. */
import { fixture, html } from '@open-wc/testing';
import '../../../src/widgets/ask-form/define.js';
import type { GovAskForm } from '../../../src/widgets/ask-form/ask-form.js';
import { fixtureUrl } from '../../helpers.js';

export type Scenario = 'ok' | '500-once' | '429-once' | '429' | 'hang' | 'hang-once' | 'lost-once' | 'reset-once';

export interface Recorded {
  method: string;
  url: string;
  headers: { 'content-type'?: string; 'idempotency-key'?: string; accept?: string };
  body?: Record<string, unknown>;
}

export interface StoredLine {
  service_request_id: string;
  query_code: string;
  idempotency_key: string;
  question: Record<string, unknown>;
}

/** A scope no other test uses: it names the test's requests and stored questions. */
export const newScope = (label: string): string => `${label}-${Math.random().toString(36).slice(2, 10)}`;

let base: Record<string, unknown> | undefined;

/** A discovery document with the ask-form fixture's questions inline, sending to `/qa/<scenario>/<scope>/…`. */
export async function askDocument(scenario: Scenario, scope: string, change: (q: Record<string, unknown>) => void = () => {}): Promise<unknown> {
  base ??= (await (await fetch(fixtureUrl('ask-form/questions.json'))).json()) as Record<string, unknown>;
  const site = (await (await fetch(fixtureUrl('ask-form/disclosure.json'))).json()) as Record<string, unknown>;
  const questions = structuredClone(base);
  questions.endpoints = { submit: `/qa/${scenario}/${scope}/api/questions`, lookup: `/qa/${scenario}/${scope}/api/questions/lookup` };
  questions.answered_next_url = fixtureUrl('ask-form/answered-2.json');
  change(questions);
  return { ...site, questions };
}

export interface FormOptions {
  scenario?: Scenario;
  scope?: string;
  lang?: string;
  care?: boolean;
  timeout?: number;
  change?: (q: Record<string, unknown>) => void;
}

export async function askForm(options: FormOptions = {}): Promise<{ el: GovAskForm; scope: string }> {
  const scope = options.scope ?? newScope('t');
  const data = await askDocument(options.scenario ?? 'ok', scope, options.change);
  const el = await fixture<GovAskForm>(html`<gov-ask-form lang=${options.lang ?? 'zh-Hans'} ?care=${options.care ?? false} .data=${data}></gov-ask-form>`);
  if (options.timeout !== undefined) el.requestTimeout = options.timeout;
  await el.loadComplete;
  return { el, scope };
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
export const $$ = (el: Element, selector: string): Element[] => [...el.shadowRoot!.querySelectorAll(selector)];
/** Text as read: white space collapsed, bidi isolates (FSI … PDI around numbers, dates, codes) left out. */
export const text = (node: Element | null | undefined): string =>
  (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Types into a control as a reader would (sets the value, fires input). */
export function type(el: GovAskForm, name: string, value: string): void {
  const control = $<HTMLInputElement>(el, `#panel-ask [name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function check(el: GovAskForm, selector: string): void {
  $<HTMLInputElement>(el, selector).click();
}

export const VALID = {
  service: 'consult',
  organization_id: 'edu',
  title: '新生入学需要哪些材料？',
  description: '孩子明年上小学，报名需要准备什么？',
  name: '王小明',
  phone: '138 0013 8000',
};

/** Fills every required field with valid values (and ticks consent). */
export async function fillValid(el: GovAskForm, overrides: Partial<typeof VALID> = {}): Promise<void> {
  const v = { ...VALID, ...overrides };
  check(el, `input[name="service_code"][value="${v.service}"]`);
  type(el, 'organization_id', v.organization_id);
  type(el, 'title', v.title);
  type(el, 'description', v.description);
  type(el, 'name', v.name);
  type(el, 'phone', v.phone);
  check(el, '#f-consent');
  await el.updateComplete;
}

export const submitButton = (el: GovAskForm): HTMLButtonElement => $<HTMLButtonElement>(el, '[part="submit"]');

export async function inspect(scope: string): Promise<{ requests: Recorded[]; stored: StoredLine[] }> {
  return (await (await fetch(`/qa-inspect/${scope}`)).json()) as { requests: Recorded[]; stored: StoredLine[] };
}

/** Resolves once the server has handled `n` of the scope's submits (answered, cut or reset): no timer. */
export async function submitsSettled(scope: string, n = 1): Promise<void> {
  const answer = await fetch(`/qa-settled/${scope}?n=${n}`);
  if (!answer.ok) throw new Error(`the server did not handle ${n} submit(s) of ${scope} within 30 s`);
}

/** The questions a scope sent (POSTs), in order. */
export async function submits(scope: string): Promise<Recorded[]> {
  return (await inspect(scope)).requests.filter((r) => r.method === 'POST');
}

export type Settled =
  | { kind: 'success'; detail: import('../../../src/widgets/ask-form/events.js').GovAskSuccessDetail }
  | { kind: 'failure'; detail: import('../../../src/widgets/ask-form/events.js').GovAskFailureDetail };

/** Does `act` (clicks submit by default) and resolves with the gov-ask-success or gov-ask-failure that follows. */
export async function submitAndSettle(el: GovAskForm, act: () => unknown = () => submitButton(el).click()): Promise<Settled> {
  const stop = new AbortController();
  const settled = new Promise<Settled>((resolve) => {
    el.addEventListener('gov-ask-success', (e) => resolve({ kind: 'success', detail: e.detail }), { signal: stop.signal });
    el.addEventListener('gov-ask-failure', (e) => resolve({ kind: 'failure', detail: e.detail }), { signal: stop.signal });
  });
  await act();
  const result = await settled;
  stop.abort();
  await el.updateComplete;
  return result;
}

/** The values of the ask form's controls, by name. */
export function formValues(el: GovAskForm): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const control of el.shadowRoot!.querySelectorAll<HTMLInputElement>('#panel-ask [name]')) {
    if (control.type === 'radio') {
      if (control.checked) out[control.name] = control.value;
    } else out[control.name] = control.type === 'checkbox' ? control.checked : control.value;
  }
  return out;
}
