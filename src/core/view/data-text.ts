/**
 * Data text in a widget's shadow root: what a county's document says, drawn so that it can neither reorder
 * the widget's own words (bidi) nor be read in the wrong voice (lang), and links only for http(s) URLs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { canonicalLanguage, pickLocalized } from '../../contract/localized.js';
import { safeHref } from '../../contract/url.js';
import type { LocalizedText } from '../../contract/types.js';

export interface TextContext {
  /** The widget's canonical language: the text is picked in it. */
  readonly language: string;
  /** The language a document declares for its plain strings (a feed's `language`), when it declares one. */
  readonly documentLanguage?: string | undefined;
}

const segmenters = new Map<string, Intl.Segmenter>();
const WBR = html`<wbr />`;

/**
 * `text` with a `<wbr>` between its words (Intl.Segmenter's, which knows Chinese words: 县|发展|和|改革|局).
 * Under `word-break: keep-all`, which allows no break between two CJK characters, a line can then break
 * between words only. As it is where the engine has no Segmenter.
 */
export function betweenWords(text: string, lang: string): unknown {
  if (typeof Intl.Segmenter !== 'function') return text;
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return Array.from(segmenter.segment(text), (s, i) => (i === 0 ? s.segment : [WBR, s.segment]));
}

/**
 * Localized data text as a bidi-isolated span whose direction comes from its own first strong character
 * (`dir="auto"`, as `<bdi>`), with `lang` when it is not in the widget's language; `fallback` when empty.
 * `words`: break opportunities only between words ({@link betweenWords}), for a chip's one-line label.
 */
export function dataText(text: LocalizedText | null | undefined, where: TextContext, fallback = '', words = false): TemplateResult {
  const picked = pickLocalized(text, where.language);
  const lang = picked.lang ?? where.documentLanguage;
  const differs = lang !== undefined && canonicalLanguage(lang) !== where.language;
  const shown = picked.text || fallback;
  return html`<span class="text" dir="auto" lang=${differs ? lang : nothing}>${words ? betweenWords(shown, lang ?? where.language) : shown}</span>`;
}

/** A link when the URL is http(s), else the same content as plain text. */
export function linkOrText(href: string | undefined, content: unknown, part?: string): TemplateResult {
  const safe = safeHref(href);
  return safe === undefined ? html`${content}` : html`<a href=${safe} part=${ifDefined(part)}>${content}</a>`;
}
