/**
 * Dates and numbers through `Intl`, with formatters cached per locale and options (creating one costs far
 * more than using it, and a feed formats thousands of dates).
 */
import { parseDate } from '../contract/dates.js';

type IntlTool = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.Segmenter;

const cache = new Map<string, IntlTool>();

/** One `Intl` object per kind, locale and options, made on first use (for the views' own formatters too). */
export function cached<T extends IntlTool>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * Makes the formatters every widget draws with (a date, a date-time, a number) and formats once with each.
 * The first `Intl` object of a page loads the engine's locale data (30–50 ms in Chromium on a small machine);
 * a widget calls this while its request is in flight, so that time overlaps the network instead of following
 * it (issue 12). The others a view needs are cheap once these exist.
 */
export function warmFormats(locale: string): void {
  formatDate('2000-01-01', locale);
  formatDate('2000-01-01T00:00:00Z', locale);
  formatNumber(1, locale);
}

export type DateStyle = 'short' | 'medium' | 'long';

/**
 * Formats a contract date for reading (`2026年11月20日`, `Nov 20, 2026`). A date alone keeps its calendar
 * day in every time zone; a date-time shows in the reader's zone. Returns `''` for an invalid date.
 */
export function formatDate(value: unknown, locale: string, style: DateStyle = 'medium', withTime = false): string {
  const parsed = parseDate(value);
  if (!parsed) return '';
  const options: Intl.DateTimeFormatOptions = { dateStyle: style };
  if (withTime && !parsed.dateOnly) options.timeStyle = 'short';
  if (parsed.dateOnly) options.timeZone = 'UTC';
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(parsed.time);
}

/** The machine-readable form for `<time datetime>`: the value itself when valid, else `undefined`. */
export function machineDate(value: unknown): string | undefined {
  return parseDate(value) ? (value as string) : undefined;
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** `18.2万`, `182K`. */
export function formatCompactNumber(value: number, locale: string): string {
  return formatNumber(value, locale, { notation: 'compact', maximumFractionDigits: 1 });
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** `3天前`, `3 days ago`; `''` for an invalid date. */
export function formatRelative(value: unknown, locale: string, now: number = Date.now()): string {
  const parsed = parseDate(value);
  if (!parsed) return '';
  const diff = parsed.time - now;
  const format = cached('relative', locale, { numeric: 'auto' }, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'minute') {
      return format.format(Math.trunc(diff / ms), unit);
    }
  }
  return '';
}
