/**
 * Working-day arithmetic for the expected reply date. Pure, and calendar-only: a day is a `{year, month,
 * day}` kept as midnight UTC, so daylight-saving changes and the reader's time zone never shift it.
 *
 * Working days are Monday to Friday, unless the questions document carries the county's working calendar
 * (`working_calendar`): its `holidays` are days off whatever their weekday, its `workdays` are weekend days
 * worked instead (调休, set each year by the State Council). A date in both lists counts as a holiday.
 * Without a calendar the reply date is an estimate; a server that knows the calendar sends
 * `expected_datetime`, which the form prefers.
 */
import type { WorkingCalendar } from '../../../contract/index.js';

/** A calendar day as `YYYY-MM-DD`. */
export type CalendarDay = string;

const DAY = 86_400_000;

/**
 * The most days {@link addWorkdays} looks at: a year of working days is about 520 calendar days even with
 * every holiday of a year; a calendar that leaves no working day for years is a mistake, not a reason to
 * loop.
 */
export const MAX_DAYS_COUNTED = 3 * 366;

function toTime(day: CalendarDay): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromTime(time: number): CalendarDay {
  return new Date(time).toISOString().slice(0, 10);
}

/** The reader's calendar day of `date` (in the reader's own time zone). */
export function localDay(date: Date): CalendarDay {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A calendar's lists as sets, made once per call. */
interface Sets {
  readonly off: ReadonlySet<string>;
  readonly on: ReadonlySet<string>;
}

const NO_CALENDAR: Sets = { off: new Set(), on: new Set() };

function setsOf(calendar: WorkingCalendar | undefined): Sets {
  if (!calendar) return NO_CALENDAR;
  return { off: new Set(calendar.holidays ?? []), on: new Set(calendar.workdays ?? []) };
}

function working(day: CalendarDay, sets: Sets): boolean {
  if (sets.off.has(day)) return false;
  if (sets.on.has(day)) return true;
  const weekday = new Date(toTime(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Monday to Friday, or what the calendar says of this day. */
export function isWorkday(day: CalendarDay, calendar?: WorkingCalendar): boolean {
  return working(day, setsOf(calendar));
}

/**
 * The day on which `workdays` working days have passed after `start`. `start` itself does not count (a
 * question sent on Friday with 1 working day is due Monday); 0 gives `start`. Throws a `RangeError` for a
 * count that is not a whole number ≥ 0, and when no such day lies within {@link MAX_DAYS_COUNTED} days.
 */
export function addWorkdays(start: CalendarDay, workdays: number, calendar?: WorkingCalendar): CalendarDay {
  if (!Number.isInteger(workdays) || workdays < 0) throw new RangeError(`workdays must be a whole number ≥ 0, got ${workdays}`);
  const sets = setsOf(calendar);
  let time = toTime(start);
  let left = workdays;
  for (let days = 0; left > 0; days++) {
    if (days >= MAX_DAYS_COUNTED) throw new RangeError(`${workdays} working days do not fit in ${MAX_DAYS_COUNTED} days`);
    time += DAY;
    if (working(fromTime(time), sets)) left--;
  }
  return fromTime(time);
}

/** How many working days lie after `start` up to and including `end` (0 when `end` is not after `start`). */
export function workdaysBetween(start: CalendarDay, end: CalendarDay, calendar?: WorkingCalendar): number {
  const sets = setsOf(calendar);
  let count = 0;
  for (let time = toTime(start) + DAY; time <= toTime(end); time += DAY) {
    if (working(fromTime(time), sets)) count++;
  }
  return count;
}
