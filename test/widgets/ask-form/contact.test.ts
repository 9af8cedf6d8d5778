import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isEmail, isMobile, normalizeEmail, normalizeMobile } from '../../../src/widgets/ask-form/model/contact.js';

const digit = fc.integer({ min: 0, max: 9 }).map(String);
/** A valid mainland mobile number: 1, then 3–9, then nine digits. */
const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.array(digit, { minLength: 9, maxLength: 9 })).map(([second, rest]) => `1${second}${rest.join('')}`);
const separator = fc.constantFrom('', ' ', '-', ' - ', '\u3000');
const prefix = fc.constantFrom('', '+86', '+86 ', '0086', '86', '+86-');
const fullWidth = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** A number as people write it: a prefix, groups 3-4-4 split by any separator, maybe full-width. */
const writtenMobile = fc.tuple(mobile, prefix, separator, separator, fc.boolean()).map(([n, p, s1, s2, wide]) => {
  const written = `${p}${n.slice(0, 3)}${s1}${n.slice(3, 7)}${s2}${n.slice(7)}`;
  return { digits: n, written: wide ? fullWidth(written) : written };
});

describe('mainland mobile numbers', () => {
  it('accepts the ways people write them and sends the bare 11 digits', () => {
    expect(normalizeMobile('13800138000')).to.equal('13800138000');
    expect(normalizeMobile('138 0013 8000')).to.equal('13800138000');
    expect(normalizeMobile('138-0013-8000')).to.equal('13800138000');
    expect(normalizeMobile('+86 138 0013 8000')).to.equal('13800138000');
    expect(normalizeMobile('0086 13800138000')).to.equal('13800138000');
    expect(normalizeMobile('８６１３８００１３８０００')).to.equal('13800138000');
    expect(normalizeMobile(' １３８ ００１３ ８０００ ')).to.equal('13800138000');
  });

  it('refuses landlines, short or long numbers, a second digit of 0–2, and letters', () => {
    for (const bad of [
      '',
      '0571-88888888',
      '1380013800',
      '138001380000',
      '12800138000',
      '11800138000',
      '10800138000',
      '1380013800a',
      '+1 13800138000',
      '86 1380013800',
      'phone',
    ]) {
      expect(isMobile(bad), bad).to.equal(false);
    }
  });

  it('property: every valid number, however written, normalises to its digits', () => {
    fc.assert(
      fc.property(writtenMobile, ({ digits, written }) => normalizeMobile(written) === digits),
      { numRuns: 500 },
    );
  });

  it('property: normalising is idempotent, and what it returns always matches 1[3-9]\\d{9}', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          writtenMobile.map((m) => m.written),
          fc.stringMatching(/^[\d +-]{0,16}$/),
        ),
        (s) => {
          const n = normalizeMobile(s);
          return n === null || (/^1[3-9]\d{9}$/.test(n) && normalizeMobile(n) === n);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('property: a number with a wrong digit count is refused', () => {
    fc.assert(fc.property(mobile, fc.integer({ min: 1, max: 5 }), fc.boolean(), (n, k, cut) => !isMobile(cut ? n.slice(0, 11 - k) : n + '0'.repeat(k))));
  });
});

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const tld = fc.stringMatching(/^[a-z]{2,6}$/);
const local = fc.stringMatching(/^[A-Za-z0-9._%+-]{1,20}$/);
const email = fc.tuple(local, fc.array(label, { minLength: 1, maxLength: 3 }), tld).map(([l, labels, t]) => `${l}@${[...labels, t].join('.')}`);

describe('e-mail addresses', () => {
  it('accepts ordinary and internationalised addresses, trimmed', () => {
    expect(normalizeEmail(' wang.xm@example.com ')).to.equal('wang.xm@example.com');
    expect(isEmail('a+b@mail.county.gov.cn')).to.equal(true);
    expect(isEmail('zhang@例子.中国')).to.equal(true);
  });

  it('refuses what cannot reach anyone', () => {
    for (const bad of [
      '',
      'wang',
      'wang@',
      '@example.com',
      'wang@localhost',
      'wang@@example.com',
      'wang @example.com',
      'wang@exa mple.com',
      'wang@-example.com',
      'wang@example.',
      'wang@1.2.3.4',
      '王@example.com',
      `${'a'.repeat(65)}@example.com`,
    ]) {
      expect(isEmail(bad), bad).to.equal(false);
    }
  });

  it('property: generated valid addresses are accepted', () => {
    fc.assert(
      fc.property(email, (e) => isEmail(e)),
      { numRuns: 500 },
    );
  });

  it('property: an address with whitespace inside, no @, or two @ is refused', () => {
    fc.assert(
      fc.property(email, fc.integer({ min: 1, max: 5 }), fc.constantFrom(' ', '\t', '@'), (e, at, c) => {
        const i = Math.min(at, e.length - 1);
        return !isEmail(e.slice(0, i) + c + e.slice(i)) && !isEmail(e.replace('@', ''));
      }),
      { numRuns: 500 },
    );
  });
});
