/**
 * UI strings through @lit/localize's public API: zh-Hans inline (the `msg()` source text), zh-Hant and English
 * as catalogs loaded on demand, once per page (per copy of a script) and shared by every widget that needs them.
 *
 * Each widget renders in its own language (its `lang`, or its nearest ancestor's), so two widgets on one page
 * may speak two languages; and the page may be an application that localizes itself with its own
 * @lit/localize, whose configuration is once per page. So the widgets never configure it and keep no current
 * locale anywhere: {@link localizer} gives the `msg` of one locale, and each widget asks for the one of its
 * own language whenever it builds a string (in render, in an event handler, in an announcement). Views and
 * label helpers receive that `msg` from the widget. See docs/decisions/0010-per-widget-localizer.md.
 *
 * Most pages are zh-Hans, so only zh-Hans is in the script: {@link loadCatalog} fetches the zh-Hant or English
 * catalog with a dynamic `import()` of a literal path, which the script-tag build turns into a small chunk
 * (`dist/chunks/<bundle>.<locale>-<hash>.js`, resolved relative to the bundle's own URL, holding only the
 * translations that bundle uses) and the classic build inlines. A widget speaks a locale only once its catalog
 * is here ({@link hasCatalog}); until then it shows its loading state in the words of {@link loadingWords}, which
 * are inline for every locale. See docs/decisions/0018-languages-on-demand.md.
 *
 * Every call carries an explicit id (`msg('重试', { id: 'core.try-again' })`): the lookup is by that id, so
 * nothing hashes the source text at run time. `lit-localize extract` recognizes the calls by the type
 * {@link Msg} (@lit/localize's `MsgFn`, whose brand it looks for), whatever the function is called.
 */
import type { LocaleModule, MsgFn, MsgOptions, StrResult, TemplateLike, TemplateMap } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { DEFAULT_LANGUAGE, type UiLocale } from '../contract/localized.js';

/** A `msg` function: the zh-Hans text (a literal or a `str` template) and its id, in one locale. */
export type Msg = MsgFn;

/** A UI locale whose strings are not in the script: its catalog is loaded on demand. */
export type LoadedLocale = Exclude<UiLocale, 'zh-Hans'>;

// One literal path per locale: Rollup makes each a chunk of its own, fetched only where a widget speaks it.
const IMPORTS: Record<LoadedLocale, () => Promise<LocaleModule>> = {
  en: () => import('../generated/locales/en.js'),
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
};

/** The catalogs that have arrived. */
const catalogs = new Map<UiLocale, TemplateMap>();
/** The catalogs on their way: one request per locale, whichever widget asked first. */
const requests = new Map<UiLocale, Promise<void>>();

/** Whether a widget can speak `locale` now: zh-Hans always, the others once their catalog has arrived. */
export function hasCatalog(locale: UiLocale): boolean {
  return locale === DEFAULT_LANGUAGE || catalogs.has(locale);
}

/**
 * Fetches the catalog of `locale` (nothing for zh-Hans, or when it is here already). Every caller shares one
 * request. Rejects with the cause when the chunk cannot be loaded (404, network, CORS, CSP, a wrong integrity
 * hash); the failure is not kept, so a later call tries again.
 */
export function loadCatalog(locale: UiLocale): Promise<void> {
  if (hasCatalog(locale)) return Promise.resolve();
  let request = requests.get(locale);
  if (!request) {
    request = IMPORTS[locale as LoadedLocale]().then(
      (module) => {
        catalogs.set(locale, module.templates);
        requests.delete(locale);
      },
      (cause: unknown) => {
        requests.delete(locale);
        throw cause;
      },
    );
    requests.set(locale, request);
  }
  return request;
}

/**
 * "Loading…" in each UI locale. Inline, because the loading state is what a widget shows while its catalog is
 * on its way (an English reader sees no Chinese meanwhile). The same words as the catalogs' `core.loading`
 * (test/core/i18n-catalogs.test.ts compares them).
 */
export function loadingWords(locale: UiLocale): string {
  return locale === 'en' ? 'Loading…' : locale === 'zh-Hant' ? '正在載入…' : '正在加载…';
}

/** The text of a `str` template: `strings` around the values, taken in `order` (a translation may move them). */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  let text = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) text += String(values[order ? Number(order[i - 1]) : i - 1]) + strings[i];
  return text;
}

const isStr = (template: TemplateLike): template is StrResult => typeof template !== 'string' && 'strTag' in template;

function localizerOf(locale: UiLocale): Msg {
  function msg(template: string, options?: MsgOptions): string;
  function msg(template: StrResult, options?: MsgOptions): string;
  function msg(template: TemplateResult, options?: MsgOptions): TemplateResult;
  function msg(template: TemplateLike, options?: MsgOptions): string | TemplateResult;
  function msg(template: TemplateLike, options?: MsgOptions): string | TemplateResult {
    // Without a translation (zh-Hans, a catalog not here, or an id it lacks), the source text; a translated
    // template has numbers in place of its values, naming the source value that goes there.
    const localized = options?.id === undefined ? undefined : catalogs.get(locale)?.[options.id];
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

/**
 * The `msg` of one UI locale (one function per locale, so passing it down does not change a view's inputs). It
 * reads the locale's catalog at each call: before the catalog has arrived ({@link loadCatalog}) it gives the
 * zh-Hans source, which is why a widget switches to a locale only once {@link hasCatalog} says so.
 */
export function localizer(locale: UiLocale = DEFAULT_LANGUAGE): Msg {
  let msg = localizers.get(locale);
  if (!msg) localizers.set(locale, (msg = localizerOf(locale)));
  return msg;
}
