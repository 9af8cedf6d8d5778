/**
 * The directory's model, pure (no Lit, no DOM): accounts joined with their organizations and successors,
 * search keys, filtering, facet counts, grouping and the bounded window of what is drawn. Language
 * independent — text is picked at render.
 */
import { normalizeSearchWords } from '../../core/search.js';
import { allTexts, PLATFORMS, sortAccounts, type Account, type AccountStatus, type Organization, type Platform, type SortOrder } from '../../contract/index.js';

export type GroupBy = 'organization' | 'platform';

/** Statuses hidden unless `show-inactive`. */
export const INACTIVE_STATUSES: ReadonlySet<AccountStatus> = new Set(['closed', 'merged']);

/** The group key of accounts whose organization is not named or not in the discovery document. */
export const NO_ORGANIZATION = '';

/** How many accounts a collapsed group shows. */
export const GROUP_PREVIEW = 4;
/** How many more accounts each "show more" of a group adds. */
export const GROUP_STEP = 24;
/** How many groups show at first, and how many more each "show more groups" adds. */
export const GROUP_PAGE = 10;
/** How many organizations (rows) the matrix view draws at first, and how many more each "show more" adds. */
export const MATRIX_PAGE = 30;

export interface DirectoryEntry {
  readonly account: Account;
  /** The organization, when `organization_id` names one of the discovery document. */
  readonly organization: Organization | undefined;
  /** The group key of its organization ({@link NO_ORGANIZATION} when unknown). */
  readonly organizationKey: string;
  /** The account named by `replaced_by`, when it is in the directory. */
  readonly successor: Account | undefined;
  /** Closed or merged: hidden unless `show-inactive`. */
  readonly inactive: boolean;
  /** Every language of the name, and the handle, normalised by {@link normalizeSearchWords}. */
  readonly searchKeys: readonly string[];
  /** Position in the document. */
  readonly index: number;
}

export interface DirectoryModel {
  readonly entries: readonly DirectoryEntry[];
  /** Organizations of the discovery document, in document order. */
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly accountsById: ReadonlyMap<string, Account>;
  /** When the model was made: "now" for relative times and the audit unless the widget is given one. */
  readonly createdAt: number;
}

export function createDirectoryModel(
  accounts: readonly Account[],
  organizations: ReadonlyMap<string, Organization>,
  createdAt: number = Date.now(),
): DirectoryModel {
  const accountsById = new Map(accounts.map((account) => [account.id, account]));
  const entries = accounts.map((account, index): DirectoryEntry => {
    const organization = account.organization_id === undefined ? undefined : organizations.get(account.organization_id);
    const successor = account.replaced_by ? accountsById.get(account.replaced_by) : undefined;
    const keys = [...allTexts(account.name), ...(account.handle ? [account.handle] : [])].map(normalizeSearchWords);
    return {
      account,
      organization,
      organizationKey: organization ? organization.id : NO_ORGANIZATION,
      successor: successor === account ? undefined : successor,
      inactive: INACTIVE_STATUSES.has(account.status ?? 'active'),
      searchKeys: keys.filter((key) => key !== ''),
      index,
    };
  });
  return { entries, organizations, accountsById, createdAt };
}

/** Per organizations map (one per model): the children of each organization id, and the scopes asked for. */
const hierarchies = new WeakMap<ReadonlyMap<string, Organization>, { children: Map<string, string[]>; scopes: Map<string, ReadonlySet<string>> }>();

function hierarchyOf(organizations: ReadonlyMap<string, Organization>) {
  let hierarchy = hierarchies.get(organizations);
  if (!hierarchy) {
    const children = new Map<string, string[]>();
    for (const organization of organizations.values()) {
      const parent = organization.parent_id;
      if (!parent || parent === organization.id) continue;
      const list = children.get(parent);
      if (list) list.push(organization.id);
      else children.set(parent, [organization.id]);
    }
    hierarchy = { children, scopes: new Map() };
    hierarchies.set(organizations, hierarchy);
  }
  return hierarchy;
}

/**
 * An organization and every organization under it (through `parent_id`), for the `organization` attribute.
 * The tree is indexed once per organizations map and each scope kept, so a render (a keystroke in the
 * search) costs a lookup, however long a `parent_id` chain is. Cycles end where they meet a known id.
 */
export function organizationScope(organizations: ReadonlyMap<string, Organization>, rootId: string): ReadonlySet<string> {
  const { children, scopes } = hierarchyOf(organizations);
  let scope = scopes.get(rootId);
  if (!scope) {
    const found = new Set([rootId]);
    const queue = [rootId];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const child of children.get(next) ?? []) {
        if (!found.has(child)) {
          found.add(child);
          queue.push(child);
        }
      }
    }
    scope = found;
    scopes.set(rootId, scope);
  }
  return scope;
}

export interface DirectoryFilter {
  /** Only these organizations (the `organization` attribute); every one when undefined. */
  readonly scope?: ReadonlySet<string> | undefined;
  readonly showInactive?: boolean;
  /** One platform; every one when undefined. */
  readonly platform?: Platform | undefined;
  /** One organization key ({@link NO_ORGANIZATION} for accounts without a known one); every one when undefined. */
  readonly organization?: string | undefined;
  /** Search text: kept are accounts with a name (any language) or handle containing it, after folding. */
  readonly query?: string;
  /** Only these account ids (the audit's "failing only"); every one when undefined. */
  readonly only?: ReadonlySet<string> | undefined;
}

type Dimension = 'platform' | 'organization';

function matcher(filter: DirectoryFilter, ignore?: Dimension): (entry: DirectoryEntry) => boolean {
  const query = normalizeSearchWords(filter.query ?? '');
  return (entry) => {
    if (filter.scope && !filter.scope.has(entry.account.organization_id ?? NO_ORGANIZATION)) return false;
    if (entry.inactive && !filter.showInactive) return false;
    if (filter.only && !filter.only.has(entry.account.id)) return false;
    if (ignore !== 'platform' && filter.platform !== undefined && entry.account.platform !== filter.platform) return false;
    if (ignore !== 'organization' && filter.organization !== undefined && entry.organizationKey !== filter.organization) return false;
    if (query !== '' && !entry.searchKeys.some((key) => key.includes(query))) return false;
    return true;
  };
}

/** The entries every filter keeps, in document order. */
export function filterEntries(model: DirectoryModel, filter: DirectoryFilter): DirectoryEntry[] {
  return model.entries.filter(matcher(filter));
}

/** The entries the directory can show at all (scope and `show-inactive` only, no reader filter). */
export function visibleEntries(model: DirectoryModel, filter: DirectoryFilter): DirectoryEntry[] {
  return model.entries.filter(matcher({ scope: filter.scope, showInactive: filter.showInactive }));
}

export interface Facet<K> {
  readonly key: K;
  /** Entries this choice would show, with every other filter applied. */
  readonly count: number;
}

/**
 * Platform choices with counts: every platform the directory can show (so a chip does not vanish while the
 * reader types), counted under all the other filters.
 */
export function platformFacets(model: DirectoryModel, filter: DirectoryFilter): Facet<Platform>[] {
  const present = new Set(visibleEntries(model, filter).map((entry) => entry.account.platform));
  const counts = new Map<Platform, number>();
  for (const entry of model.entries.filter(matcher(filter, 'platform'))) {
    counts.set(entry.account.platform, (counts.get(entry.account.platform) ?? 0) + 1);
  }
  return PLATFORMS.filter((platform) => present.has(platform)).map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

/** Organization choices with counts, in document order, the unknown organization last. */
export function organizationFacets(model: DirectoryModel, filter: DirectoryFilter): Facet<string>[] {
  const present = new Set(visibleEntries(model, filter).map((entry) => entry.organizationKey));
  const counts = new Map<string, number>();
  for (const entry of model.entries.filter(matcher(filter, 'organization'))) {
    counts.set(entry.organizationKey, (counts.get(entry.organizationKey) ?? 0) + 1);
  }
  return organizationOrder(model)
    .filter((key) => present.has(key))
    .map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

function organizationOrder(model: DirectoryModel): string[] {
  return [...model.organizations.keys(), NO_ORGANIZATION];
}

export interface DirectoryGroup {
  /** An organization key or a platform. */
  readonly key: string;
  readonly organization: Organization | undefined;
  readonly platform: Platform | undefined;
  /** Active accounts first, then paused and closing, then closed and merged; ranked or in document order within each. */
  readonly entries: readonly DirectoryEntry[];
}

const STATUS_RANK: Record<AccountStatus, number> = { active: 0, paused: 1, closing: 1, closed: 2, merged: 2 };

/**
 * Each entry's place in a ranking (the `sort` attribute): {@link sortAccounts} over every account of the model,
 * so a filter or a group keeps the accounts it shows in the same relative order. `now` counts the days of the
 * activity order; `language` picks the names compared.
 */
export function rankEntries(model: DirectoryModel, order: SortOrder, now: number, language: string): ReadonlyMap<string, number> {
  return new Map(
    sortAccounts(
      model.entries.map((entry) => entry.account),
      order,
      now,
      language,
    ).map((account, rank) => [account.id, rank]),
  );
}

function byStatusThen(rank: ReadonlyMap<string, number> | undefined): (a: DirectoryEntry, b: DirectoryEntry) => number {
  return (a, b) => {
    const status = STATUS_RANK[a.account.status ?? 'active'] - STATUS_RANK[b.account.status ?? 'active'];
    if (status !== 0) return status;
    const ranked = rank ? (rank.get(a.account.id) ?? a.index) - (rank.get(b.account.id) ?? b.index) : 0;
    return ranked !== 0 ? ranked : a.index - b.index;
  };
}

/**
 * Groups entries by organization (document order of organizations, unknown last) or by platform (contract order).
 * Within a group: active accounts first, then paused and closing, then closed and merged; within each, the
 * ranking `rank` gives ({@link rankEntries}), else document order.
 */
export function groupEntries(model: DirectoryModel, entries: readonly DirectoryEntry[], by: GroupBy, rank?: ReadonlyMap<string, number>): DirectoryGroup[] {
  const buckets = new Map<string, DirectoryEntry[]>();
  for (const entry of entries) {
    const key = by === 'platform' ? entry.account.platform : entry.organizationKey;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(entry);
    else buckets.set(key, [entry]);
  }
  const order: readonly string[] = by === 'platform' ? PLATFORMS : organizationOrder(model);
  return order
    .filter((key) => buckets.has(key))
    .map((key) => ({
      key,
      organization: by === 'organization' ? model.organizations.get(key) : undefined,
      platform: by === 'platform' ? (key as Platform) : undefined,
      entries: buckets.get(key)!.sort(byStatusThen(rank)),
    }));
}

export interface GroupWindow {
  readonly group: DirectoryGroup;
  /** The entries drawn. */
  readonly shown: readonly DirectoryEntry[];
  /** How many more the group has. */
  readonly hidden: number;
}

export interface DirectoryWindow {
  readonly groups: readonly GroupWindow[];
  /** Groups not drawn yet. */
  readonly hiddenGroups: number;
}

/**
 * What is drawn, so the DOM stays bounded however many accounts there are: the first `groupLimit` groups,
 * each with its first {@link GROUP_PREVIEW} entries unless the reader asked for more (`expanded`: entries
 * to show per group key).
 */
export function windowGroups(groups: readonly DirectoryGroup[], groupLimit: number, expanded: ReadonlyMap<string, number>): DirectoryWindow {
  const drawn = groups.slice(0, Math.max(groupLimit, 1));
  return {
    groups: drawn.map((group) => {
      const limit = Math.max(expanded.get(group.key) ?? GROUP_PREVIEW, GROUP_PREVIEW);
      const shown = group.entries.slice(0, limit);
      return { group, shown, hidden: group.entries.length - shown.length };
    }),
    hiddenGroups: groups.length - drawn.length,
  };
}
