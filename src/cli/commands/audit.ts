/**
 * gov-widgets audit <file|url>… [--csv] [--csv-findings <file>] [--json] [--now <date>] [--stale-days <n>]
 *                               [--check-links] [--concurrency <n>]
 *
 * The account audit of many counties at once, for a city or province checking its counties as the State
 * Council's inspection does: one row per county (a discovery document or an accounts document), totals, and
 * each county's findings. A county whose documents cannot be read or validated is a row that says so; the
 * others are still audited. Exit status: 0 when every county loaded without errors (findings are warnings),
 * 1 when any did not, 2 on a usage error.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_STALE_DAYS } from '../../contract/audit.js';
import { NOW_OPTION, STALE_DAYS_OPTION, UsageError, write, type Command } from '../command.js';
import { csvFile } from '../audit/csv.js';
import { checkable, checkLinks } from '../audit/links.js';
import { loadCounty, type County } from '../audit/load.js';
import { AUDIT_CATALOGS } from '../audit/messages.js';
import { countyRows, findingRows, textReport } from '../audit/report.js';
import { auditResult, countyResult } from '../audit/result.js';

const DEFAULT_CONCURRENCY = 8;

/** Runs `task` over `items`, at most `limit` at a time; results in the order of `items`. */
async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function concurrencyOf(value: unknown, mistake: (value: string) => string): number {
  if (typeof value !== 'string') return DEFAULT_CONCURRENCY;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 64) throw new UsageError(mistake(value));
  return n;
}

export const audit: Command = {
  name: 'audit',
  help: (locale) => AUDIT_CATALOGS[locale].help,
  options: {
    '--json': { kind: 'flag' },
    '--csv': { kind: 'flag' },
    '--csv-findings': { kind: 'value', parse: (value) => value },
    '--check-links': { kind: 'flag' },
    '--now': NOW_OPTION,
    '--stale-days': STALE_DAYS_OPTION,
    // Checked in `run`, where the audit's own catalogue words the mistake.
    '--concurrency': { kind: 'value', parse: (value) => value },
  },
  async run(context, { options, operands }) {
    const { io, locale, t } = context;
    const w = AUDIT_CATALOGS[locale];
    if (operands.length === 0) throw new UsageError(w.needsTarget);
    if (options['--csv'] && options['--json']) throw new UsageError(w.csvAndJson);
    const now = typeof options['--now'] === 'number' ? options['--now'] : Date.now();
    const staleDays = typeof options['--stale-days'] === 'number' ? options['--stale-days'] : DEFAULT_STALE_DAYS;
    const concurrency = concurrencyOf(options['--concurrency'], w.notConcurrency);
    const gatherLinks = options['--check-links'] === true;
    const doFetch = io.fetch ?? globalThis.fetch.bind(globalThis);

    const counties: County[] = await pool(operands, concurrency, (target) =>
      loadCounty(target, { cwd: io.cwd, locale, t, fetch: doFetch, gatherLinks, words: w }),
    );
    const requested = counties.flatMap((county) => county.links.filter((link) => checkable(link.url, county.url)).map((link) => link.url));
    const links = gatherLinks ? await checkLinks(requested, { fetch: doFetch, concurrency }) : undefined;
    const result = auditResult(
      counties.map((county) => countyResult(county, { now, staleDays, locale, w, ...(links ? { links } : {}) })),
      now,
      staleDays,
      gatherLinks,
    );

    const findingsFile = options['--csv-findings'];
    if (typeof findingsFile === 'string') {
      const rows = findingRows(result, w);
      try {
        await writeFile(resolve(io.cwd, findingsFile), csvFile(rows));
      } catch (error) {
        await write(io.stderr, `gov-widgets: ${w.cannotWrite(findingsFile, error instanceof Error ? error.message : String(error))}\n`);
        return 2;
      }
      await write(io.stderr, `${w.csvFindingsWritten(findingsFile, rows.length - 1)}\n`);
    }
    if (options['--json']) await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
    else if (options['--csv']) await write(io.stdout, csvFile(countyRows(result, w)));
    else await write(io.stdout, textReport(result, locale, w));
    return result.totals.withErrors === 0 ? 0 : 1;
  },
};
