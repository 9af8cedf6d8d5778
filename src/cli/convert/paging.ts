/**
 * A policy list as a paged JSON Feed: newest first (as the widgets show it), `pageSize` items a page, each
 * page naming the next by `next_url` relative to itself (`policies.json` → `policies-2.json` → …), so a
 * reader fetches the first screen only and a feed reader can follow the rest.
 */
import type { PolicyFeed, PolicyItem } from '../../contract/types.js';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
export const DEFAULT_PAGE_SIZE = 100;
/** The widgets read at most 10,000 items a document; a page is far below. */
export const MAX_PAGE_SIZE = 10_000;

/** The file name of page `n` (1-based): `policies.json`, `policies-2.json`, … */
export const pageName = (n: number): string => (n === 1 ? 'policies.json' : `policies-${n}.json`);

export interface FeedHead {
  readonly title: string;
  readonly home_page_url?: string;
  /** The absolute URL the first page will be published at (`--base-url`), for `feed_url`. */
  readonly base_url?: string;
}

/** Newest first by `date_published`; the order of the list for the same instant. */
export function newestFirst(items: readonly PolicyItem[]): PolicyItem[] {
  const time = (item: PolicyItem): number => Date.parse(item.date_published.length === 10 ? `${item.date_published}T00:00:00+08:00` : item.date_published);
  return items
    .map((item, index) => ({ item, index, time: time(item) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map((entry) => entry.item);
}

export function paginate(items: readonly PolicyItem[], pageSize: number, head: FeedHead): { file: string; feed: PolicyFeed }[] {
  const sorted = newestFirst(items);
  const count = Math.max(1, Math.ceil(sorted.length / pageSize));
  const pages: { file: string; feed: PolicyFeed }[] = [];
  for (let n = 1; n <= count; n++) {
    const feed: PolicyFeed = {
      version: JSON_FEED_VERSION,
      title: head.title,
      ...(head.home_page_url === undefined ? {} : { home_page_url: head.home_page_url }),
      ...(head.base_url === undefined ? {} : { feed_url: new URL(pageName(n), head.base_url).href }),
      language: 'zh-Hans',
      ...(n < count ? { next_url: pageName(n + 1) } : {}),
      items: sorted.slice((n - 1) * pageSize, n * pageSize),
    };
    pages.push({ file: pageName(n), feed });
  }
  return pages;
}
