/**
 * Which entries the feed shows: the page author's pre-filters (the `kind`, `topic` and `issuer`
 * attributes), then the reader's chips and search. Pure functions over model entries.
 */
import { allTexts } from '../../../contract/localized.js';
import type { PolicyKind } from '../../../contract/types.js';
import { normalizeSearch } from '../../../core/search.js';
import { searchTextOf, type FeedEntry } from '../model.js';

/** Pre-filters from attributes, normalised. An empty list lets everything through. */
export interface PreFilter {
  readonly kinds: readonly string[];
  readonly topics: readonly string[];
  readonly issuers: readonly string[];
}

/** The reader's choice of chips: one value per group at most. */
export interface Selection {
  readonly kind?: PolicyKind | undefined;
  /** An issuer key (see `Issuer.key`). */
  readonly issuer?: string | undefined;
  /** A topic key (see `Topic.key`). */
  readonly topic?: string | undefined;
  readonly year?: number | undefined;
}

export type SelectionGroup = keyof Selection;

/**
 * An attribute value as a list: values separated by commas (`,` `，` `、` `;`), and for `kind`, whose values
 * are single words, by spaces too. Values are normalised as search text is.
 */
export function parseList(value: string | null | undefined, splitOnSpace = false): string[] {
  if (!value) return [];
  const separators = splitOnSpace ? /[,，、;；\s]+/ : /[,，、;；]+/;
  return value
    .split(separators)
    .map(normalizeSearch)
    .filter((part) => part !== '');
}

export function parsePreFilter(kind: string | undefined, topic: string | undefined, issuer: string | undefined): PreFilter {
  return { kinds: parseList(kind, true), topics: parseList(topic), issuers: parseList(issuer) };
}

function matchesTopic(entry: FeedEntry, topics: readonly string[]): boolean {
  return entry.topics.some((topic) => allTexts(topic.text).some((text) => topics.includes(normalizeSearch(text))));
}

/** Entries the page author asked for. Returns the same array when no pre-filter is set. */
export function applyPreFilter(entries: readonly FeedEntry[], pre: PreFilter): readonly FeedEntry[] {
  if (pre.kinds.length === 0 && pre.topics.length === 0 && pre.issuers.length === 0) return entries;
  return entries.filter(
    (entry) =>
      (pre.kinds.length === 0 || (entry.kind !== undefined && pre.kinds.includes(entry.kind))) &&
      (pre.issuers.length === 0 || (entry.issuer !== undefined && entry.issuer.match.some((m) => pre.issuers.includes(m)))) &&
      (pre.topics.length === 0 || matchesTopic(entry, pre.topics)),
  );
}

/** Whether the reader has narrowed the list (chips or search). */
export function isNarrowed(selection: Selection, query: string): boolean {
  return normalizeSearch(query) !== '' || Object.values(selection).some((value) => value !== undefined);
}

/**
 * Entries matching the reader's chips and search. The query matches, as a substring after
 * {@link normalizeSearch}, the title, 文号 or summary in any of their languages. Returns the same array when
 * nothing narrows it.
 */
export function applySelection(entries: readonly FeedEntry[], selection: Selection, query: string): readonly FeedEntry[] {
  const needle = normalizeSearch(query);
  const { kind, issuer, topic, year } = selection;
  if (needle === '' && kind === undefined && issuer === undefined && topic === undefined && year === undefined) return entries;
  return entries.filter(
    (entry) =>
      (kind === undefined || entry.kind === kind) &&
      (issuer === undefined || entry.issuer?.key === issuer) &&
      (topic === undefined || entry.topics.some((t) => t.key === topic)) &&
      (year === undefined || entry.year === year) &&
      (needle === '' || searchTextOf(entry).includes(needle)),
  );
}
