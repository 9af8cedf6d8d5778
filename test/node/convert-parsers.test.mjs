// The readers of `gov-widgets convert` (src/cli/convert/, built into dist/npm/cli/convert/), by property:
// every form of a date a county writes gives the same RFC 3339 day, and no impossible day is read; a header
// matches its field however it is spaced, bracketed or widened; a count reads the same however it is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readDate } from '../../dist/npm/cli/convert/dates.js';
import { ACCOUNT_ALIASES, fieldOf, POLICY_ALIASES } from '../../dist/npm/cli/convert/headers.js';
import { readCount } from '../../dist/npm/cli/convert/values.js';
import { accountId, organizationId } from '../../dist/npm/cli/convert/ids.js';

const pad = (n, w = 2) => String(n).padStart(w, '0');
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** Full-width forms of ASCII digits and letters, as a Chinese input method types them. */
const wide = (text) => text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const day = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => d <= daysIn(y, m));

test('readDate: every written form of a day gives that day', () => {
  fc.assert(
    fc.property(day, fc.boolean(), ({ y, m, d }, fullWidth) => {
      const iso = `${y}-${pad(m)}-${pad(d)}`;
      const forms = [
        iso,
        `${y}年${m}月${d}日`,
        `${y} 年 ${pad(m)} 月 ${pad(d)} 日`,
        `${y}/${m}/${d}`,
        `${y}.${pad(m)}.${pad(d)}`,
        `${y}-${m}-${d}`,
        `${y}${pad(m)}${pad(d)}`,
      ];
      for (const form of forms) assert.equal(readDate(fullWidth ? wide(form) : form), iso, form);
      assert.equal(readDate(new Date(Date.UTC(y, m - 1, d))), iso);
      assert.equal(readDate(Number(`${y}${pad(m)}${pad(d)}`)), iso);
      // An Excel serial: days since 1899-12-30 (from 1 March 1900 on, where Excel's calendar is right).
      const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
      if (serial >= 61) assert.equal(readDate(serial), iso);
    }),
    { numRuns: 500 },
  );
});

test('readDate: a day that does not exist is not read, in any form', () => {
  const impossible = fc.oneof(
    fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 13, max: 99 }), d: fc.integer({ min: 1, max: 28 }) }),
    fc
      .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 29, max: 99 }) })
      .filter(({ y, m, d }) => d > daysIn(y, m)),
    fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.constant(0), d: fc.integer({ min: 1, max: 28 }) }),
  );
  fc.assert(
    fc.property(impossible, ({ y, m, d }) => {
      for (const form of [`${y}年${m}月${d}日`, `${y}/${m}/${d}`, `${y}-${pad(m)}-${pad(d)}`, `${y}${pad(m)}${pad(d)}`])
        assert.equal(readDate(form), undefined, form);
    }),
    { numRuns: 500 },
  );
  for (const text of ['2026年11月', '明天', '2026-11-26 25:00', '46000', '', '1899-12-31', '2101-01-01']) assert.equal(readDate(text), undefined, text);
});

test('readDate: a time is China Standard Time; an RFC 3339 date-time is kept as written', () => {
  assert.equal(readDate('2026-11-26 18:30'), '2026-11-26T18:30:00+08:00');
  assert.equal(readDate('2026年11月26日 18时30分05秒'), '2026-11-26T18:30:05+08:00');
  assert.equal(readDate('2026/11/26 00:00'), '2026-11-26');
  assert.equal(readDate('2026-11-26T08:00:00Z'), '2026-11-26T08:00:00Z');
  assert.equal(readDate(46_000.75), '2025-12-09T18:00:00+08:00');
});

const decorate = fc.tuple(
  fc.constantFrom('', ' ', '\u3000', '*'),
  fc.constantFrom(['', ''], ['（', '）'], ['(', ')'], ['「', '」'], ['【', '】']),
  fc.constantFrom('', '（必填）', '(YYYY-MM-DD)', ' '),
  fc.boolean(),
);

test('fieldOf: a header matches its field however it is spaced, bracketed, marked or widened', () => {
  for (const [kind, aliases] of [
    ['policies', POLICY_ALIASES],
    ['accounts', ACCOUNT_ALIASES],
  ]) {
    const alias = fc.constantFrom(...Object.entries(aliases).flatMap(([field, list]) => list.map((name) => [field, name])));
    fc.assert(
      fc.property(alias, decorate, fc.nat(), ([field, name], [space, [open, close], remark, fullWidth], cut) => {
        const at = cut % (name.length + 1);
        const spaced = name.slice(0, at) + space + name.slice(at);
        const header = `${space}${open}${fullWidth ? wide(spaced) : spaced}${close}${remark}`;
        assert.equal(fieldOf(kind, header), field, `${kind}: ${JSON.stringify(header)}`);
        assert.equal(fieldOf(kind, header.replace(/账/g, '帐')), field);
      }),
      { numRuns: 400 },
    );
  }
  for (const header of ['备注', '序号', '经办人', '']) assert.equal(fieldOf('policies', header), undefined, header);
});

test('readCount: a count reads the same with separators, units or full-width digits; nonsense is not read', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.boolean(), (n, fullWidth) => {
      const grouped = n.toLocaleString('en-US');
      const w = (text) => (fullWidth ? wide(text).replace(/,/g, '，') : text);
      assert.equal(readCount(w(String(n))), n);
      assert.equal(readCount(w(grouped)), n);
      assert.equal(readCount(n), n);
      if (n % 1000 === 0) assert.equal(readCount(w(`${n / 10_000}万`)), n);
    }),
    { numRuns: 500 },
  );
  assert.equal(readCount('1.2万'), 12_000);
  assert.equal(readCount('10万+'), 100_000);
  assert.equal(readCount('1.5亿'), 150_000_000);
  for (const text of ['3,45', '-5', '约一万', '1.2.3', '', '12 万人']) assert.equal(readCount(text), undefined, text);
});

test('ids: the same name gives the same id, another name another', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ minLength: 1, maxLength: 30 }), (a, b) => {
      assert.equal(organizationId(a), organizationId(a));
      assert.match(organizationId(a), /^org-[0-9a-f]{12}$/);
      if (a.normalize('NFKC').replace(/[\s\u3000\u200b]/g, '') !== b.normalize('NFKC').replace(/[\s\u3000\u200b]/g, ''))
        assert.notEqual(organizationId(a), organizationId(b));
    }),
  );
  // Pinned: a page that links to an organization keeps working on every machine and release.
  assert.equal(organizationId('某某县人民政府办公室'), 'org-a41333656a94');
  assert.equal(organizationId(' 某某县人民政府办公室\u3000'), 'org-a41333656a94');
  assert.equal(accountId('wechat_oa', 'gh_1a2b3c4d5e6f'), accountId('wechat_oa', ' gh_1a2b3c4d5e6f '));
});
