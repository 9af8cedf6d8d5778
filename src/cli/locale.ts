/**
 * The reader's language for the command line: `--lang`, else the POSIX locale (`LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`, as setlocale(3) reads them), else English.
 */
import type { UiLocale } from '../contract/localized.js';

export type CliLocale = UiLocale;

export const CLI_LOCALES: readonly CliLocale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** `zh_CN.UTF-8` → zh-Hans, `zh_TW` / `zh_HK` / `zh_MO` / `zh_Hant` → zh-Hant, anything else → undefined. */
export function localeFromPosix(value: string | undefined): CliLocale | undefined {
  if (!value) return undefined;
  // language[_territory][.codeset][@modifier]; BCP 47 spellings (zh-Hant-TW) are read too.
  const name = value.split(/[.@]/)[0]!.toLowerCase().replace(/-/g, '_');
  if (name === 'c' || name === 'posix' || name === '') return undefined;
  const [language, ...rest] = name.split('_');
  if (language === 'zh') {
    if (rest.includes('hant') || rest.some((part) => part === 'tw' || part === 'hk' || part === 'mo')) return 'zh-Hant';
    return 'zh-Hans';
  }
  if (language === 'en') return 'en';
  return undefined;
}

/** The first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set decides; an unknown language means English. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): CliLocale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return localeFromPosix(value) ?? 'en';
  }
  return 'en';
}

/** The value of `--lang`: one of {@link CLI_LOCALES}, case-insensitive, `zh`/`zh-CN` → zh-Hans, `zh-TW` → zh-Hant. */
export function parseLangOption(value: string): CliLocale | undefined {
  const exact = CLI_LOCALES.find((locale) => locale.toLowerCase() === value.toLowerCase());
  return exact ?? localeFromPosix(value);
}
