import type { LanguageTag, LocalizedText } from './types.js';

/** The UI languages the widgets ship strings for. */
export type UiLocale = 'zh-Hans' | 'zh-Hant' | 'en';
export const UI_LOCALES: readonly UiLocale[] = ['zh-Hans', 'zh-Hant', 'en'];
export const DEFAULT_LANGUAGE: UiLocale = 'zh-Hans';

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * Canonical form of a language tag for the widgets: `zh-CN` / `zh-SG` become `zh-Hans-CN` / `zh-Hans-SG`,
 * `zh-TW` / `zh-HK` / `zh-MO` become `zh-Hant-TW` … (the script the region implies, region kept), other tags
 * keep their own case-normalised form.
 * An empty or malformed tag gives {@link DEFAULT_LANGUAGE}.
 */
export function canonicalLanguage(tag: string | null | undefined): LanguageTag {
  const key = tag ?? '';
  let canonical = canonicalCache.get(key);
  if (canonical === undefined) {
    // Data names a handful of tags thousands of times; a page of hostile data could name many, so it is bounded.
    if (canonicalCache.size >= CACHE_LIMIT) canonicalCache.clear();
    canonical = canonicalize(key);
    canonicalCache.set(key, canonical);
  }
  return canonical;
}

/** Tags already made canonical: every localized text of a document is picked through its keys' canonical forms. */
const canonicalCache = new Map<string, LanguageTag>();
const CACHE_LIMIT = 256;

function canonicalize(tag: string): LanguageTag {
  const raw = tag.trim().replace(/_/g, '-');
  if (!LANGUAGE_TAG.test(raw)) return DEFAULT_LANGUAGE;
  const parts = raw.split('-');
  const [language, ...rest] = parts as [string, ...string[]];
  const lang = language.toLowerCase();
  if (lang !== 'zh') {
    return [lang, ...rest.map(formatSubtag)].join('-');
  }
  const lower = rest.map((p) => p.toLowerCase());
  if (lower[0] === 'hans' || lower[0] === 'hant') {
    return ['zh', formatSubtag(rest[0]!), ...rest.slice(1).map(formatSubtag)].join('-');
  }
  const region = lower[0];
  if (region !== undefined && TRADITIONAL_REGIONS.has(region)) {
    return ['zh-Hant', ...rest.map(formatSubtag)].join('-');
  }
  if (region === 'cn' || region === 'sg' || region === undefined) {
    return ['zh-Hans', ...rest.map(formatSubtag)].join('-');
  }
  return ['zh', ...rest.map(formatSubtag)].join('-');
}

function formatSubtag(subtag: string): string {
  if (subtag.length === 4) return subtag[0]!.toUpperCase() + subtag.slice(1).toLowerCase();
  if (subtag.length === 2) return subtag.toUpperCase();
  return subtag.toLowerCase();
}

/** The UI strings to use for a (canonical or not) language tag: Chinese scripts map to theirs, others to English. */
export function uiLocaleFor(tag: string | null | undefined): UiLocale {
  const canonical = canonicalLanguage(tag);
  if (canonical.startsWith('zh-Hant')) return 'zh-Hant';
  if (canonical === 'zh' || canonical.startsWith('zh-')) return 'zh-Hans';
  return 'en';
}

/**
 * The languages to try, best first, for content in `tag`: the tag itself, then each shorter prefix
 * (`zh-Hant-HK` → `zh-Hant` → `zh`), then `zh-Hans`.
 */
export function languageFallbacks(tag: string | null | undefined): LanguageTag[] {
  return [...fallbacksOf(canonicalLanguage(tag))];
}

const fallbackCache = new Map<LanguageTag, readonly string[]>();

/** {@link languageFallbacks} of a canonical tag: one list per tag, shared (so never changed by a caller). */
function fallbacksOf(canonical: LanguageTag): readonly string[] {
  let chain = fallbackCache.get(canonical);
  if (!chain) {
    const list: string[] = [];
    const parts = canonical.split('-');
    for (let n = parts.length; n > 0; n--) list.push(parts.slice(0, n).join('-'));
    if (!list.includes(DEFAULT_LANGUAGE)) list.push(DEFAULT_LANGUAGE);
    chain = list;
    // Canonical tags come out of canonicalLanguage's own bounded cache, so this one stays as small.
    if (fallbackCache.size >= CACHE_LIMIT) fallbackCache.clear();
    fallbackCache.set(canonical, chain);
  }
  return chain;
}

/**
 * Picks the text of a {@link LocalizedText} for a language: the language, then its base, then `zh-Hans`,
 * then the first entry. Keys are matched case-insensitively and through the same canonical form
 * (`zh-CN` in data counts as `zh-Hans`). Returns `''` for anything that is not localized text.
 */
export function pickText(text: LocalizedText | null | undefined, lang: string | null | undefined): string {
  return pickLocalized(text, lang).text;
}

/** A picked text and the language it is in (`undefined` for a plain string: the document's language). */
export interface PickedText {
  readonly text: string;
  readonly lang: LanguageTag | undefined;
}

/**
 * Like {@link pickText}, and also says which language the text is in, so a widget can mark it with `lang`
 * when it fell back to another language (a screen reader then reads it with the right voice).
 */
export function pickLocalized(text: LocalizedText | null | undefined, lang: string | null | undefined): PickedText {
  if (typeof text === 'string') return { text, lang: undefined };
  if (text === null || typeof text !== 'object' || Array.isArray(text)) return { text: '', lang: undefined };
  const entries: { key: string; picked: PickedText }[] = [];
  for (const key of Object.keys(text)) {
    const value = (text as Record<string, unknown>)[key];
    if (typeof value !== 'string' || !LANGUAGE_TAG.test(key)) continue;
    const canonical = canonicalLanguage(key);
    entries.push({ key: canonical.toLowerCase(), picked: { text: value, lang: canonical } });
  }
  for (const candidate of fallbacksOf(canonicalLanguage(lang))) {
    const wanted = candidate.toLowerCase();
    // The exact language first, then a sibling that refines it (`zh-Hant` finds `zh-Hant-TW`).
    const hit = entries.find((e) => e.key === wanted) ?? entries.find((e) => e.key.startsWith(`${wanted}-`));
    if (hit) return hit.picked;
  }
  return entries[0]?.picked ?? { text: '', lang: undefined };
}

/** Every string of a localized text (for search over all languages). */
export function allTexts(text: LocalizedText | null | undefined): string[] {
  if (typeof text === 'string') return [text];
  if (text === null || typeof text !== 'object') return [];
  return Object.values(text).filter((v): v is string => typeof v === 'string');
}
