/**
 * Working-day arithmetic for the expected reply date. Pure, and calendar-only: a day is a `{year, month,
 * day}` kept as midnight UTC, so daylight-saving changes and the reader's time zone never shift it.
 *
 * Working days are Monday to Friday. Public holidays and the weekend days China makes up for them (调休) are
 * not known here: they are set each year by the State Council, and a widget cannot know them without a
 * calendar it would have to fetch. The reply date is therefore an estimate; a server that knows the
 * calendar sends `expected_datetime`, which the form prefers.
 */

/** A calendar day as `YYYY-MM-DD`. */
export type CalendarDay = string;

const DAY = 86_400_000;

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

/** Monday to Friday. */
export function isWorkday(day: CalendarDay): boolean {
  const weekday = new Date(toTime(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The day on which `workdays` working days have passed after `start`. `start` itself does not count (a
 * question sent on Friday with 1 working day is due Monday); 0 gives `start`.
 */
export function addWorkdays(start: CalendarDay, workdays: number): CalendarDay {
  if (!Number.isInteger(workdays) || workdays < 0) throw new RangeError(`workdays must be a whole number ≥ 0, got ${workdays}`);
  if (workdays === 0) return start;
  let time = toTime(start);
  // Counting after a Saturday or Sunday is counting after the Friday before it; from a working day, each
  // whole week holds five working days and ends on a working day, so a large count costs no more than a
  // small one.
  while (!isWorkday(fromTime(time))) time -= DAY;
  const weeks = Math.floor(workdays / 5);
  let left = workdays - weeks * 5;
  time += weeks * 7 * DAY;
  while (left > 0) {
    time += DAY;
    if (isWorkday(fromTime(time))) left--;
  }
  return fromTime(time);
}

/** How many working days lie after `start` up to and including `end` (0 when `end` is not after `start`). */
export function workdaysBetween(start: CalendarDay, end: CalendarDay): number {
  let count = 0;
  for (let time = toTime(start) + DAY; time <= toTime(end); time += DAY) {
    if (isWorkday(fromTime(time))) count++;
  }
  return count;
}
