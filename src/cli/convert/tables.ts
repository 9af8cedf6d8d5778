/**
 * An input file as sheets of cells. `.xlsx` through read-excel-file (every sheet, in order; date cells come as
 * dates); `.csv` (and `.txt`, Excel's "Unicode text") through csv-parse, after the bytes are decoded: UTF-8
 * with or without a byte order mark, GBK/GB18030 (what Excel and WPS save as "CSV" on a Chinese Windows) or
 * UTF-16 with a byte order mark, as `decode.ts` detects them. What was detected is said in the report. RSS and
 * Atom (`.xml`, `.rss`, `.atom`, or bytes starting with `<`) are decoded as their XML declaration says, by the
 * contract's `decodeXml`, and mapped by its `syndicationToFeed` (convert/syndication.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { ContractError } from '../../contract/errors.js';
import { MAX_DOCUMENT_BYTES } from '../../contract/limits.js';
import { decodeXml } from '../../contract/syndication.js';
import { isXml } from '../../contract/xml-sniff.js';
import { decodeDocument } from '../decode.js';
import type { Cell } from './rows.js';

/** Rows of one sheet read at most; a longer sheet is refused (a county's list is some thousands of rows). */
export const MAX_ROWS = 100_000;

export type Encoding = 'UTF-8' | 'UTF-8 BOM' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE';

export interface Sheet {
  /** The sheet's name in a workbook; `undefined` for a CSV file. */
  readonly name: string | undefined;
  readonly rows: readonly (readonly Cell[])[];
}

export type Table =
  | { readonly ok: true; readonly format: 'xlsx'; readonly sheets: readonly Sheet[] }
  | { readonly ok: true; readonly format: 'csv'; readonly encoding: Encoding; readonly sheets: readonly Sheet[] }
  /** RSS or Atom (by name, or content starting with `<`), decoded as its XML declaration says. */
  | { readonly ok: true; readonly format: 'syndication'; readonly text: string }
  | { readonly ok: false; readonly code: TableFailure; readonly detail?: string; readonly number?: number; readonly sheets?: readonly string[] };

export type TableFailure =
  | 'no-sheet'
  | 'no-such-file'
  | 'not-a-file'
  | 'too-large'
  | 'unreadable'
  | 'not-xlsx'
  | 'old-excel'
  | 'unknown-format'
  | 'bad-encoding'
  | 'csv-syntax'
  | 'too-many-rows';

const SYNDICATION = new Set(['.xml', '.rss', '.atom']);

/** Decodes the bytes of a text file, saying which encoding they were in; `undefined` when none fits. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } | undefined {
  const decoded = decodeDocument(bytes);
  if (decoded.ok) return { text: decoded.text, encoding: decoded.bom ? 'UTF-8 BOM' : 'UTF-8' };
  const utf16 = (label: 'utf-16le' | 'utf-16be', encoding: Encoding) => {
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
    } catch {
      return undefined;
    }
  };
  if (decoded.encoding === 'UTF-16LE' && bytes[0] === 0xff) return utf16('utf-16le', 'UTF-16LE');
  if (decoded.encoding === 'UTF-16BE' && bytes[0] === 0xfe) return utf16('utf-16be', 'UTF-16BE');
  if (decoded.encoding === 'GB18030') return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GB18030' };
  return undefined;
}

/** The delimiter of a CSV text: a tab where the first lines have more tabs than commas, else a comma. */
function delimiterOf(text: string): string {
  const head = text.slice(0, 4096);
  const count = (char: string) => head.split(char).length - 1;
  if (count('\t') > count(',')) return '\t';
  return count(';') > count(',') ? ';' : ',';
}

export async function readTable(path: string, sheetName: string | undefined): Promise<Table> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, code: 'not-a-file' };
    if (info.size > MAX_DOCUMENT_BYTES) return { ok: false, code: 'too-large', number: MAX_DOCUMENT_BYTES };
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, code: 'no-such-file' };
    return { ok: false, code: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  const extension = extname(path).toLowerCase();
  // A zip archive (PK\x03\x04) is an .xlsx whatever its name says; the old binary formats are refused by name and magic.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole || extension === '.xls' || extension === '.et' || extension === '.ods') return { ok: false, code: 'old-excel' };
  if (zip || extension === '.xlsx') return readWorkbook(bytes, sheetName);
  if (SYNDICATION.has(extension) || isXml(bytes, null)) {
    try {
      return { ok: true, format: 'syndication', text: decodeXml(bytes) };
    } catch (error) {
      return { ok: false, code: 'bad-encoding', detail: error instanceof ContractError ? error.message : String(error) };
    }
  }
  const decoded = decodeText(bytes);
  if (!decoded) return { ok: false, code: 'bad-encoding' };
  if (extension !== '.csv' && extension !== '.txt' && extension !== '.tsv') return { ok: false, code: 'unknown-format', detail: extension || path };
  let records: string[][];
  try {
    records = parse(decoded.text, { bom: true, relax_column_count: true, relax_quotes: true, delimiter: delimiterOf(decoded.text), to_line: MAX_ROWS + 1 });
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    return {
      ok: false,
      code: 'csv-syntax',
      detail: error instanceof Error ? error.message : String(error),
      ...(typeof line === 'number' ? { number: line } : {}),
    };
  }
  if (records.length > MAX_ROWS) return { ok: false, code: 'too-many-rows', number: MAX_ROWS };
  return { ok: true, format: 'csv', encoding: decoded.encoding, sheets: [{ name: undefined, rows: records }] };
}

async function readWorkbook(bytes: Uint8Array, sheetName: string | undefined): Promise<Table> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    return { ok: false, code: 'not-xlsx', detail: error instanceof Error ? error.message : String(error) };
  }
  const chosen = sheetName === undefined ? sheets : sheets.filter((s) => s.sheet.trim() === sheetName.trim());
  if (sheetName !== undefined && chosen.length === 0) return { ok: false, code: 'no-sheet', detail: sheetName, sheets: sheets.map((s) => s.sheet) };
  const tooLong = chosen.find((s) => s.data.length > MAX_ROWS);
  if (tooLong) return { ok: false, code: 'too-many-rows', number: MAX_ROWS, sheets: [tooLong.sheet] };
  return { ok: true, format: 'xlsx', sheets: chosen.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(toCell)) })) };
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  // read-excel-file gives nothing else; anything unexpected reads as an empty cell.
  return null;
}
