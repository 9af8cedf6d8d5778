/**
 * UI strings through @lit/localize's public API, with every locale bundled (no request for strings).
 *
 * Each widget renders in its own language (its `lang`, or its nearest ancestor's), so two widgets on one page
 * may speak two languages; and the page may be an application that localizes itself with its own
 * @lit/localize, whose configuration is once per page. So the widgets never configure it and keep no current
 * locale anywhere: {@link localizer} gives the `msg` of one locale, and each widget asks for the one of its
 * own language whenever it builds a string (in render, in an event handler, in an announcement). Views and
 * label helpers receive that `msg` from the widget. See docs/decisions/0010-per-widget-localizer.md.
 *
 * Every call carries an explicit id (`msg('重试', { id: 'core.try-again' })`): the lookup is by that id, so
 * nothing hashes the source text at run time. `lit-localize extract` recognizes the calls by the type
 * {@link Msg} (@lit/localize's `MsgFn`, whose brand it looks for), whatever the function is called.
 */
import type { LocaleModule, MsgFn, MsgOptions, StrResult, TemplateLike, TemplateMap } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { DEFAULT_LANGUAGE, type UiLocale } from '../contract/localized.js';
import * as en from '../generated/locales/en.js';
import * as zhHant from '../generated/locales/zh-Hant.js';

/** A `msg` function: the zh-Hans text (a literal or a `str` template) and its id, in one locale. */
export type Msg = MsgFn;

const BUNDLED: Partial<Record<UiLocale, LocaleModule>> = { en, 'zh-Hant': zhHant };

/** The text of a `str` template: `strings` around the values, taken in `order` (a translation may move them). */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  let text = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) text += String(values[order ? Number(order[i - 1]) : i - 1]) + strings[i];
  return text;
}

const isStr = (template: TemplateLike): template is StrResult => typeof template !== 'string' && 'strTag' in template;

function localizerOf(templates: TemplateMap | undefined): Msg {
  function msg(template: string, options?: MsgOptions): string;
  function msg(template: StrResult, options?: MsgOptions): string;
  function msg(template: TemplateResult, options?: MsgOptions): TemplateResult;
  function msg(template: TemplateLike, options?: MsgOptions): string | TemplateResult;
  function msg(template: TemplateLike, options?: MsgOptions): string | TemplateResult {
    // Without a translation (zh-Hans, or none yet), the source text; a translated template has numbers in
    // place of its values, naming the source value that goes there.
    const localized = options?.id === undefined ? undefined : templates?.[options.id];
    if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
    if (isStr(template)) {
      return localized !== undefined && isStr(localized) ? join(localized.strings, template.values, localized.values) : join(template.strings, template.values);
    }
    if (localized === undefined || typeof localized === 'string' || isStr(localized)) return template;
    return { ...localized, values: localized.values.map((i) => template.values[Number(i)]) };
  }
  return msg;
}

const localizers = new Map<UiLocale, Msg>();

/** The `msg` of one UI locale (one function per locale, so passing it down does not change a view's inputs). */
export function localizer(locale: UiLocale = DEFAULT_LANGUAGE): Msg {
  let msg = localizers.get(locale);
  if (!msg) localizers.set(locale, (msg = localizerOf(BUNDLED[locale]?.templates)));
  return msg;
}
