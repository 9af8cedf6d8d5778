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
import { daysSince } from './dates.js';
import type { AccountsSource } from './totals.js';
import { PLATFORMS, type Account, type AccountStatus, type Organization, type Platform } from './types.js';

// The ranking and the totals live in modules of their own, so a bundle that draws a ranked list or the totals
// line does not carry the matrix's code (the directory loads that with its matrix view).
export * from './ranking.js';
export * from './totals.js';

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
