/**
 * One data row of a sheet, read field by field. Each reader takes the cell of its field's column, reads it
 * into the contract's form, and on failure reports a problem at this row and that column and marks the row
 * as failed, so the caller leaves it out.
 */
import { safeUrl } from '../../contract/url.js';
import { readDate } from './dates.js';
import type { HeaderMatch } from './headers.js';
import type { Problem, ProblemCode, Problems, Where } from './problems.js';
import { codePoints, trimCell } from './text.js';

export type Cell = string | number | boolean | Date | null | undefined;

/** A cell as text for messages and text fields: numbers as written, a date cell as its day. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return typeof cell === 'string' ? trimCell(cell) : String(cell);
}

const isBlank = (cell: Cell): boolean => cellText(cell) === '';

export function blankRow(row: readonly Cell[]): boolean {
  return row.every(isBlank);
}

export class RowReader {
  failed = false;

  constructor(
    private readonly where: Where,
    private readonly header: HeaderMatch,
    private readonly row: readonly Cell[],
    private readonly problems: Problems,
    private readonly baseUrl: string | undefined,
  ) {}

  private column(field: string): number | undefined {
    return this.header.columns.get(field);
  }

  cell(field: string): Cell {
    const column = this.column(field);
    return column === undefined ? undefined : this.row[column];
  }

  private at(field: string): Where {
    const column = this.column(field);
    return { ...this.where, ...(column === undefined ? {} : { column: this.header.names[column] ?? '' }) };
  }

  report(field: string, code: ProblemCode, extra: Partial<Problem> = {}, severity: 'error' | 'warning' = 'error'): void {
    const value = cellText(this.cell(field));
    this.problems.add({ severity, code, ...this.at(field), ...(value === '' ? {} : { value }), ...extra });
    if (severity === 'error') this.failed = true;
  }

  /** The trimmed text, or `undefined` when blank; over `max` code points is an error (never cut silently). */
  text(field: string, max: number, required = false): string | undefined {
    const text = cellText(this.cell(field));
    if (text === '') {
      if (required) this.report(field, 'required');
      return undefined;
    }
    if (codePoints(text) > max) {
      this.report(field, 'too-long', { number: max, value: `${[...text].slice(0, 20).join('')}…` });
      return undefined;
    }
    return text;
  }

  date(field: string, required = false): string | undefined {
    const cell = this.cell(field);
    if (isBlank(cell)) {
      if (required) this.report(field, 'required');
      return undefined;
    }
    const date = readDate(typeof cell === 'string' ? trimCell(cell) : cell);
    if (date === undefined) this.report(field, 'bad-date');
    return date;
  }

  /** A value read by `read` (an enumeration, a count, yes/no); `code` is reported when it cannot be read. */
  value<T>(field: string, read: (cell: Cell) => T | undefined, code: ProblemCode): T | undefined {
    const cell = this.cell(field);
    if (isBlank(cell)) return undefined;
    const value = read(typeof cell === 'string' ? trimCell(cell) : cell);
    if (value === undefined) this.report(field, code);
    return value;
  }

  /**
   * A link: an absolute http(s) URL, or with `--base-url` a path resolved against it; a path starting with
   * `/` is kept relative (the widgets resolve it against the document). Anything else — `javascript:`, a
   * bare `www.…` — is an error.
   */
  url(field: string): string | undefined {
    const text = this.text(field, 8192);
    if (text === undefined) return undefined;
    const absolute = /^https?:\/\//i.test(text);
    if (absolute || this.baseUrl !== undefined) {
      const url = safeUrl(text, this.baseUrl ?? 'https://base.invalid/');
      if (url !== null && (absolute || /^[./]/.test(text))) return url;
    } else if (text.startsWith('/') && !text.startsWith('//') && safeUrl(text, 'https://base.invalid/') !== null) return text;
    this.report(field, 'bad-url');
    return undefined;
  }
}
