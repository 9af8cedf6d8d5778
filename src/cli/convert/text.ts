/**
 * How a spreadsheet's words are compared. Counties type headers and values in whatever their input method
 * gives: full-width letters and digits, full-width or half-width brackets, stray spaces, 帐 for 账. NFKC folds
 * the widths; the rest is removed or folded here, so `「 账号名称 」`, `帐号名称` and `账号名称（必填）` meet.
 */

/** Brackets of every width and kind that a header or value may be wrapped in (ignored when comparing). */
const BRACKETS = /[()（）「」『』【】[\]〔〕〈〉《》<>"'“”‘’]/g;
/** A bracketed remark at the end of a header: `发布日期（YYYY-MM-DD）`, `标题(必填)`. */
const REMARK = /[（(【[〔][^（(【[〔）)】\]〕]*[）)】\]〕][\s\u3000]*$/;
const SPACE = /[\s\u00a0\u3000\u200b\ufeff*＊:：]/g;

/** The comparable form of a header or enum value: NFKC, lower case, without spaces, brackets and 帐/账 difference. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SPACE, '').replace(BRACKETS, '').replace(/帐/g, '账');
}

/** The comparable form with bracketed remarks dropped first (`标题（必填）` → `标题`). */
export function foldWithoutRemarks(text: string): string {
  return fold(text.normalize('NFKC').replace(REMARK, ''));
}

/** Trims a cell's text, white space of every width included (a full-width space U+3000 is common in pasted text). */
export function trimCell(text: string): string {
  return text.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, '');
}

/** Characters as the contract counts them: code points. */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
