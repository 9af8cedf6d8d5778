/**
 * Text as every widget's search compares it: one fold (NFKC, then a full case fold) for the feed's search box
 * and pre-filters and the directory's search, in two shapes — compact for the feed, words for the directory.
 * Two functions rather than a mode, so a bundle carries only the shape it uses.
 */

/** Characters a compact search ignores: white space, zero-width characters, and the brackets 文号 are written with. */
const IGNORED = /[\s\u200b-\u200d\u2060\ufeff[\]()〔〕【】〖〗]/gu;

/** NFKC (full-width letters and digits become ASCII, compatibility forms their base), then upper and lower case, so `ß` matches `SS`. */
const fold = (text: string): string => text.normalize('NFKC').toUpperCase().toLowerCase();

/**
 * Folded, without white space or brackets, so `国办发[2018] 123号` finds `国办发〔2018〕123号`. Substring search over
 * the result works for Chinese, which has no spaces between words.
 */
export function normalizeSearch(text: string): string {
  return fold(text).replace(IGNORED, '');
}

/**
 * Folded, with runs of white space made one and brackets kept: names keep their word boundaries, so the
 * directory's `mou county` finds the account named "Mou County", not the handle `MouCounty`.
 */
export function normalizeSearchWords(text: string): string {
  return fold(text).replace(/\s+/gu, ' ').trim();
}
