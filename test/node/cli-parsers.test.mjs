// The command line's small parsers (src/cli/, built into dist/npm/cli/), against the reference they stand in
// for: the JSON error locator against JSON.parse, the UTF-8 check against TextDecoder, the path parser against
// the contract's childPath.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { characterAt, excerpt, findJsonError, positionOf } from '../../dist/npm/cli/json-syntax.js';
import { decodeDocument, firstInvalidUtf8 } from '../../dist/npm/cli/decode.js';
import { parsePath, valueAt } from '../../dist/npm/cli/locate.js';
import { localeFromEnv, localeFromPosix } from '../../dist/npm/cli/locale.js';
import { childPath } from '../../dist/npm/contract/check.js';

const parses = (text) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Offsets of `text` (valid JSON) that are outside strings: where any character is a new token or space. */
function offsetsOutsideStrings(text) {
  const out = [];
  let inString = false;
  for (let i = 0; i <= text.length; i++) {
    if (!inString) out.push(i);
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
  }
  return out;
}

const jsonText = fc
  .tuple(fc.json({ maxDepth: 4, stringUnit: 'grapheme' }), fc.constantFrom(0, 2, '\t'))
  .map(([text, indent]) => JSON.stringify(JSON.parse(text), null, indent));

test('findJsonError finds an error exactly when JSON.parse fails', () => {
  const noisy = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'{}[]:,"\\ \n\t0123456789.-+eEtrufalsn，“”ab\u0001') }),
    jsonText.chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(3)).map(([t, at, cut]) => t.slice(0, at) + t.slice(at + cut))),
    jsonText.chain((text) =>
      fc
        .tuple(fc.constant(text), fc.nat(text.length), fc.constantFrom('\u0001', '\n', '\t', ',', '}', ']', '\\', '"', '0', '-', 'e', '\u2028'))
        .map(([t, at, char]) => t.slice(0, at) + char + t.slice(at)),
    ),
  );
  fc.assert(
    fc.property(noisy, (text) => {
      assert.equal(findJsonError(text) === undefined, parses(text), JSON.stringify(text));
    }),
    { numRuns: 2000 },
  );
});

test('a full-width comma typed at offset n is reported at offset n, and line:column points back at it', () => {
  fc.assert(
    fc.property(
      jsonText.chain((text) => fc.tuple(fc.constant(text), fc.constantFrom(...offsetsOutsideStrings(text)), fc.constantFrom('，', '：', '”', '｛', '　'))),
      ([text, n, char]) => {
        const broken = text.slice(0, n) + char + text.slice(n);
        const error = findJsonError(broken);
        assert.equal(error?.offset, n, JSON.stringify(broken));
        const position = positionOf(broken, n);
        const lines = broken.split('\n');
        assert.equal(position.text, lines[position.line - 1]);
        // Column counts code points from the start of the line.
        assert.equal([...lines[position.line - 1]].slice(0, position.column - 1).join('').length + position.lineStart, n);
        assert.equal(characterAt(broken, n), char);
        const [line, caret] = excerpt(position);
        assert.ok(line.includes(char));
        assert.match(caret, /^ *\^$/);
      },
    ),
    { numRuns: 1000 },
  );
});

test('a text that ends early is reported at its end', () => {
  for (const text of ['{', '{"a": ', '[1, 2', '"abc', '{"a": tr']) {
    assert.equal(findJsonError(text)?.offset, text.length, text);
  }
  assert.deepEqual(findJsonError('[1,]'), { offset: 3, expected: 'value' });
  assert.deepEqual(findJsonError('{"a":1}x'), { offset: 7, expected: 'end-of-text' });
  assert.deepEqual(findJsonError('"a\nb"'), { offset: 2, expected: 'string-character' });
  // Nesting deep enough to overflow a recursive parser.
  assert.equal(findJsonError('['.repeat(100_000) + ']'.repeat(100_000)), undefined);
});

test('firstInvalidUtf8 agrees with a strict TextDecoder', () => {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const valid = (bytes) => {
    try {
      strict.decode(bytes);
      return true;
    } catch {
      return false;
    }
  };
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
      const at = firstInvalidUtf8(bytes);
      assert.equal(at === -1, valid(bytes));
      if (at !== -1) {
        assert.ok(valid(bytes.subarray(0, at)), 'the bytes before the offset are UTF-8');
      }
    }),
    { numRuns: 5000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      assert.equal(firstInvalidUtf8(new TextEncoder().encode(text)), -1);
    }),
  );
});

test('decodeDocument: BOM dropped, GB18030 and UTF-16 recognised', () => {
  const bom = decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]));
  assert.deepEqual(bom, { ok: true, text: '{}', bom: true });
  // "县" in GBK is 0xCF 0xD8.
  assert.deepEqual(decodeDocument(new Uint8Array([0x7b, 0x22, 0xcf, 0xd8, 0x22, 0x7d])), { ok: false, encoding: 'GB18030', offset: 2 });
  assert.equal(decodeDocument(new Uint8Array([0xff, 0xfe, 0x7b, 0x00])).encoding, 'UTF-16LE');
  assert.equal(decodeDocument(new Uint8Array([0x7b, 0x00, 0x7d, 0x00])).encoding, 'UTF-16LE');
  assert.equal(decodeDocument(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])).encoding, 'unknown');
});

test('parsePath reads back every path childPath builds', () => {
  const key = fc.oneof(fc.nat(1000), fc.string(), fc.constantFrom('items', '_gov', 'a b', '"', '\\', '__proto__'));
  fc.assert(
    fc.property(fc.array(key, { maxLength: 6 }), (keys) => {
      const path = keys.reduce((p, k) => childPath(p, k), '$');
      assert.deepEqual(parsePath(path), keys);
    }),
  );
  assert.equal(valueAt({ items: [{ id: 'a' }, { id: 'b' }] }, '$.items[1].id'), 'b');
  assert.equal(valueAt({ items: [] }, '$.items[0].id'), undefined);
  assert.equal(valueAt({}, '$.constructor'), undefined);
});

test('the locale comes from LC_ALL, then LC_MESSAGES, then LANG', () => {
  assert.equal(localeFromPosix('zh_CN.UTF-8'), 'zh-Hans');
  assert.equal(localeFromPosix('zh_SG'), 'zh-Hans');
  assert.equal(localeFromPosix('zh_CN.GB18030'), 'zh-Hans');
  assert.equal(localeFromPosix('zh_TW.Big5'), 'zh-Hant');
  assert.equal(localeFromPosix('zh_HK.UTF-8'), 'zh-Hant');
  assert.equal(localeFromPosix('zh-Hant-TW'), 'zh-Hant');
  assert.equal(localeFromPosix('C.UTF-8'), undefined);
  assert.equal(localeFromPosix('en_US.UTF-8'), 'en');
  assert.equal(localeFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh-Hans');
  assert.equal(localeFromEnv({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }), 'en');
  assert.equal(localeFromEnv({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8' }), 'zh-Hant');
  assert.equal(localeFromEnv({ LANG: 'fr_FR.UTF-8' }), 'en');
  assert.equal(localeFromEnv({}), 'en');
});

test('resolveReference: a web document never leads off http(s); a local one only to relative files', async () => {
  const { resolveReference } = await import('../../dist/npm/cli/sources.js');
  const raw = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'file:///etc/passwd',
      'FILE:/etc/passwd',
      ' file:x',
      '\tjavascript:alert(1)',
      '//server/share/x.json',
      '\\\\server\\share',
      'data:,{}',
      'C:\\x.json',
      '..%2Fx.json',
      'policies.json',
      '../x.json',
      'https://a.example/x.json',
    ),
    fc.tuple(fc.constantFrom('file:', 'FiLe:', 'data:', 'blob:', 'ftp:', 'http:', 'https:', ''), fc.string()).map(([a, b]) => a + b),
  );
  fc.assert(
    fc.property(raw, (value) => {
      const web = resolveReference(value, 'https://county.example/site/disclosure.json');
      if (web.ok) assert.match(web.url, /^https?:\/\//);
      const local = resolveReference(value, 'file:///srv/site/disclosure.json');
      if (local.ok && local.url.startsWith('file:')) {
        assert.doesNotMatch(value, /^[\s\x00-\x1f]*[A-Za-z][A-Za-z0-9+.-]*:/, 'only a reference without a scheme is read from disk');
        assert.match(local.url, /^file:\/\/\//);
      } else if (local.ok) assert.match(local.url, /^https?:\/\//);
    }),
    { numRuns: 3000 },
  );
  assert.deepEqual(resolveReference('policies.json', 'file:///srv/site/disclosure.json'), { ok: true, url: 'file:///srv/site/policies.json' });
  assert.deepEqual(resolveReference('file:///etc/passwd', 'file:///srv/site/disclosure.json'), { ok: false });
  assert.deepEqual(resolveReference('//server/share/x', 'file:///srv/site/disclosure.json'), { ok: false });
  assert.deepEqual(resolveReference('/etc/passwd', 'https://county.example/'), { ok: true, url: 'https://county.example/etc/passwd' });
});
