/**
 * An RSS 2.0 or Atom 1.0 body as the feed's policies section (src/contract/syndication.ts): decoded in the
 * encoding it declares, mapped to a JSON Feed, and the items that could not be mapped turned into the issues the
 * widget reports like those of a JSON feed (decision 0005). Loaded on demand through lazy/syndication.ts, only
 * when `src` answers with XML (decision 0019).
 */
import type { Issue } from '../../../contract/check.js';
import { decodeXml, syndicationToFeed } from '../../../contract/syndication.js';
import type { PolicyFeed } from '../../../contract/types.js';

/**
 * Reads the XML at `url` (its bytes and `Content-Type`) as a JSON Feed, with an issue per item left out, named by
 * its place in the XML (`/rss/channel/item[3]`, `/feed/entry[3]`).
 * @throws ContractError `parse` (not XML, or cut off), `shape` (XML but not RSS 2.0 or Atom 1.0)
 */
export function readSyndication(bytes: Uint8Array, contentType: string | null, url: string): { json: PolicyFeed; issues: Issue[] } {
  const { format, feed, skipped } = syndicationToFeed(decodeXml(bytes, contentType, url), { base: url });
  const entry = format === 'rss' ? '/rss/channel/item' : '/feed/entry';
  const issues = skipped.map(({ index, reason }): Issue => ({
    path: `${entry}[${index + 1}]`,
    message: `left out: ${reason}`,
    kind: 'schema',
    document: url,
    skipped: 'item',
  }));
  return { json: feed, issues };
}
