/**
 * Bidi isolation of the pieces a sentence is built from. A translated string such as `9100（截至 2026年11月1日）`
 * puts numbers, dates, codes and names between the widget's own words; in a right-to-left page the bidi
 * algorithm would pair a leading number with the brackets and words around it and reorder them. Each
 * interpolated piece goes through {@link isolate}, in every widget the same way:
 *
 *     msg(str`${isolate(count)}（截至 ${isolate(date)}）`, { id: 'directory.as-of' })
 *
 * FSI … PDI (U+2068 … U+2069) is the plain-text form of `<bdi>`: the piece is laid out on its own, with the
 * direction of its first strong character, and is a single neutral unit to the sentence around it. Being text,
 * it works where no element can: inside a `str` message, an attribute (`aria-label`), an `<option>`. Data text
 * that stands alone is an element instead (`dataText`, data-text.ts). Never HTML from data: the result is a
 * string, rendered as text.
 *
 * Not for text a reader copies or types back (a receipt's code): the isolate characters would go with it.
 */

/** Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * `value` as text wrapped in FSI … PDI, with its own embedding, override and isolate controls removed, so none
 * of them can close the isolate early or reorder the words after it. Numbers are given already formatted.
 */
export function isolate(value: string | number): string {
  return `\u2068${String(value).replace(BIDI_CONTROLS, '')}\u2069`;
}
