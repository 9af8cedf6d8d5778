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

/**
 * Localized data text as a bidi-isolated span whose direction comes from its own first strong character
 * (`dir="auto"`, as `<bdi>`), with `lang` when it is not in the widget's language; `fallback` when empty.
 * `shape` draws the picked text differently (with its language), e.g. with break opportunities between words only.
 */
export function dataText(
  text: LocalizedText | null | undefined,
  where: TextContext,
  fallback = '',
  shape?: (text: string, lang: string) => unknown,
): TemplateResult {
  const picked = pickLocalized(text, where.language);
  const lang = picked.lang ?? where.documentLanguage;
  const differs = lang !== undefined && canonicalLanguage(lang) !== where.language;
  const shown = picked.text || fallback;
  return html`<span class="text" dir="auto" lang=${differs ? lang : nothing}>${shape ? shape(shown, lang ?? where.language) : shown}</span>`;
}

/** A link when the URL is http(s), else the same content as plain text. */
export function linkOrText(href: string | undefined, content: unknown, part?: string): TemplateResult {
  const safe = safeHref(href);
  return safe === undefined ? html`${content}` : html`<a href=${safe} part=${ifDefined(part)}>${content}</a>`;
}
