/**
 * The result of `gov-widgets audit`, one shape for the table, the CSV and the JSON: per county its
 * jurisdiction, figures, counts and findings, and the totals over all counties.
 */
import type { AuditRule } from '../../contract/audit.js';
import { pickText } from '../../contract/localized.js';
import type { Platform } from '../../contract/types.js';
import type { CliLocale } from '../locale.js';
import { auditCounty, sumFigures, type Figures } from './figures.js';
import { checkable, LINK_TIMEOUT_MS, type LinkResult } from './links.js';
import type { County, LoadProblem } from './load.js';
import type { AuditMessages, FindingRule } from './messages.js';

export interface Finding {
  readonly rule: FindingRule;
  readonly accountId?: string;
  readonly account?: string;
  readonly platform?: Platform;
  readonly organizationId?: string;
  readonly organization?: string;
  /** For a policy's broken link: the policy's title. */
  readonly policy?: string;
  /** Whole days since the account's last post; `null` without a post date or for a policy's link. */
  readonly days: number | null;
  /** What is wrong, in the reader's language. */
  readonly message: string;
  /** For a broken link: the link, its document and JSON path. */
  readonly url?: string;
  readonly document?: string;
  readonly path?: string;
  /** For a duplicate: the ids of the organization's other accounts on the platform. */
  readonly others?: readonly string[];
}

export type CountyStatus = 'ok' | 'invalid' | 'failed';

/** Links of a county: how many were requested, broken, and not requested (relative in a local file, or over the cap). */
export interface LinkCounts {
  readonly checked: number;
  readonly broken: number;
  readonly skipped: number;
}

export interface CountyResult {
  readonly target: string;
  readonly document: string;
  /** The jurisdiction's name in the reader's language and its code, when the document gives them. */
  readonly jurisdiction: { readonly name: string; readonly code?: string } | null;
  /** `failed`: the accounts could not be read; `invalid`: read, with errors (what a widget would leave out). */
  readonly status: CountyStatus;
  /** `null` when the accounts could not be read. */
  readonly figures: Figures | null;
  /** `null` without `--check-links`. */
  readonly links: LinkCounts | null;
  readonly errors: readonly LoadProblem[];
  readonly findings: readonly Finding[];
}

export interface AuditResult {
  /** The moment the audit counts from (RFC 3339). */
  readonly auditedAt: string;
  readonly staleDays: number;
  readonly counties: readonly CountyResult[];
  readonly totals: {
    readonly counties: number;
    /** Counties whose documents could not be read or have errors. */
    readonly withErrors: number;
    readonly errors: number;
    readonly figures: Figures;
    readonly links: LinkCounts | null;
  };
}

const ORDER: readonly AuditRule[] = ['stale', 'duplicate', 'no-interaction', 'unverified'];

/** Builds a county's result from what was loaded and (with `--check-links`) the link results. */
export function countyResult(
  county: County,
  options: {
    readonly now: number;
    readonly staleDays: number;
    readonly locale: CliLocale;
    readonly w: AuditMessages;
    readonly links?: ReadonlyMap<string, LinkResult>;
  },
): CountyResult {
  const { locale, w } = options;
  const text = (value: Parameters<typeof pickText>[0]): string => pickText(value, locale);
  const jurisdiction = county.jurisdiction
    ? { name: text(county.jurisdiction.name), ...(county.jurisdiction.code === undefined ? {} : { code: county.jurisdiction.code }) }
    : null;
  const status: CountyStatus = county.accounts === undefined ? 'failed' : county.problems.length > 0 ? 'invalid' : 'ok';
  const accounts = county.accounts ?? [];
  const audit = county.accounts === undefined ? undefined : auditCounty(accounts, county.organizations, options.now, options.staleDays);
  const organizations = new Map(county.organizations.map((org) => [org.id, org.name]));
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const describe = (id: string): Pick<Finding, 'accountId' | 'account' | 'platform' | 'organizationId' | 'organization'> => {
    const account = byId.get(id);
    if (!account) return { accountId: id };
    const organization = account.organization_id === undefined ? undefined : organizations.get(account.organization_id);
    return {
      accountId: id,
      account: text(account.name),
      platform: account.platform,
      ...(account.organization_id === undefined ? {} : { organizationId: account.organization_id }),
      ...(account.organization_id === undefined ? {} : { organization: organization === undefined ? account.organization_id : text(organization) }),
    };
  };

  const findings: Finding[] = [];
  for (const entry of audit?.accounts ?? []) {
    const flags = [...entry.flags].sort((a, b) => ORDER.indexOf(a.rule) - ORDER.indexOf(b.rule));
    for (const flag of flags) {
      const base = { rule: flag.rule, ...describe(entry.account.id), days: entry.days };
      if (flag.rule === 'stale') findings.push({ ...base, message: w.rules.stale(options.staleDays) });
      else if (flag.rule === 'duplicate') {
        const others = flag.others.map((id) => byId.get(id)).map((other, i) => (other ? text(other.name) : flag.others[i]!));
        findings.push({ ...base, message: w.rules.duplicate(others.join(locale === 'en' ? ', ' : '、')), others: flag.others });
      } else findings.push({ ...base, message: w.rules[flag.rule] });
    }
  }

  let links: LinkCounts | null = null;
  if (options.links) {
    let checked = 0;
    let broken = 0;
    let skipped = 0;
    const counted = new Set<string>();
    for (const link of county.links) {
      const result = checkable(link.url, county.url) ? options.links.get(link.url) : undefined;
      if (!result) {
        skipped++;
        continue;
      }
      checked++;
      if (result.ok) continue;
      broken++;
      // One finding per link and place; the same dead URL twice in one county is two places to fix.
      const key = `${link.document}|${link.path}`;
      if (counted.has(key)) continue;
      counted.add(key);
      const cause = 'timeout' in result ? w.linkCause.timeout(LINK_TIMEOUT_MS / 1000) : 'status' in result ? w.linkCause.status(result.status) : result.cause;
      findings.push({
        rule: 'broken-link',
        ...(link.accountId === undefined ? {} : describe(link.accountId)),
        ...(link.policy === undefined ? {} : { policy: text(link.policy) }),
        days: null,
        message: w.rules['broken-link'](cause),
        url: link.url,
        document: link.document,
        path: link.path,
      });
    }
    links = { checked, broken, skipped };
  }

  return {
    target: county.target,
    document: county.document,
    jurisdiction,
    status,
    figures: audit?.figures ?? null,
    links,
    errors: county.problems,
    findings,
  };
}

export function auditResult(counties: readonly CountyResult[], now: number, staleDays: number, linksChecked: boolean): AuditResult {
  const sum = (pick: (links: LinkCounts) => number): number => counties.reduce((n, county) => n + (county.links ? pick(county.links) : 0), 0);
  return {
    auditedAt: new Date(now).toISOString(),
    staleDays,
    counties,
    totals: {
      counties: counties.length,
      withErrors: counties.filter((county) => county.status !== 'ok').length,
      errors: counties.reduce((n, county) => n + county.errors.length, 0),
      figures: sumFigures(counties.flatMap((county) => (county.figures ? [county.figures] : []))),
      links: linksChecked ? { checked: sum((l) => l.checked), broken: sum((l) => l.broken), skipped: sum((l) => l.skipped) } : null,
    },
  };
}
