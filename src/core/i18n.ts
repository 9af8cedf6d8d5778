/**
 * UI strings through @lit/localize in runtime mode, with every locale bundled (no request for strings).
 *
 * Each widget renders in its own language (its `lang`, or its nearest ancestor's), so two widgets on one
 * page may speak two languages; and the page may be an application that localizes itself with its own
 * @lit/localize. Its configuration is once per page (a second `configureLocalization` throws), so the widgets
 * never configure it: {@link msg} is their own, with @lit/localize's type (so `lit-localize extract` reads its
 * calls as it reads its own) and @lit/localize's own lookup (`runtimeMsg`: ids, `str` templates), over the
 * widgets' own locale modules in the locale of {@link currentLocale}, which a widget sets around its own
 * update with {@link withLocale}. See docs/decisions/0007-no-global-localize-configuration.md.
 */
import type { LocaleModule, msg as litMsg } from '@lit/localize';
// @lit/localize's lookup, as its configured runtimes use it. An internal module: @lit/localize is pinned to
// an exact version in package.json, and test/core/i18n.test.ts fails if it changes shape.
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { DEFAULT_LANGUAGE, type UiLocale } from '../contract/localized.js';
import * as en from '../generated/locales/en.js';
import * as zhHant from '../generated/locales/zh-Hant.js';

const BUNDLED: Partial<Record<UiLocale, LocaleModule>> = { en, 'zh-Hant': zhHant };

let current: UiLocale = DEFAULT_LANGUAGE;

/**
 * A UI string in the current widget's language: the zh-Hans text (a literal or a `str` template), translated
 * from the widgets' own catalogs. The same signature as @lit/localize's `msg`, and read by its extractor.
 */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  runtimeMsg(BUNDLED[current]?.templates, template, options)) as typeof litMsg;

/** The locale `msg()` uses right now. */
export function currentLocale(): UiLocale {
  return current;
}

/** Runs `fn` with `msg()` answering in `locale` (re-entrant; restores the previous locale). */
export function withLocale<T>(locale: UiLocale, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}
