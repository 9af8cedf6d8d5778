/**
 * Dates of the contract are RFC 3339 dates (`2026-11-20`) or date-times with an offset. A date alone is a
 * calendar day, not an instant: it is kept as midnight UTC of that day and must be formatted in UTC, or a
 * reader west of Greenwich would see the day before.
 */
import { isRfc3339 } from './check.js';

export interface ContractDate {
  /** Milliseconds since the epoch (midnight UTC for a date alone). */
  readonly time: number;
  /** True for a calendar date without a time. */
  readonly dateOnly: boolean;
}

/** Reads an RFC 3339 date or date-time; `undefined` for anything else. */
export function parseDate(value: unknown): ContractDate | undefined {
  if (typeof value !== 'string' || !isRfc3339(value)) return undefined;
  if (value.length === 10) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    // Not Date.UTC, which reads years 0–99 as 1900–1999.
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return { time: date.getTime(), dateOnly: true };
  }
  // A leap second (…:60): Chromium and Firefox refuse it, WebKit reads the next minute. Read :59, add one.
  const leap = value.slice(17, 19) === '60';
  const time = Date.parse((leap ? `${value.slice(0, 17)}59${value.slice(19)}` : value).replace(/t/, 'T').replace(/z$/, 'Z'));
  return Number.isNaN(time) ? undefined : { time: leap ? time + 1000 : time, dateOnly: false };
}

/** Whole days from `value` to `now` (negative for the future); `undefined` for an invalid date. */
export function daysSince(value: unknown, now: number = Date.now()): number | undefined {
  const parsed = parseDate(value);
  if (!parsed) return undefined;
  return Math.floor((now - parsed.time) / 86_400_000);
}
