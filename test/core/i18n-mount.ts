/** A test widget mounted in a language, with the text of every state it went through (the i18n tests). */
import { captureWarnings } from '../helpers.js';
import type { TestWidget } from './test-widget.js';
import './test-widget.js';

/** One item whose title is in all three languages. */
export const DOCUMENT = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 't',
  items: [{ id: 'a', title: { en: 'Alpha', 'zh-Hant': '甲乙', 'zh-Hans': '甲乙简' }, date_published: '2026-01-01' }],
};

const base = (el: TestWidget): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
const text = (el: TestWidget): string => (base(el).textContent ?? '').replace(/\s+/g, ' ').trim();

/** `<lang>: <text>` of what the widget shows now. */
export const shown = (el: TestWidget): string => `${base(el).lang}: ${text(el)}`;

/**
 * Creates a widget (with {@link DOCUMENT}, or without any source), records what it shows in every state its
 * shadow root goes through, and waits until its data or error is shown.
 */
export async function mount(lang: string, withData = true): Promise<{ el: TestWidget; seen: string[] }> {
  const el = document.createElement('test-gov-widget');
  el.lang = lang;
  if (withData) el.data = DOCUMENT;
  document.body.append(el);
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(shown(el)));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
  await el.updateComplete;
  seen.unshift(shown(el));
  await captureWarnings(() => el.loadComplete);
  observer.disconnect();
  seen.push(shown(el));
  return { el, seen };
}
