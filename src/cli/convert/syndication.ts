/**
 * An RSS 2.0 or Atom 1.0 feed as policy items, through the contract's own reader (src/contract/syndication.ts,
 * the one the feed widget loads): the CLI has no XML path of its own. What the reader leaves out, and why, is
 * reported per entry in the reader's language.
 */
import { ContractError } from '../../contract/errors.js';
import { syndicationToFeed, type SkippedItem } from '../../contract/syndication.js';
import type { PolicyItem } from '../../contract/types.js';
import type { Problem, Problems } from './problems.js';

export interface SyndicationRead {
  readonly format: 'rss' | 'atom';
  readonly title: string | undefined;
  readonly items: readonly PolicyItem[];
  /** Entries left out. */
  readonly skipped: number;
}

/** A reason of the contract's reader as a problem of ours (its words are English; ours are the reader's). */
function skippedProblem(file: string, format: 'rss' | 'atom', skipped: SkippedItem): Problem {
  const at = { severity: 'error', file, item: skipped.index + 1 } as const;
  const date = format === 'rss' ? 'pubDate' : 'published';
  if (skipped.reason === 'it has no title') return { ...at, code: 'required', element: 'title' };
  if (skipped.reason === 'it has no date') return { ...at, code: 'required', element: date };
  const badDate = /^its date "(.*)" is not one that can be read$/s.exec(skipped.reason);
  if (badDate) return { ...at, code: 'bad-date', element: date, value: badDate[1]! };
  const tooMany = /^(\d+) items after the first (\d+) are not read$/.exec(skipped.reason);
  if (tooMany) return { ...at, code: 'too-many-items', number: Number(tooMany[2]), value: tooMany[1]! };
  return { ...at, code: 'syndication-skipped', value: skipped.reason };
}

/**
 * @param baseUrl `--base-url`: the folder the feed's relative links resolve against (without it only absolute
 *   `http(s)` links are kept, as the contract's reader keeps them)
 */
export function readSyndication(text: string, file: string, baseUrl: string | undefined, problems: Problems): SyndicationRead | undefined {
  try {
    const { format, feed, skipped } = syndicationToFeed(text, baseUrl === undefined ? {} : { base: baseUrl });
    for (const entry of skipped) problems.add(skippedProblem(file, format, entry));
    const count = skipped.reduce((n, entry) => n + (/^(\d+) items after/.exec(entry.reason) ? Number(/^(\d+)/.exec(entry.reason)![1]) : 1), 0);
    return { format, title: typeof feed.title === 'string' ? feed.title : undefined, items: feed.items, skipped: count };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const code =
      error instanceof ContractError && error.code === 'too-large'
        ? 'too-large'
        : error instanceof ContractError && error.code === 'shape'
          ? 'not-syndication'
          : 'xml-syntax';
    problems.add({ severity: 'error', code, file, value: detail });
    return undefined;
  }
}
