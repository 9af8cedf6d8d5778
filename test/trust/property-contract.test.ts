/**
 * Property tests (fast-check) for the contract's parsers not covered by test/contract/property.test.ts:
 * JSON bodies (cut off vs not JSON), RFC 3339 dates against a reference, language tags, localized text, the
 * question API's response parsers and the section validators. They run in every engine, so the browser's own
 * `Date.parse`, `URL` and `Intl` are part of what is checked. Every parser: any input returns or throws the
 * documented ContractError, never anything else, and changes no prototype.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  canonicalLanguage,
  ContractError,
  detectKind,
  isRfc3339,
  languageFallbacks,
  parseDate,
  parseJson,
  pickLocalized,
  REQUEST_STATUSES,
  uiLocaleFor,
  UI_LOCALES,
  validateAnsweredPage,
  validateDiscovery,
  validateFieldErrors,
  validateLookupResponse,
  validatePolicyFeed,
  validateQuestions,
  validateAccounts,
  validateSubmitResponse,
} from '../../src/contract/index.js';
import { formatDate, machineDate } from '../../src/core/format.js';
import { prototypesClean } from '../hostile/assert.js';

/** Runs `fn`; a ContractError (with the given codes) is an answer, anything else thrown is a failure. */
function returnsOrContractError(fn: () => unknown, codes: readonly string[]): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    expect(codes, error.message).to.include(error.code);
  }
}

const BASE = 'https://county.example/data/d.json';

/** JSON with the keys the contract reads, so validators go deep, and `__proto__` keys as real own properties. */
const contractish = fc
  .oneof(
    fc.jsonValue(),
    fc.dictionary(
      fc.constantFrom('version', 'items', 'accounts', 'answered', 'endpoints', 'services', 'title', 'id', '__proto__', 'constructor', 'errors', 'status'),
      fc.oneof(fc.jsonValue(), fc.constantFrom('1.0', '2.0', 'https://jsonfeed.org/version/1.1'), fc.array(fc.dictionary(fc.string(), fc.jsonValue()))),
    ),
  )
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown);

describe('property: parseJson', () => {
  it('reads any JSON text back as the value it encodes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(parseJson(JSON.stringify(value))).to.deep.equal(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('calls every cut-off object or array "cut off" (retryable), wherever the cut falls', () => {
    const container = fc.oneof(fc.array(fc.jsonValue(), { minLength: 1 }), fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }));
    fc.assert(
      fc.property(container, fc.double({ min: 0, max: 1, noNaN: true }), (value, at) => {
        const text = JSON.stringify(value);
        const cut = text.slice(0, 1 + Math.floor(at * (text.length - 2)));
        try {
          parseJson(cut);
          expect.fail(`parsed a cut-off body: ${cut}`);
        } catch (error) {
          expect(error).to.be.instanceOf(ContractError);
          expect((error as ContractError).code).to.equal('parse');
          expect((error as ContractError).retryable, cut).to.equal(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('calls text that is not JSON "not JSON" (not retryable), and extra closing brackets invalid, not cut off', () => {
    const notJson = fc.string().filter((text) => {
      if (/^\s*[[{]/.test(text)) return false;
      try {
        JSON.parse(text);
        return false;
      } catch {
        return true;
      }
    });
    fc.assert(
      fc.property(notJson, (text) => {
        try {
          parseJson(text);
          expect.fail('parsed');
        } catch (error) {
          expect((error as ContractError).code).to.equal('parse');
          expect((error as ContractError).retryable).to.equal(false);
        }
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom('}', ']', '}}', ',', 'x'), (value, extra) => {
        try {
          parseJson(JSON.stringify(value) + extra);
          expect.fail('parsed');
        } catch (error) {
          expect((error as ContractError).retryable).to.equal(false);
        }
      }),
    );
  });

  it('accepts any string, answering a value or a parse ContractError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => returnsOrContractError(() => parseJson(text, BASE), ['parse'])),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Dates

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Days in a month of the proleptic Gregorian calendar, by the engine's own Date (the reference). */
function daysIn(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

const validDay = fc
  .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysIn(year, month)) }));

const validDateTime = fc.record({
  date: validDay,
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 60 }),
  fraction: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
  offset: fc.oneof(
    fc.constantFrom('Z', 'z'),
    fc.record({ sign: fc.constantFrom(1, -1), hours: fc.integer({ min: 0, max: 23 }), minutes: fc.integer({ min: 0, max: 59 }) }),
  ),
  t: fc.constantFrom('T', 't'),
});

describe('property: RFC 3339 dates against a reference', () => {
  it('accepts every real calendar day and reads it back as midnight UTC of that day', () => {
    fc.assert(
      fc.property(validDay, ({ year, month, day }) => {
        const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
        expect(isRfc3339(text), text).to.equal(true);
        const expected = new Date(0);
        expected.setUTCFullYear(year, month - 1, day);
        expect(parseDate(text), text).to.deep.equal({ time: expected.getTime(), dateOnly: true });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every day a month does not have, and months 0 and 13', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 39 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
        const real = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
        expect(isRfc3339(text), text).to.equal(real);
        expect(parseDate(text) !== undefined, text).to.equal(real);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads every valid date-time (any offset, 1–9 fraction digits, a leap second, t and z in either case) as the instant it names', () => {
    fc.assert(
      fc.property(validDateTime, ({ date, hour, minute, second, fraction, offset, t }) => {
        const zone = typeof offset === 'string' ? offset : `${offset.sign > 0 ? '+' : '-'}${pad(offset.hours)}:${pad(offset.minutes)}`;
        const text = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}${t}${pad(hour)}:${pad(minute)}:${pad(second)}${fraction === undefined ? '' : `.${fraction}`}${zone}`;
        expect(isRfc3339(text), text).to.equal(true);
        // The reference: the fields by the engine's Date (a leap second is the second after :59).
        const utc = new Date(0);
        utc.setUTCFullYear(date.year, date.month - 1, date.day);
        utc.setUTCHours(hour, minute, second, fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000));
        const shift = typeof offset === 'string' ? 0 : offset.sign * (offset.hours * 60 + offset.minutes) * 60_000;
        const parsed = parseDate(text);
        expect(parsed?.dateOnly, text).to.equal(false);
        // Digits below a millisecond may be rounded either way (WebKit rounds toward zero before 1970).
        expect(Math.abs(parsed!.time - (utc.getTime() - shift)), text).to.be.at.most(fraction && fraction.length > 3 ? 1 : 0);
        // What the widgets show comes from the same reading.
        expect(machineDate(text)).to.equal(text);
        expect(formatDate(text, 'zh-Hans')).not.to.equal('');
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects impossible times and offsets', () => {
    const bad = fc.oneof(
      fc.integer({ min: 24, max: 99 }).map((h) => `2026-11-20T${pad(h)}:00:00Z`),
      fc.integer({ min: 60, max: 99 }).map((m) => `2026-11-20T08:${pad(m)}:00Z`),
      fc.integer({ min: 61, max: 99 }).map((s) => `2026-11-20T08:00:${pad(s)}Z`),
      fc.integer({ min: 24, max: 99 }).map((h) => `2026-11-20T08:00:00+${pad(h)}:00`),
      fc.integer({ min: 60, max: 99 }).map((m) => `2026-11-20T08:00:00+08:${pad(m)}`),
      fc.constantFrom(
        '2026-11-20T08:00:00',
        '2026-11-20 08:00:00Z',
        '2026-11-20T08:00Z',
        '2026-1-20',
        '+2026-11-20',
        '2026-11-20T08:00:00+0800',
        '2026-02-29T00:00:00Z',
      ),
    );
    fc.assert(
      fc.property(bad, (text) => {
        expect(isRfc3339(text), text).to.equal(false);
      }),
    );
  });

  it('never throws on any string or value', () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), (text, value) => {
        expect(isRfc3339(text)).to.be.a('boolean');
        parseDate(value);
        expect(formatDate(value, 'en')).to.be.a('string');
        if (isRfc3339(text)) expect(text).to.match(/^\d{4}-\d{2}-\d{2}/);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Languages and localized text

const subtag = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
const languageTag = fc.oneof(
  fc.tuple(fc.stringMatching(/^[A-Za-z]{1,8}$/), fc.array(subtag, { maxLength: 3 }), fc.constantFrom('-', '_')).map(([l, rest, sep]) => [l, ...rest].join(sep)),
  fc
    .tuple(
      fc.constantFrom('zh', 'ZH', 'Zh', 'en', 'EN', 'fr', 'ug'),
      fc.option(fc.constantFrom('Hans', 'hant', 'HANT', 'hans', 'Latn'), { nil: undefined }),
      fc.option(fc.constantFrom('CN', 'cn', 'TW', 'tw', 'HK', 'MO', 'SG', 'US', '419'), { nil: undefined }),
    )
    .map(([l, s, r]) => [l, s, r].filter(Boolean).join('-')),
  fc.string(),
);

/** The contract's rule for the UI locale of a Chinese tag, written out independently. */
function referenceUiLocale(tag: string): string {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  if (!/^[a-z]{1,8}(-[a-z0-9]{1,8})*$/.test(parts.join('-'))) return 'zh-Hans';
  if (parts[0] !== 'zh') return 'en';
  const script = parts.find((p) => p === 'hans' || p === 'hant');
  if (script === 'hant') return 'zh-Hant';
  if (script === 'hans') return 'zh-Hans';
  return parts[1] !== undefined && ['tw', 'hk', 'mo'].includes(parts[1]) ? 'zh-Hant' : 'zh-Hans';
}

describe('property: language tags', () => {
  it('canonicalLanguage is idempotent, well formed, and blind to case and underscores', () => {
    fc.assert(
      fc.property(languageTag, (tag) => {
        const canonical = canonicalLanguage(tag);
        expect(canonicalLanguage(canonical), tag).to.equal(canonical);
        expect(canonical).to.match(/^[a-z]{1,8}(-[A-Za-z0-9]{1,8})*$/);
        expect(canonicalLanguage(tag.toUpperCase()), tag).to.equal(canonicalLanguage(tag.toLowerCase()));
        expect(canonicalLanguage(tag.replace(/-/g, '_')), tag).to.equal(canonical);
      }),
      { numRuns: 1000 },
    );
  });

  it('uiLocaleFor follows the contract for zh-CN/SG, zh-TW/HK/MO, scripts and other languages', () => {
    fc.assert(
      fc.property(languageTag, (tag) => {
        const ui = uiLocaleFor(tag);
        expect(UI_LOCALES).to.include(ui);
        expect(ui, tag).to.equal(uiLocaleFor(canonicalLanguage(tag)));
        if (!/[^A-Za-z0-9_-]/.test(tag.trim()) && !/Latn/i.test(tag)) expect(ui, tag).to.equal(referenceUiLocale(tag));
      }),
      { numRuns: 1000 },
    );
    expect([null, undefined, '', '  ', '-', 'zh--CN'].map((t) => uiLocaleFor(t))).to.deep.equal(Array(6).fill('zh-Hans'));
  });

  it('languageFallbacks narrows tag by tag and ends with zh-Hans', () => {
    fc.assert(
      fc.property(languageTag, (tag) => {
        const chain = languageFallbacks(tag);
        expect(chain[0]).to.equal(canonicalLanguage(tag));
        expect(chain).to.include('zh-Hans');
        for (let i = 1; i < chain.length; i++) if (chain[i] !== 'zh-Hans') expect(chain[i - 1]!.startsWith(`${chain[i]}-`)).to.equal(true);
      }),
    );
  });
});

const KEYS = ['zh-Hans', 'zh-Hant', 'zh-Hant-HK', 'zh', 'zh-CN', 'zh-TW', 'en', 'en-US', 'fr', 'ug-Arab'];

describe('property: pickLocalized', () => {
  it('picks a text of the object, in the reader language when there is one, else by the contract fallbacks', () => {
    const texts = fc.dictionary(fc.constantFrom(...KEYS), fc.string({ minLength: 1 }), { minKeys: 1 });
    fc.assert(
      fc.property(texts, fc.constantFrom(...KEYS, 'zh-Hant-MO', 'en-GB', 'de'), (text, lang) => {
        const picked = pickLocalized(text, lang);
        const entries = Object.entries(text);
        // The text comes from the object, with the language of the key it came from.
        const source = entries.find(([key, value]) => value === picked.text && canonicalLanguage(key) === picked.lang);
        expect(source, JSON.stringify({ text, lang, picked })).to.not.equal(undefined);
        // An exact entry wins; else, when the chain finds nothing, the first entry.
        const exact = entries.find(([key]) => canonicalLanguage(key) === canonicalLanguage(lang));
        if (exact) expect(picked.text).to.equal(exact[1]);
        const chain = languageFallbacks(lang).map((t) => t.toLowerCase());
        const reachable = entries.some(([key]) =>
          chain.some((c) => canonicalLanguage(key).toLowerCase() === c || canonicalLanguage(key).toLowerCase().startsWith(`${c}-`)),
        );
        if (!reachable) expect(picked.text).to.equal(entries[0]![1]);
        // zh-Hans comes before "the first entry": a reader of a language the object lacks gets zh-Hans (or a
        // key that means it, such as zh or zh-CN) when there is one.
        const own = chain.slice(0, -1);
        const ownHit = entries.some(([key]) =>
          own.some((c) => canonicalLanguage(key).toLowerCase() === c || canonicalLanguage(key).toLowerCase().startsWith(`${c}-`)),
        );
        if (!ownHit && 'zh-Hans' in text) expect(picked.lang, JSON.stringify({ text, lang })).to.match(/^zh-Hans/);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers a string for anything at all and changes no prototype', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), fc.oneof(fc.string(), fc.constant(null)), (value, lang) => {
        const picked = pickLocalized(value as never, lang);
        expect(picked.text).to.be.a('string');
        if (typeof value === 'string') expect(picked).to.deep.equal({ text: value, lang: undefined });
      }),
      { numRuns: 500 },
    );
    expect(prototypesClean()).to.equal(true);
  });
});

// ---------------------------------------------------------------------------------------------------
// The question API's answers and the section validators

const text1 = fc.string({ minLength: 1 });
const rfcDate = validDay.map(({ year, month, day }) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`);

describe('property: the question API response parsers', () => {
  it('keep every field of a valid submit or lookup answer and drop unknown ones', () => {
    const submit = fc.record(
      { service_request_id: text1, query_code: text1, expected_datetime: rfcDate, service_notice: fc.string() },
      { requiredKeys: ['service_request_id', 'query_code'] },
    );
    fc.assert(
      fc.property(submit, fc.dictionary(fc.string(), fc.jsonValue()), (answer, extra) => {
        const known = new Set(['service_request_id', 'query_code', 'expected_datetime', 'service_notice']);
        const input = { ...Object.fromEntries(Object.entries(extra).filter(([k]) => !known.has(k))), ...answer };
        expect(validateSubmitResponse(input, BASE).value).to.deep.equal(answer);
      }),
    );
    const lookup = fc.record(
      {
        service_request_id: text1,
        status: fc.constantFrom(...REQUEST_STATUSES),
        status_notes: fc.string(),
        requested_datetime: rfcDate,
        reply: fc.record({ text: fc.string(), replied_at: rfcDate }, { requiredKeys: ['text'] }),
      },
      { requiredKeys: ['service_request_id', 'status'] },
    );
    fc.assert(
      fc.property(lookup, (answer) => {
        expect(validateLookupResponse(JSON.parse(JSON.stringify(answer)), BASE).value).to.deep.equal(answer);
      }),
    );
  });

  it('keep the valid field errors in order and leave out the rest', () => {
    const entry = fc.oneof(fc.record({ field: fc.string(), message: text1 }, { requiredKeys: ['message'] }), fc.jsonValue());
    fc.assert(
      fc.property(fc.array(entry), (errors) => {
        const valid = errors.filter(
          (e): e is { field?: string; message: string } =>
            typeof e === 'object' &&
            e !== null &&
            !Array.isArray(e) &&
            typeof (e as { message?: unknown }).message === 'string' &&
            (e as { message: string }).message !== '' &&
            ['undefined', 'string'].includes(typeof (e as { field?: unknown }).field),
        );
        const kept = validateFieldErrors({ errors }, BASE).value.errors;
        expect(kept).to.deep.equal(valid.map((e) => ('field' in e ? { field: e.field, message: e.message } : { message: e.message })));
      }),
    );
  });

  it('answer any JSON with a value or a shape ContractError', () => {
    fc.assert(
      fc.property(contractish, (json) => {
        for (const parse of [validateSubmitResponse, validateFieldErrors, validateLookupResponse]) returnsOrContractError(() => parse(json, BASE), ['shape']);
      }),
      { numRuns: 500 },
    );
    expect(prototypesClean()).to.equal(true);
  });
});

describe('property: section validators and document detection', () => {
  it('answer any JSON with a value or a ContractError (shape or version), and never pollute a prototype', () => {
    fc.assert(
      fc.property(contractish, (json) => {
        expect([undefined, 'discovery', 'policies', 'accounts', 'questions']).to.include(detectKind(json));
        for (const validate of [validatePolicyFeed, validateAccounts, validateQuestions, validateAnsweredPage, validateDiscovery]) {
          returnsOrContractError(() => validate(json, BASE), ['shape', 'version']);
        }
      }),
      { numRuns: 500 },
    );
    expect(prototypesClean()).to.equal(true);
  });
});
