/**
 * Text as every widget's search compares it — the one normaliser for the feed's search box and pre-filters and
 * the directory's search.
 */

/** Characters a search ignores: white space, zero-width characters, and the brackets 文号 are written with. */
const IGNORED = /[\s\u200b-\u200d\u2060\ufeff[\]()〔〕【】〖〗]/gu;

/**
 * NFKC (full-width letters and digits become ASCII, compatibility forms their base) and a full case fold (upper
 * then lower, so `ß` matches `SS`). Then, by default, no white space or brackets, so `国办发[2018] 123号` finds
 * `国办发〔2018〕123号` (substring search over the result works for Chinese, which has no spaces between
 * words). In `words` mode, runs of white space become one space instead and brackets stay: names keep their word
 * boundaries, so the directory's `mou county` finds the account named "Mou County", not the handle `MouCounty`.
 */
export function normalizeSearch(text: string, mode: 'compact' | 'words' = 'compact'): string {
  const folded = text.normalize('NFKC').toUpperCase().toLowerCase();
  return mode === 'words' ? folded.replace(/\s+/gu, ' ').trim() : folded.replace(IGNORED, '');
}
