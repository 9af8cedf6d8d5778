/**
 * Helpers of the widget-level trust tests: mount any widget with a document delivered through `data`, an
 * inline `<script type="application/json">` or `src`, watch for uncaught errors, and check after every
 * step what the hostile corpus must never achieve.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/policy-feed/define.js';
import '../../src/widgets/account-directory/define.js';
import '../../src/widgets/ask-form/define.js';
import type { GovElement } from '../../src/core/gov-element.js';
import { deepElements, injectedElements, nothingRan, prototypesClean, unsafeUrlsIn } from '../hostile/assert.js';
import { uniqueKey, waitUntil } from '../helpers.js';

export type Widget = GovElement<never, unknown>;
export type Tag = 'gov-policy-feed' | 'gov-account-directory' | 'gov-ask-form';
export const TAGS: readonly Tag[] = ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'];

/** How a document reaches a widget. */
export type Delivery = 'data' | 'inline' | 'src';
export const DELIVERIES: readonly Delivery[] = ['data', 'inline', 'src'];

/** JSON text of a value, and back: `__proto__` keys of the corpus stay own properties, as from the network. */
export const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * Keeps a JSON body on the test server (test/server/pages-middleware.mjs) and returns its URL. `status`
 * is the status the URL answers with (a lookup or submit endpoint can be one).
 */
export async function store(body: unknown, status = 200): Promise<string> {
  const url = new URL(`/pages/store/${uniqueKey('doc')}`, location.href).href;
  const response = await fetch(url, { method: 'PUT', body: JSON.stringify(body), headers: { 'X-Answer-Status': String(status) } });
  if (!response.ok) throw new Error(`store: HTTP ${response.status}`);
  return url;
}

/** The width every widget is mounted in: a phone held upright, where overflow shows first. */
export const WIDTH = 360;

/**
 * Mounts a widget with `document`, delivered as asked, and waits for its data. Attributes are set before
 * the element is connected, so it loads once.
 */
export async function mount(tag: Tag, document: unknown, delivery: Delivery, attributes: Record<string, string> = {}): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${WIDTH}px"></div>`);
  const el = window.document.createElement(tag) as unknown as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.loadOptions = { cache: new Map() };
  switch (delivery) {
    case 'data':
      el.data = asJson(document);
      break;
    case 'inline': {
      const script = window.document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(document);
      el.append(script);
      break;
    }
    case 'src':
      el.src = await store(document);
      break;
  }
  wrapper.append(el);
  await el.loadComplete;
  return el;
}

/** Uncaught errors and unhandled rejections while a test runs (call in `beforeEach`, check with `expectSafe`). */
export const uncaught: string[] = [];
const onError = (event: ErrorEvent): void => void uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent): void => void uncaught.push(`unhandled rejection: ${String(event.reason)}`);
let originalWarn: typeof console.warn | undefined;
/** `console.warn` calls while a test runs (widgets report left-out records there). */
export const warnings: string[] = [];

/** Installs the listeners for one test; the widgets' expected warnings are kept, not printed. */
export function watch(): void {
  // The ask form keeps a draft (category, recipient …) per page and endpoint: each test starts without one.
  localStorage.clear();
  uncaught.length = 0;
  warnings.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  originalWarn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
}

export function unwatch(): void {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  if (originalWarn) console.warn = originalWarn;
  (window as unknown as Record<string, unknown>)['__govPwned'] = undefined;
  delete (window as unknown as Record<string, unknown>)['__govPwned'];
}

/** What no hostile document may ever achieve, checked on a widget as it is now. */
export function expectSafe(el: Element, step: string): void {
  expect(nothingRan(), `${step}: a payload ran`).to.equal(true);
  expect(unsafeUrlsIn(el), `${step}: unsafe URLs in the DOM`).to.deep.equal([]);
  expect(injectedElements(el), `${step}: injected elements`).to.deep.equal([]);
  expect(prototypesClean(), `${step}: a prototype changed`).to.equal(true);
  expect(uncaught, `${step}: uncaught errors`).to.deep.equal([]);
  expect(el.shadowRoot!.querySelector('[part~="error"]'), `${step}: the widget shows an error`).to.equal(null);
}

/** Text of a node, white space collapsed. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E => {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`<${el.localName}>: nothing matches ${selector}`);
  return found;
};
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(selector)];

/** Sets a control's value and fires `input` (and `change`), as typing or choosing would. */
export function setValue(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Waits for the widget to render what the last action changed. */
export async function settle(el: Element): Promise<void> {
  await (el as Widget).updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await (el as Widget).updateComplete;
}

/** The widget overflows its box sideways (a 20,000-character word pushing the page wide). */
export function overflow(el: Element): string[] {
  const out: string[] = [];
  const base = $(el, '[part~="base"]');
  if (base.scrollWidth > base.clientWidth + 1) out.push(`base: scrollWidth ${base.scrollWidth} > clientWidth ${base.clientWidth}`);
  for (const dialog of $$(el, 'dialog[open]')) {
    if (dialog.scrollWidth > dialog.clientWidth + 1) out.push(`dialog: scrollWidth ${dialog.scrollWidth} > clientWidth ${dialog.clientWidth}`);
  }
  return out;
}

function blockOf(node: Node): Element {
  let element = node.parentElement!;
  while (element.parentElement && getComputedStyle(element).display.startsWith('inline')) element = element.parentElement;
  return element;
}

/** The first non-blank character at or after `offset` in `node`, or in the text nodes after it inside `block`. */
function nextCharacter(node: Text, offset: number, block: Element): Range | undefined {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  let current: Node | null = node;
  let from = offset;
  while (current) {
    const index = current.textContent!.slice(from).search(/[^\s\u2066-\u2069\u202A-\u202E\u200E\u200F]/);
    if (index >= 0) {
      const range = document.createRange();
      range.setStart(current, from + index);
      range.setEnd(current, from + index + 1);
      return range;
    }
    current = walker.nextNode();
    from = 0;
  }
  return undefined;
}

/**
 * Bidi controls in data that reorder the text after them, as a reader sees it. For every occurrence of one
 * of `fields` (the corpus's bidi strings) in the rendered text, the next visible character of the same block
 * must start after the field's last line box (to its right in a left-to-right block, to its left in a
 * right-to-left one), or on a later line. An override that escapes its field drags the text after it in
 * front of it.
 */
export function bidiLeaks(el: Element, fields: readonly string[]): string[] {
  const leaks: string[] = [];
  for (const element of deepElements(el.shadowRoot ?? el)) {
    if (['option', 'textarea', 'title', 'script', 'style'].includes(element.localName)) continue;
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const text = node.textContent!;
      for (const field of fields) {
        for (let at = text.indexOf(field); at >= 0; at = text.indexOf(field, at + 1)) {
          const fieldRange = document.createRange();
          fieldRange.setStart(node, at);
          fieldRange.setEnd(node, at + field.length);
          const lines = [...fieldRange.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
          if (lines.length === 0) continue; // not rendered (a hidden panel, a closed dialog)
          const block = blockOf(node);
          const next = nextCharacter(node as Text, at + field.length, block)?.getBoundingClientRect();
          if (!next || (next.width === 0 && next.height === 0)) continue;
          // The field's last line: the lowest fragments, and of those the end in the block's direction.
          const rtl = getComputedStyle(block).direction === 'rtl';
          const bottom = Math.max(...lines.map((r) => r.bottom));
          const lastLine = lines.filter((r) => r.bottom >= bottom - 2);
          const end = rtl ? Math.min(...lastLine.map((r) => r.left)) : Math.max(...lastLine.map((r) => r.right));
          const laterLine = next.top >= bottom - 2;
          const after = rtl ? next.right <= end + 1 : next.left >= end - 1;
          if (!laterLine && !after) {
            leaks.push(
              `${JSON.stringify(
                text
                  .slice(at + field.length)
                  .trim()
                  .slice(0, 20),
              )} after ${JSON.stringify(field)} in <${block.localName} class="${block.className}">: ${JSON.stringify(text.slice(0, 60))}`,
            );
          }
        }
      }
    }
  }
  return leaks;
}

/**
 * The explicit bidi state (UAX #9, rules X1–X8, simplified to what matters here) at `end` in `text`: the
 * embeddings/overrides (`E`) and isolates (`I`) still open there.
 */
export function openBidiAt(text: string, end: number): string[] {
  const stack: string[] = [];
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x202a && c <= 0x202e && c !== 0x202c) stack.push('E');
    else if (c === 0x202c) {
      if (stack.at(-1) === 'E') stack.pop();
    } else if (c >= 0x2066 && c <= 0x2068) stack.push('I');
    else if (c === 0x2069 && stack.includes('I')) stack.splice(stack.lastIndexOf('I'));
  }
  return stack;
}

/**
 * `<option>`s where text after a name from data (a count: `某局 (3)`) is still inside an embedding or override
 * the name opened. A select draws an option as one line of text, so the check reads the characters instead
 * of measuring them. An option holding only data has nothing after it to reorder.
 */
export function optionLeaks(el: Element): string[] {
  const leaks: string[] = [];
  for (const option of deepElements(el.shadowRoot ?? el).filter((e) => e.localName === 'option')) {
    const text = option.textContent.trim();
    const suffix = /\s*\([^()]*\)$/.exec(text);
    if (!suffix) continue;
    const open = openBidiAt(text, suffix.index);
    if (open.length > 0) leaks.push(`${JSON.stringify(text.slice(0, 60))}: ${open.join('')} still open before "${suffix[0].trim()}"`);
  }
  return leaks;
}

/** Waits until `predicate` holds, naming what was awaited when it does not. */
export const until = (predicate: () => unknown, what: string): Promise<void> => waitUntil(predicate, what, { interval: 10 });
