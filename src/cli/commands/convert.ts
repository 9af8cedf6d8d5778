/**
 * gov-widgets convert <file>… [--out <folder>] [--kind policies|accounts] [--sheet <name>] [--page-size <n>]
 *                            [--base-url <url>] [--json]
 *
 * From what a county already keeps — a policy list or a 政务新媒体 备案 ledger in Excel (.xlsx) or CSV (UTF-8,
 * with or without BOM, or GBK/GB18030), or an RSS 2.0 / Atom feed — to the contract's documents in `--out`:
 * `policies.json` (a JSON Feed, paged with `next_url`) and `accounts.json`. Headers are matched by the names
 * counties write (convert/headers.ts), values mapped to the contract's codes (convert/values.ts), dates
 * normalised (convert/dates.ts), ids derived stably (convert/ids.ts). Every problem is reported by file,
 * sheet, row and column; a row with an error is left out. The discovery document beside the output is linked
 * when it is ours (convert/disclosure.ts). Exit status: 0 when every row was converted, 1 when anything was
 * left out, 2 on a usage error.
 */
import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Account, PolicyItem } from '../../contract/types.js';
import { UsageError, write, type Command, type Context } from '../command.js';
import { DISCLOSURE, newOrganizations, readDiscovery, updateDiscovery, type Discovery, type SectionFile } from '../convert/disclosure.js';
import { ACCOUNT_ALIASES, findHeader, matchHeaders, POLICY_ALIASES, type SheetKind } from '../convert/headers.js';
import { CONVERT_CATALOGS, type ConvertMessages } from '../convert/messages.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, paginate, pageName } from '../convert/paging.js';
import { Problems, type Problem, type ProblemCode } from '../convert/problems.js';
import { readAccounts, readPolicies, type DerivedOrganization, type SheetRows, type Tally } from '../convert/records.js';
import { blankRow } from '../convert/rows.js';
import { readTable, type Encoding, type Sheet } from '../convert/tables.js';
import { EXAMPLE_ACCOUNT_URL, EXAMPLE_POLICY_URL } from '../convert/templates.js';
import { FUNCTION_WORDS, KIND_WORDS, LEGAL_FORCE_WORDS, STATUS_WORDS } from '../convert/values.js';
import { readSyndication } from '../convert/syndication.js';

type ForeignWhy = Extract<Discovery, { state: 'foreign' }>['why'];

interface ConvertOptions {
  readonly out: string;
  readonly kind: SheetKind | undefined;
  readonly sheet: string | undefined;
  readonly pageSize: number;
  readonly baseUrl: string | undefined;
}

/** Counts of one sheet (mutable while the conversion runs). */
export interface SheetReport {
  readonly name?: string;
  readonly kind?: SheetKind;
  readonly skipped?: true;
  rows: number;
  converted: number;
  left_out: number;
}

export interface InputReport {
  readonly file: string;
  readonly format?: 'xlsx' | 'csv' | 'rss' | 'atom';
  readonly encoding?: Encoding;
  readonly sheets: SheetReport[];
}

export interface ConvertResult {
  readonly inputs: readonly InputReport[];
  readonly errors: readonly (Problem & { readonly message: string })[];
  readonly warnings: readonly (Problem & { readonly message: string })[];
  readonly written: readonly { readonly file: string; readonly kind: SheetKind; readonly count: number }[];
  readonly removed: readonly string[];
  readonly disclosure: {
    readonly file: string;
    /** The output folder, as the command line would name it. */
    readonly folder: string;
    readonly state: Discovery['state'];
    readonly updated: boolean;
    readonly organizations_added: number;
    /** What to add by hand when the file was not updated. */
    readonly link?: Record<string, unknown>;
    readonly why?: ForeignWhy;
  };
  readonly converted: number;
  readonly left_out: number;
}

const value = { kind: 'value', parse: (text: string) => text } as const;

export const convert: Command = {
  name: 'convert',
  options: { '--out': value, '--kind': value, '--sheet': value, '--page-size': value, '--base-url': value, '--json': { kind: 'flag' } },
  async run(context, { options, operands }) {
    const m = CONVERT_CATALOGS[context.locale];
    if (operands.length === 0) throw new UsageError(m.convertNeedsFile);
    const kind = options['--kind'] as string | undefined;
    if (kind !== undefined && kind !== 'policies' && kind !== 'accounts') throw new UsageError(m.badKind(kind));
    const pageText = options['--page-size'] as string | undefined;
    const pageSize = pageText === undefined ? DEFAULT_PAGE_SIZE : Number(pageText);
    if (pageText !== undefined && (!/^\d+$/.test(pageText.trim()) || pageSize < 1 || pageSize > MAX_PAGE_SIZE))
      throw new UsageError(m.badPageSize(pageText, MAX_PAGE_SIZE));
    const baseText = options['--base-url'] as string | undefined;
    let baseUrl: string | undefined;
    if (baseText !== undefined) {
      if (!/^https?:\/\//i.test(baseText) || !URL.canParse(baseText)) throw new UsageError(m.badBaseUrl(baseText));
      // A folder: `https://county.example/data` means the files are under it.
      baseUrl = new URL(baseText.endsWith('/') ? baseText : `${baseText}/`).href;
    }
    const result = await runConvert(context, m, operands, {
      out: resolve(context.io.cwd, (options['--out'] as string | undefined) ?? '.'),
      kind,
      sheet: options['--sheet'] as string | undefined,
      pageSize,
      baseUrl,
    });
    if (options['--json']) await write(context.io.stdout, `${JSON.stringify(result, null, 2)}\n`);
    else await printText(context, m, result);
    return result.errors.length > 0 ? 1 : 0;
  },
};

/** Accepted words of an enumeration, for messages: the first word of each code, then the codes. */
const accepted = (words: Readonly<Record<string, readonly string[]>>): string[] => Object.values(words).map((list) => list[0]!);
const EXTRA_VALUES: Partial<Record<ProblemCode, readonly string[]>> = {
  'bad-kind': accepted(KIND_WORDS),
  'bad-legal-force': accepted(LEGAL_FORCE_WORDS),
  'bad-status': accepted(STATUS_WORDS),
  'bad-functions': accepted(FUNCTION_WORDS),
};

interface Found {
  readonly file: string;
  readonly sheet: Sheet;
  readonly report: SheetReport;
  readonly header: { readonly row: number; readonly kind: SheetKind };
}

async function runConvert(context: Context, m: ConvertMessages, files: readonly string[], options: ConvertOptions): Promise<ConvertResult> {
  const { io } = context;
  const problems = new Problems();
  const inputs: InputReport[] = [];
  const found: Found[] = [];
  const feedItems: { item: PolicyItem; where: Problem }[] = [];
  /** The title of the first RSS/Atom feed read, for the JSON Feed when the discovery document names none. */
  let feedTitle: string | undefined;

  // Read every file and find each sheet's header row and kind.
  for (const file of files) {
    const table = await readTable(resolve(io.cwd, file), options.sheet);
    if (!table.ok) {
      problems.add({
        severity: 'error',
        code: table.code,
        file,
        ...(table.sheets && table.code === 'too-many-rows' ? { sheet: table.sheets[0]! } : {}),
        ...(table.detail === undefined ? {} : { value: table.detail }),
        ...(table.sheets && table.code === 'no-sheet' ? { values: table.sheets } : {}),
        ...(table.number === undefined ? {} : { number: table.number }),
      });
      inputs.push({ file, sheets: [] });
      continue;
    }
    if (table.format === 'syndication') {
      const feed = readSyndication(table.text, file, options.baseUrl, problems);
      const input: InputReport = { file, ...(feed ? { format: feed.format } : {}), sheets: [] };
      inputs.push(input);
      if (feed) {
        input.sheets.push({ kind: 'policies', rows: feed.items.length + feed.skipped, converted: feed.items.length, left_out: feed.skipped });
        for (const [index, item] of feed.items.entries()) feedItems.push({ item, where: { severity: 'error', code: 'duplicate-id', file, item: index + 1 } });
        feedTitle ??= feed.title;
      }
      continue;
    }
    const input: InputReport = { file, format: table.format, ...(table.format === 'csv' ? { encoding: table.encoding } : {}), sheets: [] };
    inputs.push(input);
    for (const sheet of table.sheets) {
      const header = findHeader(sheet.rows, options.kind);
      const report: SheetReport = { ...(sheet.name === undefined ? {} : { name: sheet.name }), rows: 0, converted: 0, left_out: 0 };
      if (!header) {
        // A workbook's other sheets (说明, 字典 …) are skipped quietly-ish; a sheet the reader named, or a CSV file, is an error.
        const alone = table.sheets.length === 1 || options.sheet !== undefined;
        problems.add({ severity: alone ? 'error' : 'warning', code: 'no-header', file, ...(sheet.name === undefined ? {} : { sheet: sheet.name }) });
        input.sheets.push({ ...report, skipped: true });
        continue;
      }
      const entry: SheetReport = { ...report, kind: header.kind };
      input.sheets.push(entry);
      found.push({ file, sheet, report: entry, header });
    }
  }

  const kinds = new Set(found.map((f) => f.header.kind));
  if (feedItems.length > 0 || inputs.some((i) => i.format === 'rss' || i.format === 'atom')) kinds.add('policies');
  const writing: SectionFile[] = [
    ...(kinds.has('policies') ? [{ section: 'policies', file: 'policies.json' } as const] : []),
    ...(kinds.has('accounts') ? [{ section: 'accounts', file: 'accounts.json' } as const] : []),
  ];
  const discovery = await readDiscovery(options.out, writing);
  const known = discovery.state === 'none' ? new Map<string, string>() : discovery.organizations;

  // Rows to records.
  const items: { item: PolicyItem; where: Problem }[] = [...feedItems];
  const accounts: { account: Account; where: Problem }[] = [];
  const organizations = new Map<string, DerivedOrganization>();
  // Ledgers first, so a policy's 发布机构 finds an organization a 主办单位 named.
  const ordered = [...found].sort((a, b) => Number(a.header.kind === 'policies') - Number(b.header.kind === 'policies'));
  for (const { file, sheet, report, header } of ordered) {
    const kind = header.kind;
    const match = matchHeaders(kind, sheet.rows[header.row]!);
    const where = { file, ...(sheet.name === undefined ? {} : { sheet: sheet.name }) };
    if (match.unknown.length > 0) problems.add({ severity: 'warning', code: 'unknown-columns', ...where, row: header.row + 1, values: match.unknown });
    if (match.repeated.length > 0) problems.add({ severity: 'warning', code: 'repeated-columns', ...where, row: header.row + 1, values: match.repeated });
    const tally: Tally = { rows: 0, converted: 0, leftOut: 0 };
    const rows: SheetRows = { where, header: match, headerRow: header.row, rows: sheet.rows };
    if (match.missing.length > 0) {
      const aliases: Readonly<Record<string, readonly string[]>> = kind === 'policies' ? POLICY_ALIASES : ACCOUNT_ALIASES;
      problems.add({
        severity: 'error',
        code: 'missing-columns',
        ...where,
        row: header.row + 1,
        values: match.missing.map((field) => m.requiredColumn(aliases[field]![0]!, aliases[field]!)),
      });
      tally.rows = sheet.rows.slice(header.row + 1).filter((row) => !blankRow(row)).length;
      tally.leftOut = tally.rows;
    } else {
      const before = problems.list.length;
      const settings = { baseUrl: options.baseUrl, knownOrganizations: known };
      /** The template's example row, still in the sheet: said, and not counted as one of the county's rows. */
      const example = (url: string | undefined, row: number): boolean => {
        if (url !== EXAMPLE_POLICY_URL && url !== EXAMPLE_ACCOUNT_URL) return false;
        problems.add({ severity: 'warning', code: 'example-row', ...where, row, value: url });
        tally.converted--;
        tally.rows--;
        return true;
      };
      if (kind === 'policies') {
        for (const { item, row } of readPolicies(rows, problems, settings, tally, discovery.state === 'ours' ? organizations : undefined))
          if (!example(item.url, row)) items.push({ item, where: { severity: 'error', code: 'duplicate-id', ...where, row } });
      } else {
        for (const { account, row } of readAccounts(rows, problems, settings, tally, organizations))
          if (!example(account.url, row)) accounts.push({ account, where: { severity: 'error', code: 'duplicate-id', ...where, row } });
      }
      // The accepted words of an enumeration, given to its messages.
      for (let i = before; i < problems.list.length; i++) {
        const p = problems.list[i]!;
        const extra = EXTRA_VALUES[p.code];
        if (extra) problems.list[i] = { ...p, values: extra };
      }
      if (tally.rows === 0) problems.add({ severity: 'warning', code: 'empty', ...where });
    }
    report.rows = tally.rows;
    report.converted = tally.converted;
    report.left_out = tally.leftOut;
  }

  // The same id twice: the same record is converted once; another record with the same id is left out.
  const dedupe = <T>(list: readonly { value: T; id: string; where: Problem }[]): T[] => {
    const first = new Map<string, { json: string; where: Problem }>();
    const out: T[] = [];
    for (const { value, id, where } of list) {
      const json = JSON.stringify(value);
      const seen = first.get(id);
      if (!seen) {
        first.set(id, { json, where });
        out.push(value);
        continue;
      }
      const same = seen.json === json;
      problems.add({
        ...where,
        severity: same ? 'warning' : 'error',
        code: same ? 'duplicate-row' : 'duplicate-id',
        value: id,
        ...(seen.where.row === undefined ? {} : { number: seen.where.row }),
      });
      const sheet = inputs.find((i) => i.file === where.file)?.sheets.find((s) => s.name === where.sheet && !s.skipped);
      if (sheet) {
        sheet.converted--;
        if (!same) sheet.left_out++;
      }
    }
    return out;
  };
  const policyItems = dedupe(items.map(({ item, where }) => ({ value: item, id: String(item.id), where })));
  const accountList = dedupe(accounts.map(({ account, where }) => ({ value: account, id: account.id, where })));

  // Write.
  await mkdir(options.out, { recursive: true });
  const written: { file: string; kind: SheetKind; count: number }[] = [];
  const removed: string[] = [];
  const display = (name: string): string => relative(io.cwd, join(options.out, name)) || name;
  const sections: SectionFile[] = [];
  if (kinds.has('policies') && policyItems.length > 0) {
    const title = discovery.state === 'ours' && discovery.title ? `${discovery.title}政策文件` : (feedTitle ?? '政策文件');
    const pages = paginate(policyItems, options.pageSize, { title, ...(options.baseUrl === undefined ? {} : { base_url: options.baseUrl }) });
    for (const page of pages) {
      await writeFile(join(options.out, page.file), `${JSON.stringify(page.feed, null, 2)}\n`, 'utf8');
      written.push({ file: display(page.file), kind: 'policies', count: page.feed.items.length });
    }
    // Pages of an earlier, longer run would stay reachable by nobody but a search engine: removed.
    for (const name of await readdir(options.out)) {
      const n = /^policies-(\d+)\.json$/.exec(name)?.[1];
      if (n !== undefined && Number(n) > pages.length && pageName(Number(n)) === name) {
        await unlink(join(options.out, name));
        removed.push(display(name));
      }
    }
    sections.push({ section: 'policies', file: 'policies.json' });
  }
  if (kinds.has('accounts') && accountList.length > 0) {
    await writeFile(join(options.out, 'accounts.json'), `${JSON.stringify({ version: '1.0', accounts: accountList }, null, 2)}\n`, 'utf8');
    written.push({ file: display('accounts.json'), kind: 'accounts', count: accountList.length });
    sections.push({ section: 'accounts', file: 'accounts.json' });
  }

  // Link the discovery document.
  const added = newOrganizations(discovery, [...organizations.values()]);
  let disclosure: ConvertResult['disclosure'] = {
    file: display(DISCLOSURE),
    folder: relative(io.cwd, options.out) || '.',
    state: discovery.state,
    updated: false,
    organizations_added: 0,
  };
  if (sections.length > 0) {
    if (discovery.state === 'ours') {
      await updateDiscovery(options.out, discovery, sections, added, new Date());
      disclosure = { ...disclosure, updated: true, organizations_added: added.length };
    } else {
      const link: Record<string, unknown> = Object.fromEntries(sections.map(({ section, file }) => [section, file]));
      if (added.length > 0) link['organizations'] = added.map((org) => ({ id: org.id, name: org.name }));
      disclosure = { ...disclosure, link, ...(discovery.state === 'foreign' ? { why: discovery.why } : {}) };
    }
  }

  const word = (p: Problem): Problem & { message: string } => ({ ...p, message: m.problem(p) });
  // In the order of the files, then of the sheets, then of the rows (the file's own problems first).
  const order = (p: Problem): [number, number, number] => {
    const input = inputs.findIndex((i) => i.file === p.file);
    const sheet = inputs[input]?.sheets.findIndex((s) => s.name === p.sheet) ?? 0;
    return [input, sheet, p.row ?? p.item ?? 0];
  };
  const sorted = (list: readonly Problem[]): Problem[] =>
    list
      .map((p, i) => ({ p, i, key: order(p) }))
      .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.i - b.i)
      .map(({ p }) => p);
  const errors = sorted(problems.errors).map(word);
  const warnings = sorted(problems.warnings).map(word);
  const sheets = inputs.flatMap((i) => i.sheets);
  return {
    inputs,
    errors,
    warnings,
    written,
    removed,
    disclosure,
    converted: sheets.reduce((n, s) => n + s.converted, 0),
    left_out: sheets.reduce((n, s) => n + s.left_out, 0),
  };
}

async function printText({ io }: Context, m: ConvertMessages, result: ConvertResult): Promise<void> {
  const color = Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'];
  const paint = (code: string, text: string): string => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines: string[] = [`gov-widgets convert ${result.inputs.map((i) => i.file).join(' ')}`, ''];
  for (const input of result.inputs) {
    if (input.format) lines.push(m.reading(input.file, input.format, input.encoding));
    for (const sheet of input.sheets) {
      if (input.format === 'rss' || input.format === 'atom') lines.push(m.entriesLine(sheet.rows, sheet.converted, sheet.left_out));
      else if (sheet.skipped || !sheet.kind) lines.push(m.sheetSkipped(sheet.name));
      else lines.push(m.sheetLine(sheet.name, sheet.kind, sheet.rows, sheet.converted, sheet.left_out));
    }
  }
  const group = (title: string, list: readonly (Problem & { message: string })[], code: string): void => {
    if (list.length === 0) return;
    lines.push('', paint(code, title));
    let file: string | undefined;
    for (const p of list) {
      if (p.file !== file) lines.push(`  ${(file = p.file)}`);
      const where = m.where(p);
      lines.push(`    ${where ? `${where}${m.whereSeparator}` : ''}${p.message}`);
    }
  };
  group(m.errors(result.errors.length), result.errors, '31');
  group(m.warnings(result.warnings.length), result.warnings, '33');
  lines.push('');
  if (result.written.length === 0) lines.push(m.wroteNothing);
  else {
    lines.push(m.written);
    for (const w of result.written) lines.push(m.wroteFile(w.file, w.kind, w.count));
    const d = result.disclosure;
    if (d.updated)
      lines.push(
        m.disclosureUpdated(
          d.file,
          result.written.filter((w) => /(^|[/\\])(policies|accounts)\.json$/.test(w.file)).map((w) => w.file),
          d.organizations_added,
        ),
      );
    else if (d.link) {
      lines.push('', d.why === undefined ? m.disclosureNone(d.folder) : m.disclosureForeign(d.why));
      lines.push(JSON.stringify(d.link, null, 2).replace(/^/gm, '  '));
    }
  }
  lines.push(
    '',
    result.left_out > 0 || result.errors.length > 0 ? paint('31', m.summary(result.converted, result.left_out)) : paint('32', m.summary(result.converted, 0)),
  );
  if (result.written.length > 0) lines.push(m.nextStep(result.disclosure.updated ? result.disclosure.file : result.written[0]!.file));
  await write(io.stdout, `${lines.join('\n')}\n`);
}
