/**
 * The compliance audit of official new-media accounts, after the State Council's rules for government
 * accounts: in principle one account per organization per platform; no update for two weeks before a check
 * is a failing ("zombie") account; an account needs a working interaction channel; and it should carry the
 * platform's official verification. Pure: the directory's audit view and the command-line validator share it.
 */
import { daysSince } from './dates.js';
import type { Account, Platform } from './types.js';

export type AuditRule = 'stale' | 'duplicate' | 'no-interaction' | 'unverified';
export const AUDIT_RULES: readonly AuditRule[] = ['stale', 'duplicate', 'no-interaction', 'unverified'];

/** Two weeks, the State Council's line for a zombie account. */
export const DEFAULT_STALE_DAYS = 14;

export type AuditFlag =
  | { readonly rule: 'stale'; /** Whole days since the last post; `null` when no post date is given. */ readonly days: number | null }
  | {
      readonly rule: 'duplicate';
      readonly organizationId: string;
      readonly platform: Platform;
      /** Ids of the other active accounts of the same organization on the same platform. */
      readonly others: readonly string[];
    }
  | { readonly rule: 'no-interaction' }
  | { readonly rule: 'unverified' };

export interface AccountAudit {
  readonly account: Account;
  /** Empty when the account passes. */
  readonly flags: readonly AuditFlag[];
}

export interface AuditReport {
  /** The moment the audit counts from (milliseconds). */
  readonly checkedAt: number;
  readonly staleDays: number;
  /** All accounts given. */
  readonly total: number;
  /** Accounts the rules apply to: the active ones (closed, closing, merged and paused accounts are not run). */
  readonly audited: number;
  /** Audited accounts with at least one flag. */
  readonly failing: number;
  /** Accounts failing each rule. */
  readonly byRule: Readonly<Record<AuditRule, number>>;
  /** One entry per audited account, in the order given. */
  readonly accounts: readonly AccountAudit[];
}

export interface AuditOptions {
  /** When the check happens; defaults to now. */
  readonly now?: number;
  /** Days without a post after which an account fails; defaults to {@link DEFAULT_STALE_DAYS}. */
  readonly staleDays?: number;
}

const isActive = (account: Account): boolean => (account.status ?? 'active') === 'active';

/** Audits accounts against the four rules. Never throws; an account without an organization is never a duplicate. */
export function auditAccounts(accounts: readonly Account[], options: AuditOptions = {}): AuditReport {
  const now = options.now ?? Date.now();
  const staleDays = options.staleDays !== undefined && Number.isFinite(options.staleDays) && options.staleDays >= 0 ? options.staleDays : DEFAULT_STALE_DAYS;
  const active = accounts.filter(isActive);

  const groups = new Map<string, Account[]>();
  for (const account of active) {
    if (account.organization_id === undefined) continue;
    const key = JSON.stringify([account.organization_id, account.platform]);
    const group = groups.get(key);
    if (group) group.push(account);
    else groups.set(key, [account]);
  }

  const byRule: Record<AuditRule, number> = { stale: 0, duplicate: 0, 'no-interaction': 0, unverified: 0 };
  let failing = 0;
  const audits = active.map((account): AccountAudit => {
    const flags: AuditFlag[] = [];
    const days = daysSince(account.last_post_at, now);
    if (days === undefined || days > staleDays) flags.push({ rule: 'stale', days: days ?? null });
    const group = account.organization_id === undefined ? undefined : groups.get(JSON.stringify([account.organization_id, account.platform]));
    if (group && group.length > 1) {
      flags.push({
        rule: 'duplicate',
        organizationId: account.organization_id!,
        platform: account.platform,
        others: group.filter((other) => other !== account).map((other) => other.id),
      });
    }
    if (!account.functions?.includes('interact')) flags.push({ rule: 'no-interaction' });
    if (account.verified !== true) flags.push({ rule: 'unverified' });
    for (const flag of flags) byRule[flag.rule]++;
    if (flags.length > 0) failing++;
    return { account, flags };
  });

  return { checkedAt: now, staleDays, total: accounts.length, audited: active.length, failing, byRule, accounts: audits };
}
