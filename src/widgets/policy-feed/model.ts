/**
 * The policy feed's model: pure functions over a validated feed, no Lit and no DOM, so they are tested on
 * their own and cost nothing to render. Language-independent: text is picked at render time.
 *
 * - entries sorted newest first by `date_published` (ties keep document order);
 * - the issuer of each item (an organization of the discovery document, else `_gov.issuer`);
 * - its topics (`_gov.topic` and `tags`, without repeats);
 * - the link between policies and their interpretations, both ways;
 * - facets for the filter chips, and text normalised for search.
 */
import { allTexts, pickText } from '../../contract/localized.js';
import { parseDate } from '../../contract/dates.js';
import { safeHref } from '../../contract/url.js';
import { MAX_ITEMS } from '../../contract/limits.js';
import type { Issue } from '../../contract/check.js';
import type { LoadedSection } from '../../contract/load.js';
import { normalizeSearch } from '../../core/search.js';
import {
  POLICY_KINDS,
  type InterpretationFormat,
  type LocalizedText,
  type Organization,
  type PolicyFeed,
  type PolicyItem,
  type PolicyKind,
} from '../../contract/types.js';

/** Who issued a policy: an organization of the discovery document, or the item's own `_gov.issuer` text. */
export interface Issuer {
  /** `id:<organization id>` or `text:<name>`: the same issuer has the same key in every item. */
  readonly key: string;
  readonly name: LocalizedText;
  /** Every text of the name and the organization id, normalised for matching the `issuer` attribute. */
  readonly match: readonly string[];
}

export interface Topic {
  /** The zh-Hans (else first) text, as written: equal topics have equal keys. */
  readonly key: string;
  readonly text: LocalizedText;
}

/** One feed item with what the widget derives from it once. */
export interface FeedEntry {
  readonly item: PolicyItem;
  readonly id: string;
  /** Publication time (ms); `-Infinity` for an unreadable date (sorted last). */
  readonly time: number;
  /** The publication year as written in `date_published` (the publisher's calendar). */
  readonly year: number | undefined;
  /** The item's page (`url`, else `external_url`), as validated; bind through `safeHref()`. */
  readonly href: string | undefined;
  readonly kind: PolicyKind | undefined;
  readonly issuer: Issuer | undefined;
  readonly topics: readonly Topic[];
}

export interface FeedModel {
  readonly title: LocalizedText | undefined;
  /** The feed's language (for `lang` on plain-string text). */
  readonly language: string | undefined;
  readonly feedUrl: string | undefined;
  readonly homePageUrl: string | undefined;
  /** The next page of the feed, not yet loaded. */
  readonly nextUrl: string | undefined;
  /** Feed pages read so far (a `next_url` pointing back at one of them ends the paging). */
  readonly pageUrls: readonly string[];
  /** Newest first. */
  readonly entries: readonly FeedEntry[];
  readonly byId: ReadonlyMap<string, FeedEntry>;
  /** Policy id → feed items that interpret it (`_gov.interprets`, or listed by URL in `_gov.interpretations`). */
  readonly interpretedBy: ReadonlyMap<string, readonly FeedEntry[]>;
  /** Interpretation id → the policy it explains, when that policy is in the feed. */
  readonly explains: ReadonlyMap<string, FeedEntry>;
  readonly organizations: ReadonlyMap<string, Organization>;
}

// ---------------------------------------------------------------------------------------------------
// Building

function topicKey(text: LocalizedText): string {
  return (typeof text === 'string' ? text : pickText(text, 'zh-Hans')).trim();
}

/**
 * Builds entries, sharing what items have in common: one {@link Issuer} per organization or issuer text,
 * so names are normalised once, not once per item (a feed of 10,000 items has a handful of issuers).
 */
class EntryBuilder {
  readonly #organizations: ReadonlyMap<string, Organization>;
  readonly #byOrganization = new Map<string, Issuer>();
  readonly #byText = new Map<string, Issuer | undefined>();

  constructor(organizations: ReadonlyMap<string, Organization>) {
    this.#organizations = organizations;
  }

  #issuer(item: PolicyItem): Issuer | undefined {
    const id = item._gov?.issuer_id;
    const org = id === undefined ? undefined : this.#organizations.get(id);
    if (org) {
      let issuer = this.#byOrganization.get(org.id);
      if (!issuer) {
        issuer = { key: `id:${org.id}`, name: org.name, match: [normalizeSearch(org.id), ...allTexts(org.name).map(normalizeSearch)] };
        this.#byOrganization.set(org.id, issuer);
      }
      return issuer;
    }
    const text = item._gov?.issuer;
    if (text === undefined) return undefined;
    const cacheKey = typeof text === 'string' && id === undefined ? text : undefined;
    if (cacheKey !== undefined && this.#byText.has(cacheKey)) return this.#byText.get(cacheKey);
    const key = topicKey(text);
    let issuer: Issuer | undefined;
    if (key !== '') {
      const match = allTexts(text).map(normalizeSearch);
      if (id !== undefined) match.push(normalizeSearch(id));
      issuer = { key: `text:${key}`, name: text, match };
    }
    if (cacheKey !== undefined) this.#byText.set(cacheKey, issuer);
    return issuer;
  }

  entry(item: PolicyItem): FeedEntry {
    const published = item.date_published;
    // Validated dates: Date.parse reads RFC 3339 (a date alone as midnight UTC); parseDate covers the rest.
    let time = Date.parse(published);
    if (Number.isNaN(time)) time = parseDate(published)?.time ?? Number.NEGATIVE_INFINITY;
    return {
      item,
      id: item.id,
      time,
      year: Number.isFinite(time) ? Number(published.slice(0, 4)) : undefined,
      // Validated URLs are absolute http(s) already; views bind them through safeHref() again.
      href: item.url ?? item.external_url,
      kind: item._gov?.kind,
      issuer: this.#issuer(item),
      topics: topicsOf(item),
    };
  }
}

function topicsOf(item: PolicyItem): Topic[] {
  const topic = item._gov?.topic;
  const tags = item.tags;
  if (topic === undefined && (tags === undefined || tags.length === 0)) return [];
  const topics: Topic[] = [];
  const add = (text: LocalizedText): void => {
    const key = topicKey(text);
    if (key !== '' && !topics.some((t) => t.key === key)) topics.push({ key, text });
  };
  if (topic !== undefined) add(topic);
  for (const tag of tags ?? []) add(tag);
  return topics;
}

/** Newest first; ties (and unreadable dates) keep the order they came in (`sort` is stable). */
function sortEntries(entries: FeedEntry[]): FeedEntry[] {
  return entries.sort((a, b) => (a.time === b.time ? 0 : b.time > a.time ? 1 : -1));
}

function index(entries: readonly FeedEntry[]): Pick<FeedModel, 'byId' | 'interpretedBy' | 'explains'> {
  const byId = new Map<string, FeedEntry>();
  const byUrl = new Map<string, FeedEntry>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    if (entry.href !== undefined && !byUrl.has(entry.href)) byUrl.set(entry.href, entry);
  }
  const interpretedBy = new Map<string, FeedEntry[]>();
  const explains = new Map<string, FeedEntry>();
  const link = (interpretation: FeedEntry, policy: FeedEntry): void => {
    if (interpretation === policy || explains.has(interpretation.id)) return;
    explains.set(interpretation.id, policy);
    const list = interpretedBy.get(policy.id);
    if (list) list.push(interpretation);
    else interpretedBy.set(policy.id, [interpretation]);
  };
  // An interpretation names its policy…
  for (const entry of entries) {
    const target = entry.item._gov?.interprets;
    const policy = target === undefined ? undefined : byId.get(target);
    if (policy) link(entry, policy);
  }
  // …or a policy lists its interpretation by URL, and that page is an item of the feed too.
  for (const entry of entries) {
    for (const interpretation of entry.item._gov?.interpretations ?? []) {
      const target = byUrl.get(interpretation.url);
      if (target) link(target, entry);
    }
  }
  return { byId, interpretedBy, explains };
}

/** The model of a loaded feed (the first page). */
export function createFeedModel(loaded: Pick<LoadedSection<'policies'>, 'document' | 'documentUrl' | 'organizations'>): FeedModel {
  const feed = loaded.document;
  const builder = new EntryBuilder(loaded.organizations);
  const entries = sortEntries(feed.items.map((item) => builder.entry(item)));
  return {
    title: feed.title,
    language: feed.language,
    feedUrl: safeHref(feed.feed_url),
    homePageUrl: safeHref(feed.home_page_url),
    nextUrl: safeHref(feed.next_url),
    pageUrls: [loaded.documentUrl],
    entries,
    ...index(entries),
    organizations: loaded.organizations,
  };
}

/** A further page of a feed, as read, and its URL. */
export interface FeedPage {
  readonly feed: PolicyFeed;
  readonly documentUrl: string;
}

/**
 * The model with further pages of the feed, in the order read: items whose id is already known are left out
 * (and returned as issues), the rest joins in date order. A `next_url` that points at a page already read ends
 * the paging, and so does reaching `MAX_ITEMS.items` items, the most one document may hold: however many pages
 * a feed has, the widget keeps no more (the rest is left out, counted in one issue). Sorting and indexing cost
 * as much as the whole model: merging pages several at a time keeps a long run of pages from costing that once
 * per page.
 */
export function appendFeedPages(model: FeedModel, pages: readonly FeedPage[]): { model: FeedModel; issues: Issue[] } {
  const issues: Issue[] = [];
  const added: FeedEntry[] = [];
  const builder = new EntryBuilder(model.organizations);
  const seen = new Set<string>();
  const pageUrls = [...model.pageUrls];
  let next: string | undefined;
  for (const { feed, documentUrl } of pages) {
    const skip = (path: string, message: string, count = 1): number =>
      issues.push({ path, message, kind: 'semantic', document: documentUrl, skipped: 'item', count });
    const room = Math.max(0, MAX_ITEMS.items - model.entries.length - added.length);
    const over = feed.items.length - room;
    if (over > 0) skip(`$.items[${room}]`, `over ${MAX_ITEMS.items} items in all pages: left out from here`, over);
    feed.items.slice(0, room).forEach((item, i) => {
      if (seen.has(item.id) || model.byId.has(item.id)) skip(`$.items[${i}].id`, `repeats the id of an earlier page: ${JSON.stringify(item.id)}`);
      else {
        seen.add(item.id);
        added.push(builder.entry(item));
      }
    });
    pageUrls.push(documentUrl);
    next = over < 0 ? safeHref(feed.next_url) : undefined;
  }
  const entries = sortEntries([...model.entries, ...added]);
  return {
    model: {
      ...model,
      nextUrl: next !== undefined && !pageUrls.includes(next) ? next : undefined,
      pageUrls,
      entries,
      ...index(entries),
    },
    issues,
  };
}

/** {@link appendFeedPages} with one page. */
export const appendFeedPage = (model: FeedModel, feed: PolicyFeed, documentUrl: string): { model: FeedModel; issues: Issue[] } =>
  appendFeedPages(model, [{ feed, documentUrl }]);

// ---------------------------------------------------------------------------------------------------
// Reading

/** One interpretation of a policy, from its `_gov.interpretations` or from an item of the feed. */
export interface InterpretationRef {
  readonly title: LocalizedText | undefined;
  readonly href: string | undefined;
  readonly format: InterpretationFormat | undefined;
}

/** The interpretations of a policy: those it lists, then feed items that interpret it and are not listed. */
export function interpretationsOf(model: FeedModel, entry: FeedEntry): InterpretationRef[] {
  const refs: InterpretationRef[] = [];
  const urls = new Set<string>();
  for (const link of entry.item._gov?.interpretations ?? []) {
    const href = safeHref(link.url);
    if (href !== undefined) {
      if (urls.has(href)) continue;
      urls.add(href);
    }
    const fromFeed = href === undefined ? undefined : model.interpretedBy.get(entry.id)?.find((e) => e.href === href);
    refs.push({ title: link.title ?? fromFeed?.item.title, href, format: link.format });
  }
  for (const other of model.interpretedBy.get(entry.id) ?? []) {
    if (other.href !== undefined && urls.has(other.href)) continue;
    refs.push({ title: other.item.title, href: other.href, format: undefined });
  }
  return refs;
}

const searchTexts = new WeakMap<FeedEntry, string>();

/** The entry's title, 文号 and summary in every language, normalised; computed on the first search only. */
export function searchTextOf(entry: FeedEntry): string {
  let text = searchTexts.get(entry);
  if (text === undefined) {
    const parts = [...allTexts(entry.item.title), entry.item._gov?.doc_number ?? '', ...allTexts(entry.item.summary)];
    text = parts.map(normalizeSearch).join('\n');
    searchTexts.set(entry, text);
  }
  return text;
}

/** What the filter chips offer, in a stable order. */
export interface Facets {
  /** In the contract's order. */
  readonly kinds: readonly PolicyKind[];
  /** Most items first. */
  readonly issuers: readonly Issuer[];
  /** Most items first. */
  readonly topics: readonly Topic[];
  /** Newest first. */
  readonly years: readonly number[];
}

function byCount<T>(counts: Map<string, { value: T; count: number }>): T[] {
  return [...counts.values()].sort((a, b) => b.count - a.count).map((c) => c.value);
}

export function deriveFacets(entries: readonly FeedEntry[]): Facets {
  const kinds = new Set<PolicyKind>();
  const issuers = new Map<string, { value: Issuer; count: number }>();
  const topics = new Map<string, { value: Topic; count: number }>();
  const years = new Set<number>();
  for (const entry of entries) {
    if (entry.kind) kinds.add(entry.kind);
    if (entry.year !== undefined) years.add(entry.year);
    if (entry.issuer) {
      const hit = issuers.get(entry.issuer.key);
      if (hit) hit.count++;
      else issuers.set(entry.issuer.key, { value: entry.issuer, count: 1 });
    }
    for (const topic of entry.topics) {
      const hit = topics.get(topic.key);
      if (hit) hit.count++;
      else topics.set(topic.key, { value: topic, count: 1 });
    }
  }
  return {
    kinds: POLICY_KINDS.filter((kind) => kinds.has(kind)),
    issuers: byCount(issuers),
    topics: byCount(topics),
    years: [...years].sort((a, b) => b - a),
  };
}
