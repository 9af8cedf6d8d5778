/**
 * Dates as counties write them, to the contract's RFC 3339: `2026年11月26日`, `2026/11/3`, `2026.11.03`,
 * `2026-11-3`, `20261103`, an Excel date cell, an Excel serial number (a date cell saved without its format),
 * each optionally with a time (`2026-11-26 18:00`, `18时30分`). A day alone stays a day (`2026-11-26`); a time
 * is China Standard Time (`+08:00`), which is what a county's ledger means by it. A date that does not exist
 * (`2026年13月1日`, `2026-02-30`) or a year outside 1900–2100 is not read: the caller reports it.
 */
import { isRfc3339 } from '../../contract/check.js';

export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;
/** Excel's day 0 is 1899-12-30 (its 1900 calendar counts a 29 February 1900 that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function compose(y: number, m: number, d: number, time?: { h: number; min: number; s: number }): string | undefined {
  if (y < EARLIEST_YEAR || y > LATEST_YEAR || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
  const day = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (!time || (time.h === 0 && time.min === 0 && time.s === 0)) return day;
  if (time.h > 23 || time.min > 59 || time.s > 59) return undefined;
  return `${day}T${pad(time.h)}:${pad(time.min)}:${pad(time.s)}+08:00`;
}

/** A time of day held as UTC in a Date or a serial (how spreadsheets hold wall-clock times). */
function fromUtc(ms: number): string | undefined {
  const at = new Date(Math.round(ms / 1000) * 1000);
  return compose(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), {
    h: at.getUTCHours(),
    min: at.getUTCMinutes(),
    s: at.getUTCSeconds(),
  });
}

const DATE_TEXT = new RegExp(
  String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?` +
    // An optional time: 18:30, 18:30:05, 18时30分, 18点30分05秒, or T18:30 (ISO without an offset).
    String.raw`(?:\s*T?\s*(\d{1,2})\s*[:时点]\s*(\d{1,2})\s*分?\s*(?::\s*(\d{1,2})|(\d{1,2})\s*秒)?)?$`,
  'i',
);

/** The RFC 3339 form of a cell, or `undefined` when it is no date this reader is sure of. */
export function readDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : fromUtc(value.getTime());
  if (typeof value === 'number') return readNumberDate(value);
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFKC').trim();
  if (text === '') return undefined;
  // Already RFC 3339 with an offset (or a day): kept as written, after the same calendar check.
  if (isRfc3339(text)) {
    const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
    return compose(y, m, d) === undefined ? undefined : text;
  }
  if (/^\d{8}$/.test(text)) return compose(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
  // A serial number typed as text ("46000") is as likely a mistake as a date: only number cells are serials.
  const match = DATE_TEXT.exec(text);
  if (!match) return undefined;
  const [, y, m, d, h, min, s, seconds] = match;
  return compose(Number(y), Number(m), Number(d), h === undefined ? undefined : { h: Number(h), min: Number(min), s: Number(s ?? seconds ?? 0) });
}

/** A number cell: `20261103`, or an Excel serial (days since 1899-12-30, the fraction a time of day). */
function readNumberDate(value: number): string | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  if (Number.isInteger(value) && value >= 19_000_101 && value <= 21_001_231) {
    return compose(Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100);
  }
  // Serials before 1 March 1900 count Excel's phantom leap day: refused (no county policy is that old).
  if (value < 61 || value >= 73_051 /* 2100-01-01 */ + 365) return undefined;
  return fromUtc(EXCEL_EPOCH + value * DAY_MS);
}
