/**
 * The totals of a directory or of a county (the directory's totals line, the command line's audit): accounts
 * active of all, platforms covered, followers in all with the oldest date behind the sum, the share updated
 * recently. Pure; the stale rule is the audit's ({@link auditAccounts}). Part of the matrix model: import it
 * from src/contract/matrix.ts (or the contract's index).
 */
import { auditAccounts, DEFAULT_STALE_DAYS } from './audit.js';
import { parseDate } from './dates.js';
import { PLATFORMS, type Account, type DateString, type Organization, type Platform } from './types.js';

/**
 * The accounts and the organizations they name: a discovery document with its accounts section read
 * (`{ organizations, accounts: accountsDocument.accounts }`), or what a widget holds (organizations by id).
 */
export interface AccountsSource {
  readonly accounts: readonly Account[];
  /** Organizations in document order (an array, or a map by id in insertion order). */
  readonly organizations?: readonly Organization[] | ReadonlyMap<string, Organization> | undefined;
}

/** A usable stale threshold: a finite number ≥ 0, else {@link DEFAULT_STALE_DAYS} (as the audit reads it). */
function staleDaysOf(staleDays: number | undefined): number {
  return staleDays !== undefined && Number.isFinite(staleDays) && staleDays >= 0 ? staleDays : DEFAULT_STALE_DAYS;
}

export interface AccountTotals {
  /** The moment counted from (milliseconds). */
  readonly checkedAt: number;
  readonly staleDays: number;
  /** All accounts given, whatever their status. */
  readonly all: number;
  /** Active ones (status `active` or none): the accounts the audit runs. */
  readonly active: number;
  /** Platforms with at least one active account, in the contract's order. */
  readonly platforms: readonly Platform[];
  /** Followers of the active accounts that publish a figure (`followers.count`), summed. */
  readonly followers: number;
  /** Active accounts that publish a follower figure. */
  readonly withFollowers: number;
  /**
   * The oldest `followers.as_of` among the figures summed (the total is "as of" no later than this); `undefined`
   * when no summed figure gives a valid date.
   */
  readonly followersAsOf: DateString | undefined;
  /** Summed figures that give no valid `as_of` date (the total's age is then partly unknown). */
  readonly followersUndated: number;
  /** Active accounts that posted within `staleDays` (not stale in the audit). */
  readonly updated: number;
  /** `updated / active`, 0 to 1; 0 when there is no active account. */
  readonly updatedShare: number;
}

/**
 * The summary line of a directory or of a county in the CLI's audit: accounts active of all, platforms covered,
 * total followers with the oldest `as_of` behind the total, and the share of active accounts updated within
 * `staleDays` (the audit's stale rule, so `active - updated` is the audit's stale count). Closed, merged, paused
 * and closing accounts count in `all` only: their followers are not a reach the government has today.
 *
 * @param now The moment the stale rule counts from (milliseconds).
 * @param staleDays {@link DEFAULT_STALE_DAYS} when missing, negative or not finite.
 */
export function accountTotals(doc: AccountsSource, now: number, staleDays: number = DEFAULT_STALE_DAYS): AccountTotals {
  const audit = auditAccounts(doc.accounts, { now, staleDays: staleDaysOf(staleDays) });
  const covered = new Set<Platform>();
  let followers = 0;
  let withFollowers = 0;
  let undated = 0;
  let oldest: { time: number; value: DateString } | undefined;
  let updated = 0;
  for (const { account, flags } of audit.accounts) {
    covered.add(account.platform);
    if (!flags.some((flag) => flag.rule === 'stale')) updated++;
    const figure = account.followers;
    if (!figure || !Number.isFinite(figure.count) || figure.count < 0) continue;
    followers += figure.count;
    withFollowers++;
    const value = figure.as_of;
    const asOf = parseDate(value);
    if (!asOf || value === undefined) undated++;
    else if (!oldest || asOf.time < oldest.time) oldest = { time: asOf.time, value };
  }
  return {
    checkedAt: audit.checkedAt,
    staleDays: audit.staleDays,
    all: audit.total,
    active: audit.audited,
    platforms: PLATFORMS.filter((platform) => covered.has(platform)),
    followers,
    withFollowers,
    followersAsOf: oldest?.value,
    followersUndated: undated,
    updated,
    updatedShare: audit.audited === 0 ? 0 : updated / audit.audited,
  };
}
