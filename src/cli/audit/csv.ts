/**
 * CSV for spreadsheets on Chinese Windows: UTF-8 with a byte order mark (without it Excel and WPS read the
 * file as GBK and show mojibake), CRLF line ends, fields quoted per RFC 4180 when they hold a comma, a quote,
 * CR or LF. A text cell that a spreadsheet would run as a formula (starting with = + - @, or a tab or CR
 * that some strip before looking) gets a leading apostrophe, as OWASP advises against CSV injection: a
 * county's account named `=HYPERLINK(…)` stays text. Numbers are written as they are (a negative number is
 * no formula).
 */

export type Cell = string | number | null | undefined;

const BOM = '\uFEFF';
const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made safe to open: the apostrophe before what a spreadsheet would run. */
export function neutralise(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** One field as written in the file. */
export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutralise(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, one line per row, each ended by CRLF. */
export function csvFile(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
