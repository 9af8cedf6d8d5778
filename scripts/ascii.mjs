// @ts-check
// Shipped JavaScript and CSS are pure ASCII. A classic <script> or a stylesheet served without a charset is
// decoded in the page's own encoding, and Chinese county sites still serve GBK, GB2312 and Big5 pages: there
// raw UTF-8 bytes turn into other characters, and in a script into a SyntaxError. The bundles are escaped by
// terser (`format.ascii_only`, rollup.config.mjs); this module escapes what tsc emits for npm (dist/npm/) and
// finds any byte above 0x7F that is left. Terser's `format.ascii_only` leaves template literals as they are (it
// keeps their raw text), so the bundles go through {@link asciiOnly} after terser too.
//
// The escape is textual: every UTF-16 code unit above U+007F becomes `\uXXXX`. That is the same character in a
// string, template or regular-expression literal (a surrogate pair stays one code point under the `u` flag)
// and harmless text in a comment; it keeps every line where it was, so tsc's source maps stay right line by
// line. (An identifier outside ASCII would need the same escape, which is valid there too.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';

/**
 * `text` with every character above U+007F written as a `\uXXXX` escape.
 * @param {string} text
 */
export function escapeNonAscii(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The files under `dir` (recursively) whose name ends with one of `extensions`.
 * @param {string} dir
 * @param {readonly string[]} [extensions]
 */
export function filesUnder(dir, extensions = ['.js', '.mjs', '.css']) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/**
 * Escapes every .js file under `dir` in place; returns how many it changed.
 * @param {string} dir
 */
export function escapeTree(dir) {
  let changed = 0;
  for (const file of filesUnder(dir, ['.js', '.mjs'])) {
    const text = readFileSync(file, 'utf8');
    const escaped = escapeNonAscii(text);
    if (escaped !== text) {
      writeFileSync(file, escaped);
      changed++;
    }
  }
  return changed;
}

/**
 * The first byte above 0x7F of each shipped file under `dir` that has one.
 * @param {string} dir
 * @param {readonly string[]} [extensions]
 * @returns {{ file: string, offset: number, byte: number }[]}
 */
export function nonAsciiFiles(dir, extensions) {
  const found = [];
  for (const file of filesUnder(dir, extensions)) {
    const bytes = readFileSync(file);
    const offset = bytes.findIndex((b) => b > 0x7f);
    if (offset >= 0) found.push({ file, offset, byte: bytes[offset] });
  }
  return found;
}

/**
 * A Rollup output plugin, after the minifier: escapes what is left outside ASCII (template literals), with a
 * source map of the change. In a template literal the cooked text (what Lit's `html` and `css` and
 * @lit/localize's `str` read) stays the same; only `.raw` would differ, and nothing in the bundles reads it.
 */
export function asciiOnly() {
  /** @type {import('rollup').Plugin} */
  const plugin = {
    name: 'gov-ascii-only',
    renderChunk(code) {
      if (!/[^\x00-\x7f]/.test(code)) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(/[^\x00-\x7f]/g)) {
        out.overwrite(match.index, match.index + 1, escapeNonAscii(match[0]));
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
  return plugin;
}
