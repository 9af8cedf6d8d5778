/**
 * The figures of one county's accounts and of all counties together: what the summary table, the CSV and
 * the JSON of `gov-widgets audit` show. The rules themselves are the contract's audit (src/contract/audit.ts),
 * the same the directory's audit view and `validate` run.
 */
import { AUDIT_RULES, auditAccounts, type AuditFlag, type AuditRule } from '../../contract/audit.js';
import { daysSince, parseDate } from '../../contract/dates.js';
import type { Account, Platform } from '../../contract/types.js';

export interface Followers {
  /** Sum over the active accounts that publish a count. */
  readonly total: number;
  /** Active accounts that publish a count. */
  readonly counted: number;
  /** The oldest `as_of` among the counts summed (`YYYY-MM-DD…` as published); absent when none says. */
  readonly oldestAsOf?: string;
}

export interface Figures {
  readonly all: number;
  readonly active: number;
  /** Platforms with at least one active account, in the contract's order. */
  readonly platforms: readonly Platform[];
  readonly followers: Followers;
  /** Active accounts with a post within the stale limit. */
  readonly updated: number;
  /** `updated / active`, or `null` without active accounts. */
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
  readonly accounts: readonly AccountFlags[];
}

const PLATFORM_ORDER: readonly Platform[] = [
  'wechat_oa',
  'wechat_channels',
  'weibo',
  'douyin',
  'kuaishou',
  'toutiao',
  'bilibili',
  'xiaohongshu',
  'app',
  'miniprogram',
  'website',
  'other',
];

const isActive = (account: Account): boolean => (account.status ?? 'active') === 'active';

/** The figures and flags of one county's accounts, counted from `now`. */
export function auditCounty(accounts: readonly Account[], now: number, staleDays: number): CountyAudit {
  const report = auditAccounts(accounts, { now, staleDays });
  const active = accounts.filter(isActive);
  let total = 0;
  let counted = 0;
  let oldest: { time: number; text: string } | undefined;
  for (const account of active) {
    if (!account.followers) continue;
    total += account.followers.count;
    counted++;
    const asOf = parseDate(account.followers.as_of);
    if (asOf && (!oldest || asOf.time < oldest.time)) oldest = { time: asOf.time, text: account.followers.as_of! };
  }
  const covered = new Set(active.map((account) => account.platform));
  const updated = active.filter((account) => {
    const days = daysSince(account.last_post_at, now);
    return days !== undefined && days <= report.staleDays;
  }).length;
  return {
    figures: {
      all: report.total,
      active: report.audited,
      platforms: PLATFORM_ORDER.filter((platform) => covered.has(platform)),
      followers: { total, counted, ...(oldest ? { oldestAsOf: oldest.text } : {}) },
      updated,
      updatedShare: active.length === 0 ? null : updated / active.length,
      byRule: report.byRule,
    },
    accounts: report.accounts
      .filter((audit) => audit.flags.length > 0)
      .map((audit) => ({ ...audit, days: daysSince(audit.account.last_post_at, now) ?? null })),
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
  for (const figures of list) {
    all += figures.all;
    active += figures.active;
    updated += figures.updated;
    total += figures.followers.total;
    counted += figures.followers.counted;
    for (const platform of figures.platforms) platforms.add(platform);
    for (const rule of AUDIT_RULES) byRule[rule] += figures.byRule[rule];
    const asOf = parseDate(figures.followers.oldestAsOf);
    if (asOf && (!oldest || asOf.time < oldest.time)) oldest = { time: asOf.time, text: figures.followers.oldestAsOf! };
  }
  return {
    all,
    active,
    platforms: PLATFORM_ORDER.filter((platform) => platforms.has(platform)),
    followers: { total, counted, ...(oldest ? { oldestAsOf: oldest.text } : {}) },
    updated,
    updatedShare: active === 0 ? null : updated / active,
    byRule,
  };
}
