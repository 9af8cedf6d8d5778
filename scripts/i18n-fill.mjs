// Fills missing <target>s of an XLIFF 1.2 file (as lit-localize writes it) from a table of translations.
// Kept apart from scripts/i18n.mjs so that a Node test can check it.

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * @param {string} xml the XLIFF text
 * @param {Record<string, Record<string, string>>} fill source (placeholders as {0}, {1}) → locale → text
 * @param {string} locale
 * @returns {{ xml: string, missing: { id: string, source: string }[] }}
 */
export function fillXliff(xml, fill, locale) {
  const missing = [];
  // One unit at a time: the source stops at its own </source> (a lazy [\s\S]*? would run on into the next
  // unit whenever the first untranslated unit follows a translated one).
  const unit = /<trans-unit id="([^"]+)">\n {2}<source>((?:(?!<\/source>)[\s\S])*)<\/source>\n(?! {2}<target>)/g;
  const out = xml.replace(unit, (whole, id, source) => {
    const placeholders = [];
    const key = source
      .replace(/<x id="(\d+)"[^>]*\/>/g, (x, n) => {
        placeholders[n] = x;
        return `{${n}}`;
      })
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    const text = fill[key]?.[locale];
    if (text === undefined) {
      missing.push({ id, source: key });
      return whole;
    }
    const target = escape(text).replace(/\{(\d+)\}/g, (m, n) => placeholders[n] ?? m);
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>\n`;
  });
  return { xml: out, missing };
}
