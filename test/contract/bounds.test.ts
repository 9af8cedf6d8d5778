/**
 * The bounds of `limits.ts`: whatever a document holds, what validation returns is within them, and every
 * cut is reported as an issue with its path. Property tests (fast-check) over text and list lengths, and
 * the document size limit of the loader.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ContractError,
  loadSection,
  parseJson,
  validateFieldErrors,
  validateLookupResponse,
  validateAccounts,
  validateDiscovery,
  validatePolicyFeed,
  validateQuestions,
  type Issue,
} from '../../src/contract/index.js';
import {
  MAX_COMBINING_MARKS,
  MAX_DOCUMENT_BYTES,
  MAX_ITEMS,
  MAX_LANGUAGES,
  MAX_PROSE_TEXT,
  MAX_SHORT_TEXT,
  MAX_TITLE_TEXT,
} from '../../src/contract/limits.js';

/** How many left-out elements the issues stand for (an issue may stand for many: `count`). */
const countSkipped = (issues: readonly Issue[], noun: string): number =>
  issues.filter((i) => i.skipped === noun).reduce((n, i) => n + ((i as { count?: number }).count ?? 1), 0);

const BASE = 'https://county.example/data/feed.json';
const FEED = 'https://jsonfeed.org/version/1.1';
const feedOf = (items: unknown[]) => ({ version: FEED, title: 'Feed', items });
const item = (extra: Record<string, unknown> = {}) => ({ id: 'a', title: '标题', date_published: '2026-11-20', ...extra });

const codePoints = (text: string): number => [...text].length;
/** The longest run of combining marks in `text`. */
const longestMarkRun = (text: string): number => Math.max(0, ...(text.match(/\p{M}+/gu) ?? []).map(codePoints));

/** Text as a hostile publisher writes it: CJK, letters, combining marks in runs, astral characters, long. */
const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom('政', '务', 'Z', 'a', ' ', '\u0301', '\u0308', '\u0e49', '\u{1d167}', '😀', '\u200f'), maxLength: 700 }),
  fc
    .tuple(fc.constantFrom('Z', '', '政'), fc.integer({ min: 0, max: 30_000 }), fc.constantFrom('\u0301', '\u{1d167}', '\u20dd'))
    .map(([base, n, mark]) => base + mark.repeat(n)),
  fc.tuple(fc.integer({ min: 1, max: 30_000 }), fc.constantFrom('长', 'W', '😀')).map(([n, c]) => c.repeat(n)),
);

describe('bounds: text', () => {
  it('cuts titles, summaries and short text to their bounds and combining marks to 8 in a row, reporting each cut', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (title, summary, docNumber) => {
        const { value, issues } = validatePolicyFeed(feedOf([item({ title, summary, _gov: { doc_number: docNumber } })]), BASE);
        const kept = value.items[0];
        if (title === '') {
          expect(kept).to.equal(undefined);
          return;
        }
        const out = { title: kept!.title as string, summary: kept!.summary as string | undefined, doc_number: kept!._gov?.doc_number };
        const bounds = { title: MAX_TITLE_TEXT, summary: MAX_PROSE_TEXT, doc_number: MAX_SHORT_TEXT };
        const given = { title, summary, doc_number: docNumber };
        for (const field of ['title', 'summary', 'doc_number'] as const) {
          const path = field === 'doc_number' ? '$.items[0]._gov.doc_number' : `$.items[0].${field}`;
          const text = out[field];
          if (text === undefined) {
            expect(given[field], field).to.equal(''); // only the empty doc_number is left out
            continue;
          }
          expect(codePoints(text), field).to.be.at.most(bounds[field]);
          expect(longestMarkRun(text), field).to.be.at.most(MAX_COMBINING_MARKS);
          const reported = issues.filter((issue) => issue.path === path);
          if (text === given[field]) expect(reported, `${field} unchanged, nothing reported`).to.deep.equal([]);
          else {
            expect(reported.length, `${field} cut and reported`).to.be.above(0);
            const messages = reported.map((i) => i.message).join();
            if (longestMarkRun(given[field]) > MAX_COMBINING_MARKS) expect(messages).to.contain('combining mark');
            // Marks are cut first: what is still too long after that is cut to the bound, with an ellipsis.
            if (text.endsWith('\u2026') && !given[field].endsWith('\u2026')) expect(messages).to.contain(`cut to ${bounds[field]} characters`);
            if (codePoints(given[field]) > bounds[field]) expect(messages).to.match(/cut to|combining mark/);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a title of "Z" and 100,000 combining acute accents as Z and 8 accents, and says so', () => {
    const title = `Z${'\u0301'.repeat(100_000)} 通知`;
    const { value, issues } = validatePolicyFeed(feedOf([item({ title })]), BASE);
    expect(value.items[0]!.title).to.equal(`Z${'\u0301'.repeat(8)} 通知`);
    expect(issues.map((i) => `${i.path} ${i.message}`)).to.deep.equal(['$.items[0].title 99992 combining mark(s) cut: at most 8 follow one character']);
  });

  it('keeps at most 20 languages of a localized text, and reports the rest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const name = Object.fromEntries(Array.from({ length: n }, (_, i) => [`x-l${i}`, `名称${i}`]));
        const { value, issues } = validateDiscovery({ version: '1.0', organizations: [{ id: 'o', name }] }, BASE);
        const kept = value.organizations![0]!.name as Record<string, string>;
        expect(Object.keys(kept).length).to.equal(Math.min(n, MAX_LANGUAGES));
        expect(issues.some((i) => i.path === '$.organizations[0].name' && i.message.includes('language(s) after the first 20 left out'))).to.equal(
          n > MAX_LANGUAGES,
        );
      }),
      { numRuns: 40 },
    );
  });

  it('refuses an id longer than 200 characters (cutting it would name another record)', () => {
    const { value, issues } = validatePolicyFeed(feedOf([item({ id: 'x'.repeat(201) }), item({ id: 'y'.repeat(200) })]), BASE);
    expect(value.items.map((i) => i.id.length)).to.deep.equal([200]);
    expect(issues.map((i) => `${i.path} ${i.message}`)).to.include('$.items[0].id must have at most 200 characters');
  });
});

describe("bounds: the endpoints' answers", () => {
  it('cut the text a receipt, a lookup and field errors show, and say so', () => {
    const marks = `Z${'\u0301'.repeat(50_000)}`;
    const lookup = validateLookupResponse({ service_request_id: 'r', status: 'answered', status_notes: marks, reply: { text: '答'.repeat(30_000) } });
    expect(lookup.value.status_notes).to.equal(`Z${'\u0301'.repeat(8)}`);
    expect([...lookup.value.reply!.text].length).to.equal(MAX_PROSE_TEXT);
    expect(lookup.issues.map((i) => i.path)).to.deep.equal(['$.status_notes', '$.reply.text']);
    const errors = validateFieldErrors({ errors: Array.from({ length: 1000 }, () => ({ field: 'phone', message: 'x'.repeat(1000) })) });
    expect(errors.value.errors).to.have.length(MAX_ITEMS.perItem);
    expect(errors.value.errors.every((e) => [...e.message].length === MAX_TITLE_TEXT)).to.equal(true);
  });
});

describe('bounds: lists', () => {
  const cases = [
    {
      what: 'feed items',
      max: MAX_ITEMS.items,
      noun: 'item',
      run: (n: number) => {
        const r = validatePolicyFeed(feedOf(Array.from({ length: n }, (_, i) => item({ id: `p${i}` }))), BASE);
        return { kept: r.value.items.length, issues: r.issues, path: '$.items' };
      },
    },
    {
      what: 'organizations',
      max: MAX_ITEMS.organizations,
      noun: 'organization',
      run: (n: number) => {
        const r = validateDiscovery({ version: '1.0', organizations: Array.from({ length: n }, (_, i) => ({ id: `o${i}`, name: `单位${i}` })) }, BASE);
        return { kept: r.value.organizations!.length, issues: r.issues, path: '$.organizations' };
      },
    },
    {
      what: 'accounts',
      max: MAX_ITEMS.accounts,
      noun: 'account',
      run: (n: number) => {
        const r = validateAccounts({ accounts: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `号${i}`, platform: 'weibo' })) }, BASE);
        return { kept: r.value.accounts.length, issues: r.issues, path: '$.accounts' };
      },
    },
    {
      what: 'categories',
      max: MAX_ITEMS.services,
      noun: 'service',
      run: (n: number) => {
        const services = Array.from({ length: n }, (_, i) => ({ service_code: `s${i}`, service_name: `类别${i}` }));
        const r = validateQuestions({ endpoints: { submit: '/q' }, services }, BASE);
        return { kept: r.value.services!.length, issues: r.issues, path: '$.services' };
      },
    },
    {
      what: 'recipients',
      max: MAX_ITEMS.recipients,
      noun: 'recipient',
      run: (n: number) => {
        const r = validateQuestions({ endpoints: { submit: '/q' }, recipients: Array.from({ length: n }, (_, i) => `o${i}`) }, BASE);
        return { kept: r.value.recipients!.length, issues: r.issues, path: '$.recipients' };
      },
    },
    {
      what: 'answered questions',
      max: MAX_ITEMS.answered,
      noun: 'answered question',
      run: (n: number) => {
        const answered = Array.from({ length: n }, (_, i) => ({ id: `q${i}`, title: `问${i}` }));
        const r = validateQuestions({ endpoints: { submit: '/q' }, answered }, BASE);
        return { kept: r.value.answered!.length, issues: r.issues, path: '$.answered' };
      },
    },
    {
      what: 'tags of an item',
      max: MAX_ITEMS.perItem,
      noun: 'tag',
      run: (n: number) => {
        const r = validatePolicyFeed(feedOf([item({ tags: Array.from({ length: n }, (_, i) => `主题${i}`) })]), BASE);
        return { kept: r.value.items[0]!.tags!.length, issues: r.issues, path: '$.items[0].tags' };
      },
    },
  ];
  for (const c of cases) {
    it(`keeps at most ${c.max} ${c.what}, and reports how many were left out`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.integer({ min: 0, max: c.max * 3 }), fc.constantFrom(c.max - 1, c.max, c.max + 1)), (n) => {
          const { kept, issues, path } = c.run(n);
          expect(kept).to.equal(Math.min(n, c.max));
          const over = issues.filter((i) => i.path === path);
          if (n <= c.max) expect(over).to.deep.equal([]);
          else {
            expect(over.map((i) => i.message)).to.deep.equal([`${n - c.max} ${c.noun}(s) after the first ${c.max} left out: a list holds at most ${c.max}`]);
            expect(countSkipped(issues, c.noun)).to.equal(n - c.max);
          }
        }),
        { numRuns: 12 },
      );
    });
  }
});

describe('bounds: document size', () => {
  const big = (bytes: number): string => JSON.stringify(feedOf([item({ summary: 'x'.repeat(bytes) })]));

  it('refuses a document over 16 MiB, through fetch and inline, with a too-large error that no retry can fix', async () => {
    const text = big(MAX_DOCUMENT_BYTES + 10);
    for (const declared of [true, false]) {
      let read = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const chunk = new TextEncoder().encode(text.slice(read, read + 1_000_000));
          read += 1_000_000;
          if (chunk.length === 0) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const headers: Record<string, string> = declared ? { 'Content-Length': String(text.length) } : {};
      const fetch = async () => new Response(body, { headers });
      const error = await loadSection('policies', { url: 'https://county.example/big.json' }, { fetch, cache: new Map() }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(ContractError);
      expect((error as ContractError).code).to.equal('too-large');
      expect((error as ContractError).retryable).to.equal(false);
      // A declared length is refused before reading; a stream is read no further than the limit.
      expect(read, declared ? 'read before refusing' : 'read past the limit').to.be.at.most(declared ? 2_000_000 : MAX_DOCUMENT_BYTES + 2_000_000);
    }
    expect(() => parseJson(text))
      .to.throw(ContractError)
      .with.property('code', 'too-large');
    // Three bytes a character: 6 million CJK characters are 18 MB.
    expect(() => parseJson(JSON.stringify({ t: '政'.repeat(6_000_000) })))
      .to.throw(ContractError)
      .with.property('code', 'too-large');
  });

  it('reads a document just under the limit', async () => {
    const text = big(MAX_DOCUMENT_BYTES - 1000);
    const loaded = await loadSection('policies', { url: 'https://county.example/ok.json' }, { fetch: async () => new Response(text), cache: new Map() });
    expect(loaded.document.items).to.have.length(1);
    expect(parseJson(text)).to.be.an('object');
  });
});
