/**
 * What a conversion found, as data: where (file, sheet, row, column as the sheet names it), what (a code and
 * the value), how bad. The words are the catalogue's (messages.ts), so `--json` carries both the code and
 * the message in the reader's language.
 */

export type Severity = 'error' | 'warning';

export type ProblemCode =
  // The file
  | 'no-such-file'
  | 'not-a-file'
  | 'too-large'
  | 'unreadable'
  | 'not-xlsx'
  | 'old-excel'
  | 'unknown-format'
  | 'bad-encoding'
  | 'csv-syntax'
  | 'no-sheet'
  | 'not-syndication'
  | 'xml-syntax'
  | 'syndication-skipped'
  | 'too-many-items'
  // A sheet
  | 'too-many-rows'
  | 'no-header'
  | 'missing-columns'
  | 'unknown-columns'
  | 'repeated-columns'
  | 'empty'
  // A cell or a row
  | 'required'
  | 'bad-date'
  | 'bad-kind'
  | 'bad-legal-force'
  | 'bad-status'
  | 'bad-functions'
  | 'bad-yes-no'
  | 'bad-count'
  | 'bad-url'
  | 'other-platform'
  | 'too-long'
  | 'duplicate-id'
  | 'duplicate-row'
  | 'example-row';

export interface Where {
  /** The file as the command line named it. */
  readonly file: string;
  /** The sheet of a workbook (a CSV file has none). */
  readonly sheet?: string;
  /** 1-based, as the spreadsheet program numbers rows. */
  readonly row?: number;
  /** The column's header as the sheet writes it. */
  readonly column?: string;
  /** 1-based entry of an RSS or Atom feed. */
  readonly item?: number;
  /** The element of a feed's entry (`title`, `pubDate`). */
  readonly element?: string;
}

export interface Problem extends Where {
  readonly severity: Severity;
  readonly code: ProblemCode;
  /** The cell's text, or the names (columns, sheets) the problem is about. */
  readonly value?: string;
  readonly values?: readonly string[];
  /** A number the message needs: a limit, a row of a first occurrence. */
  readonly number?: number;
}

/** Collects problems; `errorRows` counts rows with at least one error (left out). */
export class Problems {
  readonly list: Problem[] = [];

  add(problem: Problem): void {
    this.list.push(problem);
  }

  get errors(): Problem[] {
    return this.list.filter((p) => p.severity === 'error');
  }

  get warnings(): Problem[] {
    return this.list.filter((p) => p.severity === 'warning');
  }
}
