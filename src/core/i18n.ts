/**
 * UI strings through @lit/localize in runtime mode, with every locale bundled (no request for strings).
 *
 * Each widget renders in its own language (its `lang`, or its nearest ancestor's), so two widgets on one
 * page may speak two languages. @lit/localize's page-wide `setLocale` cannot do that; its re-entrant mode
 * can: `msg()` asks {@link currentLocale} which locale to use, and a widget sets it around its own
 * synchronous `render()` with {@link withLocale}. See docs/decisions/0002-per-widget-ui-language.md.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { DEFAULT_LANGUAGE, type UiLocale } from '../contract/localized.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import * as en from '../generated/locales/en.js';
import * as zhHant from '../generated/locales/zh-Hant.js';

const BUNDLED: Record<string, LocaleModule> = { en, 'zh-Hant': zhHant };

let current: UiLocale = DEFAULT_LANGUAGE;

try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: () => current,
    loadLocaleSync: (locale) => BUNDLED[locale] as LocaleModule,
  });
} catch {
  // Another copy of @lit/localize in this module graph was configured first (an app that imports the npm
  // entry and localizes itself). Strings then follow that configuration.
  console.warn('[gov-widgets] @lit/localize is already configured on this page; widget text follows it.');
}

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
