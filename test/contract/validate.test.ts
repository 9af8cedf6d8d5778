import { expect } from '@open-wc/testing';
import { detectKind, validateAccounts, validateDocument, validatePolicyFeed, validateQuestions, type PolicyItem } from '../../src/contract/index.js';
import { readFixture } from '../helpers.js';

const BASE = 'https://county.example/data/feed.json';
const feedOf = (items: unknown[]) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Feed', items });
const item = (extra: Record<string, unknown> = {}) => ({ id: 'a', title: '标题', date_published: '2026-11-20', ...extra });

describe('validatePolicyFeed', () => {
  it('keeps the valid items of a feed with some invalid ones and reports each with its path', async () => {
    const { value, issues } = validatePolicyFeed(await readFixture('feed-some-invalid.json'), BASE);
    expect(value.items.map((i) => i.id)).to.deep.equal(['p-2026-031', 'p-2026-029', 'x4']);
    const skipped = issues.filter((i) => i.skipped === 'item').map((i) => i.path);
    expect(skipped).to.deep.equal(['$.items[1]', '$.items[2]', '$.items[3]', '$.items[4]', '$.items[5]', '$.items[6]', '$.items[9]']);
    const messages = issues.map((i) => `${i.path} ${i.message}`);
    expect(messages).to.include('$.items[1].title required, missing');
    expect(messages.some((m) => m.startsWith('$.items[4].date_published expected an RFC 3339'))).to.equal(true);
    expect(messages.some((m) => m.startsWith('$.items[9] item left out: duplicate id'))).to.equal(true);
  });

  it('drops an invalid optional field but keeps its item', () => {
    const { value, issues } = validatePolicyFeed(
      feedOf([item({ summary: 42, tags: ['ok', 7], _gov: { kind: 'decree', doc_number: '某发〔2026〕1号' } })]),
      BASE,
    );
    const kept = value.items[0]!;
    expect(kept.summary).to.equal(undefined);
    expect(kept.tags).to.deep.equal(['ok']);
    expect(kept._gov).to.deep.equal({ doc_number: '某发〔2026〕1号' });
    expect(issues.map((i) => i.path)).to.deep.equal(['$.items[0].summary', '$.items[0].tags[1]', '$.items[0].tags[1]', '$.items[0]._gov.kind']);
  });

  it('reads numeric ids as strings, as JSON Feed says', () => {
    expect(validatePolicyFeed(feedOf([item({ id: 7 })]), BASE).value.items[0]!.id).to.equal('7');
  });

  it('ignores unknown fields and never copies them', () => {
    const { value } = validatePolicyFeed(feedOf([item({ _private: 'x', content_html: '<b>x</b>' })]), BASE);
    expect(Object.keys(value.items[0]!)).to.deep.equal(['id', 'title', 'content_html', 'date_published']);
  });

  it('keeps hostile strings as inert text, whatever they contain', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '"><svg onload=alert(1)>',
      '\u202Eevil\u202C',
      '{{constructor.constructor("alert(1)")()}}',
      'x'.repeat(500),
    ];
    const { value, issues } = validatePolicyFeed(feedOf(hostile.map((title, i) => item({ id: `h${i}`, title }))), BASE);
    expect(value.items.map((i) => i.title)).to.deep.equal(hostile);
    expect(issues).to.deep.equal([]);
    // Longer than a title may be (500 characters): cut, with an ellipsis, and reported.
    const long = validatePolicyFeed(feedOf([item({ title: 'x'.repeat(20_000) })]), BASE);
    expect(long.value.items[0]!.title).to.equal(`${'x'.repeat(499)}\u2026`);
    expect(long.issues.map((i) => `${i.path} ${i.message}`)).to.deep.equal(['$.items[0].title cut to 500 characters (had 20000)']);
  });

  it('turns only http(s) and relative URLs into URLs, and reports the rest', () => {
    const urls = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://county.example/x',
    ];
    const { value, issues } = validatePolicyFeed(
      feedOf([
        ...urls.map((url, i) => item({ id: `u${i}`, url })),
        item({ id: 'ok1', url: '/a.html' }),
        item({ id: 'ok2', url: 'HTTPS://other.example/b' }),
        item({ id: 'ok3', url: 'javascript&colon;alert(1)' }),
      ]),
      BASE,
    );
    const byId = new Map<string, PolicyItem>(value.items.map((i) => [i.id, i]));
    for (let i = 0; i < urls.length; i++) expect(byId.get(`u${i}`)!.url, urls[i]).to.equal(undefined);
    expect(byId.get('ok1')!.url).to.equal('https://county.example/a.html');
    expect(byId.get('ok2')!.url).to.equal('https://other.example/b');
    // An entity is not decoded by anyone: this is a harmless relative path.
    expect(byId.get('ok3')!.url).to.equal('https://county.example/data/javascript&colon;alert(1)');
    expect(issues.filter((i) => i.kind === 'semantic')).to.have.length(urls.length);
    // The items themselves are kept: their titles still show, as text.
    expect(value.items).to.have.length(urls.length + 3);
  });

  it('does not let __proto__ or constructor keys pollute anything', () => {
    const json = JSON.parse(
      '{"version":"https://jsonfeed.org/version/1.1","title":{"zh-Hans":"t","__proto__":"x","constructor":"y"},"__proto__":{"polluted":true},' +
        '"items":[{"id":"a","title":"t","date_published":"2026-11-20","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
        '"_gov":{"__proto__":{"polluted":true},"kind":"policy"}}]}',
    ) as unknown;
    const { value, issues } = validatePolicyFeed(json, BASE);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('polluted');
    expect(Object.getPrototypeOf(value.items[0])).to.equal(Object.prototype);
    expect(Object.hasOwn(value.items[0]!, '__proto__')).to.equal(false);
    expect((value.items[0] as unknown as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(value.items[0]!._gov).to.deep.equal({ kind: 'policy' });
    // "__proto__" is no language tag: the title object is refused (and reported), not merged.
    expect(value.title).to.equal(undefined);
    expect(issues.map((i) => i.path)).to.include('$.title.__proto__');
    const localized = validatePolicyFeed({ ...feedOf([]), title: { 'zh-Hans': '标题', en: 'Title' } }, BASE).value.title;
    expect(Object.getPrototypeOf(localized)).to.equal(null);
  });
});

describe('validateAccounts and validateQuestions', () => {
  it('keep valid accounts and drop a javascript: URL and QR image URL', () => {
    const { value, issues } = validateAccounts(
      {
        accounts: [
          { id: 'a', name: 'A', platform: 'weibo', url: 'javascript:alert(1)', qr: { url: ' JAVASCRIPT:alert(1)', payload: 'https://x' } },
          { id: 'b', name: 'B', platform: 'myspace' },
          { id: 'a', name: 'A again', platform: 'weibo' },
        ],
      },
      BASE,
    );
    expect(value.accounts.map((a) => a.id)).to.deep.equal(['a']);
    expect(value.accounts[0]!.url).to.equal(undefined);
    expect(value.accounts[0]!.qr).to.deep.equal({ payload: 'https://x' });
    expect(issues.filter((i) => i.skipped === 'account').map((i) => i.path)).to.deep.equal(['$.accounts[1]', '$.accounts[2]']);
  });

  it('refuse a questions document without a submit endpoint, naming the path', () => {
    expect(() => validateQuestions({ services: [] }, BASE)).to.throw(/\$\.endpoints/);
    expect(() => validateQuestions({ endpoints: { submit: 'javascript:alert(1)' } }, BASE)).to.throw(/not a usable/);
  });

  it('never copy personal data from answered questions', () => {
    const { value, issues } = validateQuestions({ endpoints: { submit: '/q' }, answered: [{ id: '1', title: 't', phone: '13800000000', name: '张三' }] }, BASE);
    expect(Object.keys(value.answered![0]!)).to.deep.equal(['id', 'title']);
    expect(issues.map((i) => i.path)).to.deep.equal(['$.answered[0].name', '$.answered[0].phone']);
  });
});

describe('detectKind and validateDocument', () => {
  it('tell discovery and section documents apart by shape', async () => {
    expect(detectKind(await readFixture('site/disclosure.json'))).to.equal('discovery');
    expect(detectKind(await readFixture('data/policies.json'))).to.equal('policies');
    expect(detectKind(await readFixture('data/accounts.json'))).to.equal('accounts');
    expect(detectKind(await readFixture('data/questions.json'))).to.equal('questions');
    expect(detectKind({ version: '1.0' })).to.equal('discovery');
    expect(detectKind({ hello: 1 })).to.equal(undefined);
    expect(detectKind([])).to.equal(undefined);
  });

  it('validates a discovery document with all its inline sections', async () => {
    const result = validateDocument(await readFixture('disclosure-inline.json'), BASE);
    expect(result.kind).to.equal('discovery');
    expect(Object.keys(result.sections)).to.deep.equal(['policies', 'accounts', 'questions']);
    expect(result.issues).to.deep.equal([]);
  });
});

describe('validateQuestions: reply_workdays and working_calendar', () => {
  const doc = (extra: Record<string, unknown>) => ({ endpoints: { submit: '/api/questions' }, ...extra });

  it('keeps reply_workdays from 1 to 365 and reports (and leaves out) anything else', () => {
    for (const n of [1, 5, 365]) expect(validateQuestions(doc({ reply_workdays: n }), BASE).value.reply_workdays).to.equal(n);
    for (const n of [0, 366, 100_000_000, 1e308, -1, 2.5]) {
      const { value, issues } = validateQuestions(doc({ reply_workdays: n }), BASE);
      expect(value.reply_workdays, String(n)).to.equal(undefined);
      expect(
        issues.map((i) => i.path),
        String(n),
      ).to.deep.equal(['$.reply_workdays']);
    }
  });

  it('reads a working calendar of dates, leaving out what is not a calendar date, and bounds its lists', () => {
    const { value, issues } = validateQuestions(
      doc({ working_calendar: { holidays: ['2026-10-01', '2026-10-01T00:00:00+08:00', '2026-02-30', 7], workdays: ['2026-09-27'] } }),
      BASE,
    );
    expect(value.working_calendar).to.deep.equal({ holidays: ['2026-10-01'], workdays: ['2026-09-27'] });
    expect(issues.map((i) => i.path)).to.include.members([
      '$.working_calendar.holidays[1]',
      '$.working_calendar.holidays[2]',
      '$.working_calendar.holidays[3]',
    ]);
    const many = Array.from({ length: 2000 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    const long = validateQuestions(doc({ working_calendar: { holidays: many } }), BASE);
    expect(long.value.working_calendar?.holidays).to.have.length(1000);
    expect(long.issues.map((i) => i.path)).to.include('$.working_calendar.holidays');
    expect(validateQuestions(doc({ working_calendar: 'none' }), BASE).value.working_calendar).to.equal(undefined);
  });
});
