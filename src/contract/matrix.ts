/**
 * The new-media matrix of a government (issue 15, after the State Council's notice 国办发〔2018〕123号 and the
 * rankings gsdata publishes): accounts ranked by reach, activity or name; organizations × platforms with where
 * an organization runs more than one account on a platform and where an account is stale, merged or closed; and
 * the totals a city compares its counties by. Pure (no DOM, no Lit): the directory's matrix view and sort, and
 * the command line's `audit`, use it alike.
 *
 * The duplicate and stale marks are the audit's own ({@link auditAccounts}, src/contract/audit.ts): the matrix
 * never decides them itself, so it marks exactly the accounts the audit view and the validator report.
 */
import { auditAccounts, DEFAULT_STALE_DAYS, type AuditReport } from './audit.js';
import { daysSince, parseDate } from './dates.js';
import { pickText } from './localized.js';
import { PLATFORMS, type Account, type AccountStatus, type DateString, type Organization, type Platform } from './types.js';

// ---------------------------------------------------------------------------------------------------
// Input

/**
 * The accounts and the organizations they name: a discovery document with its accounts section read
 * (`{ organizations, accounts: accountsDocument.accounts }`), or what a widget holds (organizations by id).
 */
export interface AccountsSource {
  readonly accounts: readonly Account[];
  /** Organizations in document order (an array, or a map by id in insertion order). */
  readonly organizations?: readonly Organization[] | ReadonlyMap<string, Organization> | undefined;
}

function organizationMap(source: AccountsSource): ReadonlyMap<string, Organization> {
  const given = source.organizations;
  if (given === undefined) return new Map();
  if (!isList(given)) return given;
  const map = new Map<string, Organization>();
  // The first of a repeated id wins, as validation keeps it.
  for (const organization of given) if (!map.has(organization.id)) map.set(organization.id, organization);
  return map;
}

const isList = (value: readonly Organization[] | ReadonlyMap<string, Organization>): value is readonly Organization[] => Array.isArray(value);

const statusOf = (account: Account): AccountStatus => account.status ?? 'active';

/** A usable stale threshold: a finite number ≥ 0, else {@link DEFAULT_STALE_DAYS} (as the audit reads it). */
function staleDaysOf(staleDays: number | undefined): number {
  return staleDays !== undefined && Number.isFinite(staleDays) && staleDays >= 0 ? staleDays : DEFAULT_STALE_DAYS;
}

// ---------------------------------------------------------------------------------------------------
// Ranking

/** How {@link sortAccounts} orders accounts; the directory's `sort` attribute. */
export type SortOrder = 'followers' | 'activity' | 'name';
export const SORT_ORDERS: readonly SortOrder[] = ['followers', 'activity', 'name'];

/** Whole days since an account's last post and last reply (`undefined` where the date is missing or invalid). */
export interface AccountActivity {
  readonly post: number | undefined;
  readonly reply: number | undefined;
}

/** Days since the last post and the last reply, counted as the audit counts (whole days, {@link daysSince}). */
export function accountActivity(account: Account, now: number): AccountActivity {
  return { post: daysSince(account.last_post_at, now), reply: daysSince(account.last_reply_at, now) };
}

/**
 * The collator of names: Chinese by pinyin (`zh-…-u-co-pinyin`, the order of a Chinese index, the same for
 * zh-Hans and zh-Hant readers so everyone sees one ranking), any other locale by its own default. Cached: one
 * per locale.
 */
const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    const chinese = /^zh(?:-|$)/i.test(locale);
    let tag = chinese ? 'zh-Hans-u-co-pinyin' : locale;
    try {
      collator = new Intl.Collator(tag, { usage: 'sort', sensitivity: 'variant', numeric: true });
    } catch {
      // An invalid tag (RangeError): the root order, still the same everywhere.
      tag = 'und';
      collator = new Intl.Collator(tag, { usage: 'sort', sensitivity: 'variant', numeric: true });
    }
    collators.set(locale, collator);
  }
  return collator;
}

/** Plain UTF-16 code unit order: the last word when a collator calls two different strings equal. */
const codeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ascending, `undefined` after every number. */
function missingLast(a: number | undefined, b: number | undefined): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  return a - b;
}

interface SortKey {
  readonly account: Account;
  readonly name: string;
  readonly followers: number | undefined;
  readonly post: number | undefined;
  readonly reply: number | undefined;
}

/**
 * Accounts in a ranking order, a new array (the input is left as it is). Every order is total and the same on
 * every engine:
 *
 * - `followers`: most followers first (`followers.count`; the `as_of` date does not rank); accounts without a
 *   published figure after every account with one.
 * - `activity`: fewest whole days since the last post first (the two-week rule counts posts), then fewest days
 *   since the last reply; a missing or invalid date after every date. A date in the future counts as it is
 *   (negative days), as the audit counts it.
 * - `name`: by name in `locale` (see below).
 *
 * Ties, in every order, go by name, then by `id` (unique in a valid document), so equal figures and missing
 * ones come out in one predictable order. Names are picked in `locale` (the content language, as the widget
 * shows them) and compared with `Intl.Collator`: Chinese (`zh`, `zh-Hans`, `zh-Hant` …) by pinyin
 * (`zh-Hans-u-co-pinyin`), other locales by their own order, numbers inside names by value; an empty name after
 * every other; two names the collator calls equal by their UTF-16 code units, so engines whose collation data
 * differ on such a pair still agree.
 *
 * @param now The moment days are counted from (milliseconds), as the audit's.
 * @param locale The language names are picked and compared in (a BCP 47 tag).
 */
export function sortAccounts(accounts: readonly Account[], order: SortOrder, now: number, locale: string): Account[] {
  const collator = collatorFor(locale);
  const keys = accounts.map((account): SortKey => {
    const activity = order === 'activity' ? accountActivity(account, now) : { post: undefined, reply: undefined };
    return {
      account,
      name: pickText(account.name, locale).trim(),
      followers: account.followers?.count,
      post: activity.post,
      reply: activity.reply,
    };
  });
  const byName = (a: SortKey, b: SortKey): number => {
    if (a.name === '' || b.name === '') return (a.name === '' ? 1 : 0) - (b.name === '' ? 1 : 0);
    return collator.compare(a.name, b.name) || codeUnits(a.name, b.name);
  };
  const compare = (a: SortKey, b: SortKey): number => {
    let result = 0;
    if (order === 'followers') result = missingLast(a.followers === undefined ? undefined : -a.followers, b.followers === undefined ? undefined : -b.followers);
    else if (order === 'activity') result = missingLast(a.post, b.post) || missingLast(a.reply, b.reply);
    return result || byName(a, b) || codeUnits(a.account.id, b.account.id);
  };
  return keys.sort(compare).map((key) => key.account);
}

// ---------------------------------------------------------------------------------------------------
// The matrix

/** The row key of accounts whose organization is not named or not among the organizations given. */
export const UNKNOWN_ORGANIZATION = '';

/** One account in a cell of the matrix, with what the matrix says of it. */
export interface MatrixAccount {
  readonly account: Account;
  readonly status: AccountStatus;
  /**
   * Another active account of the same organization on the same platform exists (the audit's `duplicate`):
   * only active accounts are ever duplicates, as the audit runs only those.
   */
  readonly duplicate: boolean;
  /** No post within the stale threshold (the audit's `stale`); only active accounts. */
  readonly stale: boolean;
  /** Whole days since the last post; `null` when no valid date is given. */
  readonly days: number | null;
}

/** The accounts of one organization on one platform. */
export interface MatrixCell {
  readonly platform: Platform;
  /** Active ones first (document order), then paused and closing, then merged and closed. */
  readonly accounts: readonly MatrixAccount[];
  /** Active accounts in the cell. */
  readonly active: number;
  /** More than one active account: the "one account per organization per platform" rule is broken here. */
  readonly duplicate: boolean;
}

export interface MatrixRow {
  /** The organization id, or {@link UNKNOWN_ORGANIZATION}. */
  readonly key: string;
  /** `undefined` for the unknown-organization row. */
  readonly organization: Organization | undefined;
  /** One per column of {@link AccountMatrix.platforms}, in that order; `undefined` where the organization has none. */
  readonly cells: readonly (MatrixCell | undefined)[];
  /** All accounts of the row. */
  readonly total: number;
  /** Its active accounts. */
  readonly active: number;
}

export interface MatrixColumnTotal {
  readonly platform: Platform;
  readonly total: number;
  readonly active: number;
}

export interface AccountMatrix {
  /** The moment days are counted from (milliseconds). */
  readonly checkedAt: number;
  readonly staleDays: number;
  /** Columns: the platforms that have at least one account, in the contract's order (`PLATFORMS`). */
  readonly platforms: readonly Platform[];
  /**
   * Rows: the organizations that have at least one account, in document order; accounts without a known
   * organization in a last row keyed {@link UNKNOWN_ORGANIZATION}.
   */
  readonly rows: readonly MatrixRow[];
  /** Column totals, one per platform, in column order. */
  readonly columns: readonly MatrixColumnTotal[];
  readonly total: number;
  readonly active: number;
  /** Ids of the accounts marked duplicate (the audit's duplicates). */
  readonly duplicates: ReadonlySet<string>;
  /** Ids of the accounts marked stale (the audit's stale accounts). */
  readonly stale: ReadonlySet<string>;
  /** The audit the marks come from, for a caller that also reports the other rules. */
  readonly audit: AuditReport;
}

const STATUS_RANK: Readonly<Record<AccountStatus, number>> = { active: 0, paused: 1, closing: 1, merged: 2, closed: 2 };

/**
 * Organizations × platforms. Every account given is placed (whatever its status: the matrix shows where accounts
 * were merged or closed too); a caller that wants fewer passes fewer. Duplicate and stale marks come from
 * {@link auditAccounts} with the same `now` and `staleDays`, so they are exactly the audit's.
 *
 * @param now The moment the stale rule counts from (milliseconds).
 * @param staleDays Days without a post after which an active account is stale; {@link DEFAULT_STALE_DAYS} when
 *   missing, negative or not finite (as the audit reads it).
 */
export function accountMatrix(doc: AccountsSource, now: number, staleDays: number = DEFAULT_STALE_DAYS): AccountMatrix {
  const organizations = organizationMap(doc);
  const audit = auditAccounts(doc.accounts, { now, staleDays });
  const duplicates = new Set<string>();
  const stale = new Map<string, number | null>();
  for (const { account, flags } of audit.accounts) {
    for (const flag of flags) {
      if (flag.rule === 'duplicate') duplicates.add(account.id);
      else if (flag.rule === 'stale') stale.set(account.id, flag.days);
    }
  }

  const rowsByKey = new Map<string, Map<Platform, MatrixAccount[]>>();
  const present = new Set<Platform>();
  for (const account of doc.accounts) {
    const id = account.organization_id;
    const key = id !== undefined && organizations.has(id) ? id : UNKNOWN_ORGANIZATION;
    let row = rowsByKey.get(key);
    if (!row) rowsByKey.set(key, (row = new Map<Platform, MatrixAccount[]>()));
    let cell = row.get(account.platform);
    if (!cell) row.set(account.platform, (cell = []));
    present.add(account.platform);
    const days = daysSince(account.last_post_at, now);
    cell.push({ account, status: statusOf(account), duplicate: duplicates.has(account.id), stale: stale.has(account.id), days: days ?? null });
  }

  const platforms = PLATFORMS.filter((platform) => present.has(platform));
  const rowOrder = [...organizations.keys(), UNKNOWN_ORGANIZATION].filter((key) => rowsByKey.has(key));
  const columnTotals = platforms.map(() => ({ total: 0, active: 0 }));
  let total = 0;
  let active = 0;
  const rows = rowOrder.map((key): MatrixRow => {
    const row = rowsByKey.get(key)!;
    let rowTotal = 0;
    let rowActive = 0;
    const cells = platforms.map((platform, column): MatrixCell | undefined => {
      const list = row.get(platform);
      if (!list) return undefined;
      // Stable sort: document order within a rank.
      const accounts = [...list].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
      const cellActive = accounts.filter((entry) => entry.status === 'active').length;
      rowTotal += accounts.length;
      rowActive += cellActive;
      columnTotals[column]!.total += accounts.length;
      columnTotals[column]!.active += cellActive;
      return { platform, accounts, active: cellActive, duplicate: accounts.some((entry) => entry.duplicate) };
    });
    total += rowTotal;
    active += rowActive;
    return { key, organization: organizations.get(key), cells, total: rowTotal, active: rowActive };
  });

  return {
    checkedAt: audit.checkedAt,
    staleDays: audit.staleDays,
    platforms,
    rows,
    columns: platforms.map((platform, column) => ({ platform, ...columnTotals[column]! })),
    total,
    active,
    duplicates,
    stale: new Set(stale.keys()),
    audit,
  };
}

// ---------------------------------------------------------------------------------------------------
// Totals

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
