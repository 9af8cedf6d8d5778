/**
 * The figures of one county's accounts and of all counties together: what the summary table, the CSV and
 * the JSON of `gov-widgets audit` show. The rules themselves are the contract's audit (src/contract/audit.ts),
 * the same the directory's audit view and `validate` run.
 */
import { AUDIT_RULES, type AuditFlag, type AuditRule } from '../../contract/audit.js';
import { parseDate } from '../../contract/dates.js';
import { accountMatrix, accountTotals } from '../../contract/matrix.js';
import { PLATFORMS, type Account, type Organization, type Platform } from '../../contract/types.js';

export interface Followers {
  /** Sum over the active accounts that publish a count. */
  readonly total: number;
  /** Active accounts that publish a count. */
  readonly counted: number;
  /** The oldest `as_of` among the counts summed (as published); absent when none says. */
  readonly oldestAsOf?: string;
  /** Counts summed that give no valid `as_of` (the total's age is then partly unknown). */
  readonly undated: number;
}

export interface Figures {
  readonly all: number;
  readonly active: number;
  /** Platforms with at least one active account, in the contract's order. */
  readonly platforms: readonly Platform[];
  readonly followers: Followers;
  /** Active accounts with a post within the stale limit. */
  readonly updated: number;
  /** `updated / active`, or `null` without active accounts (shown as —, not as 0 %). */
  readonly updatedShare: number | null;
  /** Active accounts failing each rule. */
  readonly byRule: Readonly<Record<AuditRule, number>>;
}

/** An account's failing rules, as the findings list shows them. */
export interface AccountFlags {
  readonly account: Account;
  readonly flags: readonly AuditFlag[];
  /** Whole days since the last post; `null` without a post date. */
  readonly days: number | null;
}

export interface CountyAudit {
  readonly figures: Figures;
  /** Accounts with at least one failing rule, in the matrix's order: organization rows, then platform columns. */
  readonly accounts: readonly AccountFlags[];
}

/**
 * The figures and flags of one county's accounts, counted from `now` by the matrix model
 * (src/contract/matrix.ts) — the figures the directory's totals line and matrix view show for the same data.
 */
export function auditCounty(accounts: readonly Account[], organizations: readonly Organization[], now: number, staleDays: number): CountyAudit {
  const source = { accounts, organizations };
  const totals = accountTotals(source, now, staleDays);
  const matrix = accountMatrix(source, now, staleDays);
  const { byRule } = matrix.audit;
  const flagsOf = new Map(matrix.audit.accounts.map((audit) => [audit.account, audit.flags]));
  const flagged: AccountFlags[] = [];
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      for (const entry of cell?.accounts ?? []) {
        const flags = flagsOf.get(entry.account);
        if (flags && flags.length > 0) flagged.push({ account: entry.account, flags, days: entry.days });
      }
    }
  }
  return {
    figures: {
      all: totals.all,
      active: totals.active,
      platforms: totals.platforms,
      followers: {
        total: totals.followers,
        counted: totals.withFollowers,
        ...(totals.followersAsOf === undefined ? {} : { oldestAsOf: totals.followersAsOf }),
        undated: totals.followersUndated,
      },
      updated: totals.updated,
      updatedShare: totals.active === 0 ? null : totals.updatedShare,
      // The matrix marks exactly the audit's duplicates and stale accounts; the other two rules are the audit's.
      byRule: { ...byRule, duplicate: matrix.duplicates.size, stale: matrix.stale.size },
    },
    accounts: flagged,
  };
}

/** All counties together: sums, the union of platforms, the oldest `as_of`. */
export function sumFigures(list: readonly Figures[]): Figures {
  const byRule: Record<AuditRule, number> = { stale: 0, duplicate: 0, 'no-interaction': 0, unverified: 0 };
  const platforms = new Set<Platform>();
  let oldest: { time: number; text: string } | undefined;
  let all = 0;
  let active = 0;
  let updated = 0;
  let total = 0;
  let counted = 0;
  let undated = 0;
  for (const figures of list) {
    all += figures.all;
    active += figures.active;
    updated += figures.updated;
    total += figures.followers.total;
    counted += figures.followers.counted;
    undated += figures.followers.undated;
    for (const platform of figures.platforms) platforms.add(platform);
    for (const rule of AUDIT_RULES) byRule[rule] += figures.byRule[rule];
    const asOf = parseDate(figures.followers.oldestAsOf);
    if (asOf && (!oldest || asOf.time < oldest.time)) oldest = { time: asOf.time, text: figures.followers.oldestAsOf! };
  }
  return {
    all,
    active,
    platforms: PLATFORMS.filter((platform) => platforms.has(platform)),
    followers: { total, counted, ...(oldest ? { oldestAsOf: oldest.text } : {}), undated },
    updated,
    updatedShare: active === 0 ? null : updated / active,
    byRule,
  };
}
