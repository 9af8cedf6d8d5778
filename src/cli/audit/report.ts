/**
 * How an audit is shown: the summary table (columns aligned by display width, so Chinese text, two columns
 * wide in a terminal, lines up), the totals row, then each county's errors and findings; and the same rows
 * as CSV.
 */
import type { CliLocale } from '../locale.js';
import { displayWidth } from '../json-syntax.js';
import type { Cell } from './csv.js';
import type { Figures } from './figures.js';
import type { AuditMessages } from './messages.js';
import type { AuditResult, CountyResult, LinkCounts } from './result.js';

/** Followers through Intl: 万 / 亿 in Chinese, digits grouped in English. */
function followersText(n: number, locale: CliLocale): string {
  return locale === 'en' ? new Intl.NumberFormat('en').format(n) : new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

const percent = (share: number | null, locale: CliLocale, w: AuditMessages): string =>
  share === null ? w.none : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

const day = (date: string | undefined): string | undefined => date?.slice(0, 10);

interface Column {
  readonly title: string;
  /** Numbers are right-aligned. */
  readonly right: boolean;
}

function pad(text: string, width: number, right: boolean): string {
  const space = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? space + text : text + space;
}

/** Lines of a table whose cells are padded to their column's display width. */
export function alignRows(columns: readonly Column[], rows: readonly (readonly string[])[], indent = ''): string[] {
  const widths = columns.map((column, i) => Math.max(displayWidth(column.title), ...rows.map((row) => displayWidth(row[i] ?? ''))));
  const line = (cells: readonly string[]): string => (indent + cells.map((cell, i) => pad(cell, widths[i]!, columns[i]!.right)).join('  ')).replace(/\s+$/, '');
  return [line(columns.map((c) => c.title)), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)];
}

function linkCell(links: LinkCounts | null, w: AuditMessages, loaded: boolean): string {
  if (links === null) return w.notChecked;
  return loaded || links.checked > 0 ? String(links.broken) : w.none;
}

function figureCells(figures: Figures | null, locale: CliLocale, w: AuditMessages): string[] {
  if (!figures) return Array.from({ length: 8 }, () => w.none);
  const asOf = day(figures.followers.oldestAsOf);
  const followers = figures.followers.counted === 0 ? w.none : w.followersAsOf(followersText(figures.followers.total, locale), asOf);
  return [
    `${figures.active}/${figures.all}`,
    String(figures.platforms.length),
    followers,
    percent(figures.updatedShare, locale, w),
    String(figures.byRule.stale),
    String(figures.byRule.duplicate),
    String(figures.byRule['no-interaction']),
    String(figures.byRule.unverified),
  ];
}

const countyName = (county: CountyResult): string => county.jurisdiction?.name ?? county.document;

function statusText(county: CountyResult, w: AuditMessages): string {
  return county.status === 'ok' ? w.status.ok : county.status === 'failed' ? w.status.failed : w.status.invalid(county.errors.length);
}

/** The text report: summary table with totals, then each county's errors and findings. */
export function textReport(result: AuditResult, locale: CliLocale, w: AuditMessages): string {
  const c = w.columns;
  const columns: Column[] = [
    { title: c.county, right: false },
    { title: c.code, right: false },
    { title: c.status, right: false },
    { title: c.accounts, right: true },
    { title: c.platforms, right: true },
    { title: c.followers, right: true },
    { title: c.updated(result.staleDays), right: true },
    { title: c.stale(result.staleDays), right: true },
    { title: c.duplicate, right: true },
    { title: c.noInteraction, right: true },
    { title: c.unverified, right: true },
    { title: c.brokenLinks, right: true },
    { title: c.failed, right: true },
  ];
  const rows = result.counties.map((county) => [
    countyName(county),
    county.jurisdiction?.code ?? '',
    statusText(county, w),
    ...figureCells(county.figures, locale, w),
    linkCell(county.links, w, county.figures !== null),
    String(county.errors.length),
  ]);
  const totals = result.totals;
  rows.push([
    w.totals,
    '',
    totals.withErrors === 0 ? w.status.ok : w.status.counties(totals.withErrors),
    ...figureCells(totals.figures, locale, w),
    linkCell(totals.links, w, true),
    String(totals.errors),
  ]);
  const lines = [`gov-widgets audit`, '', ...alignRows(columns, rows)];
  // The rule under the last county row sets the totals apart.
  lines.splice(lines.length - 1, 0, lines[3]!);

  const findingColumns: Column[] = [
    { title: w.findingColumns.account, right: false },
    { title: w.findingColumns.platform, right: false },
    { title: w.findingColumns.organization, right: false },
    { title: w.findingColumns.problem, right: false },
    { title: w.findingColumns.days, right: true },
  ];
  for (const county of result.counties) {
    const code = county.jurisdiction?.code;
    lines.push('', county.jurisdiction ? `${county.jurisdiction.name}${code ? ` (${code})` : ''}  ${county.document}` : county.document);
    for (const error of county.errors) lines.push(`  ✖ ${error.document} ${error.path}  ${error.message}`);
    if (county.links && county.links.skipped > 0) lines.push(`  ${w.linksSkipped(county.links.skipped)}`);
    if (county.findings.length === 0) {
      if (county.status !== 'failed') lines.push(`  ${w.noFindings}`);
      continue;
    }
    const findingRows = county.findings.map((f) => [
      f.account ?? f.policy ?? '',
      f.platform ? w.platforms[f.platform] : '',
      f.organization ?? '',
      f.url ? `${f.message} ${f.url}` : f.message,
      f.rule === 'broken-link' ? '' : f.days === null ? w.noPostDate : w.days(f.days),
    ]);
    lines.push(...alignRows(findingColumns, findingRows, '  '));
  }
  lines.push('', w.summaryLine(totals.counties, totals.withErrors, result.auditedAt.slice(0, 10), result.staleDays));
  return `${lines.map(printable).join('\n')}\n`;
}

/**
 * Text from the documents reaches a terminal: control characters (an escape sequence in an account's name
 * could move the cursor or rewrite the screen) are shown as U+FFFD.
 */
export function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, '\ufffd');
}

/** One CSV row per county, then the totals row; raw numbers, dates as published. */
export function countyRows(result: AuditResult, w: AuditMessages): Cell[][] {
  const c = w.columns;
  const header: Cell[] = [
    c.county,
    c.code,
    c.status,
    c.active,
    c.all,
    c.platforms,
    c.followers,
    c.followersAsOf,
    c.updatedShare(result.staleDays),
    c.stale(result.staleDays),
    c.duplicate,
    c.noInteraction,
    c.unverified,
    c.brokenLinks,
    c.failed,
    c.document,
  ];
  const figures = (f: Figures | null): Cell[] =>
    f
      ? [
          f.active,
          f.all,
          f.platforms.length,
          f.followers.total,
          day(f.followers.oldestAsOf) ?? '',
          f.updatedShare === null ? '' : Math.round(f.updatedShare * 1000) / 1000,
          f.byRule.stale,
          f.byRule.duplicate,
          f.byRule['no-interaction'],
          f.byRule.unverified,
        ]
      : Array.from({ length: 10 }, () => '');
  const links = (l: LinkCounts | null): Cell => (l === null ? w.notChecked : l.broken);
  const rows: Cell[][] = [header];
  for (const county of result.counties) {
    rows.push([
      countyName(county),
      county.jurisdiction?.code ?? '',
      statusText(county, w),
      ...figures(county.figures),
      county.figures === null && county.links !== null ? '' : links(county.links),
      county.errors.length,
      county.document,
    ]);
  }
  const t = result.totals;
  rows.push([w.totals, '', t.withErrors === 0 ? w.status.ok : w.status.counties(t.withErrors), ...figures(t.figures), links(t.links), t.errors, '']);
  return rows;
}

/** One CSV row per finding, each with its county. */
export function findingRows(result: AuditResult, w: AuditMessages): Cell[][] {
  const f = w.findingColumns;
  const rows: Cell[][] = [[w.columns.county, w.columns.code, f.account, f.accountId, f.platform, f.organization, f.problem, f.days, f.url]];
  for (const county of result.counties) {
    for (const finding of county.findings) {
      rows.push([
        countyName(county),
        county.jurisdiction?.code ?? '',
        finding.account ?? finding.policy ?? '',
        finding.accountId ?? '',
        finding.platform ? w.platforms[finding.platform] : '',
        finding.organization ?? '',
        finding.message,
        finding.rule === 'broken-link' ? '' : finding.days,
        finding.url ?? '',
      ]);
    }
  }
  return rows;
}
