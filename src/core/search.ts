/**
 * Text as every widget's search compares it — the one normaliser for the feed's search box and pre-filters and
 * the directory's search.
 */

/** Characters search ignores: white space, zero-width characters, and the brackets 文号 are written with. */
const IGNORED = /[\s\u200b-\u200d\u2060\ufeff[\]()〔〕【】〖〗]/gu;

/**
 * NFKC (full-width letters and digits become ASCII, compatibility forms their base), a full case fold (upper
 * then lower, so `ß` matches `SS`), and no white space or brackets, so `国办发[2018] 123号` finds
 * `国办发〔2018〕123号`. Substring search over the result works for Chinese, which has no spaces between words.
 */
export function normalizeSearch(text: string): string {
  return text.normalize('NFKC').toUpperCase().toLowerCase().replace(IGNORED, '');
}
