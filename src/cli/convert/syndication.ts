/**
 * An RSS 2.0 or Atom feed as policy items. Until the contract's reader (src/contract/syndication.ts, branch
 * i13-syndication) is merged, such a file is reported as not readable yet.
 */
import type { PolicyItem } from '../../contract/types.js';
import type { Problems } from './problems.js';

export interface SyndicationRead {
  readonly format: 'rss' | 'atom';
  readonly items: readonly PolicyItem[];
  readonly skipped: number;
}

export function readSyndication(text: string, file: string, _baseUrl: string | undefined, problems: Problems): SyndicationRead | undefined {
  problems.add({ severity: 'error', code: 'not-syndication', file, value: text.slice(0, 40) });
  return undefined;
}
