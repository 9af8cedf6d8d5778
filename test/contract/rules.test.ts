import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkRules, type RuleDocument, type RuleFinding } from '../../src/contract/index.js';

const BASE = 'https://county.example/';
const NOW = Date.parse('2026-11-20T12:00:00+08:00');

const discovery = (organizations: unknown[]): RuleDocument => ({
  kind: 'discovery',
  url: `${BASE}disclosure.json`,
  json: { version: '1.0', organizations, policies: 'policies.json' },
});
const feed = (items: unknown[], url = `${BASE}policies.json`): RuleDocument => ({
  kind: 'policies',
  url,
  json: { version: 'https://jsonfeed.org/version/1.1', title: 'p', items },
});
const orgs = [
  { id: 'gov', name: '县政府' },
  { id: 'edu', name: '教育局', parent_id: 'gov' },
];
const policy = (id: string, gov: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  id,
  title: id,
  url: `${BASE}p/${id}.html`,
  date_published: '2026-11-01',
  _gov: { kind: 'policy', issuer_id: 'gov', ...gov },
  ...extra,
});

const summary = (findings: RuleFinding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.path}`);

describe('checkRules', () => {
  it('finds nothing wrong in a consistent site', () => {
    const docs = [
      discovery(orgs),
      feed([
        policy('p1', { interpretations: [{ url: 'p/i1.html', format: 'text' }] }),
        policy('i1', { kind: 'interpretation', interprets: 'p1' }),
        policy('old', { legal_force: 'not_in_force', superseded_by: 'p1' }),
      ]),
    ];
    expect(checkRules(docs, { now: NOW })).to.deep.equal([]);
  });

  it('reports ids repeated across feed pages, naming the first', () => {
    const findings = checkRules([feed([policy('p1')]), feed([policy('p1')], `${BASE}policies-2.json`)]);
    expect(summary(findings)).to.deep.equal(['error unique-id $.items[0].id']);
    expect(findings[0]!.document).to.equal(`${BASE}policies-2.json`);
    expect(findings[0]!.message).to.contain('policies.json');
  });

  it('reports organization references that do not resolve, and parent loops', () => {
    const docs = [
      discovery([
        { id: 'gov', name: 'a', parent_id: 'nowhere' },
        { id: 'x', name: 'x', parent_id: 'y' },
        { id: 'y', name: 'y', parent_id: 'x' },
      ]),
      feed([policy('p1', { issuer_id: 'ghost' })]),
    ];
    expect(summary(checkRules(docs))).to.deep.equal([
      'error reference $.organizations[0].parent_id',
      'error reference $.organizations[1].parent_id',
      'error reference $.organizations[2].parent_id',
      'error reference $.items[0]._gov.issuer_id',
    ]);
  });

  it('does not check organization references without the discovery document', () => {
    expect(checkRules([feed([policy('p1', { issuer_id: 'ghost' })])])).to.deep.equal([]);
  });

  it('reports superseded_by and interprets that name no policy, or the item itself', () => {
    const findings = checkRules([
      feed([
        policy('a', { superseded_by: 'missing', legal_force: 'in_force' }),
        policy('b', { superseded_by: 'b' }),
        policy('c', { kind: 'interpretation', interprets: 'missing' }),
        policy('d', { kind: 'interpretation', interprets: 'd' }),
      ]),
    ]);
    expect(summary(findings)).to.deep.equal([
      'error reference $.items[0]._gov.superseded_by',
      'warning consistency $.items[0]._gov.legal_force',
      'error reference $.items[1]._gov.superseded_by',
      'error reference $.items[2]._gov.interprets',
      'error reference $.items[3]._gov.interprets',
    ]);
  });

  it('checks that policies and interpretations name each other', () => {
    const findings = checkRules([
      feed([
        // p1 lists i2's URL, but i2 interprets p2: a contradiction.
        policy('p1', { interpretations: [{ url: `${BASE}p/i2.html` }] }),
        policy('p2', { interpretations: [{ url: `${BASE}p/i2.html` }] }),
        policy('i2', { kind: 'interpretation', interprets: 'p2' }),
        // i3 names p3, but p3 does not list i3: one way only.
        policy('p3'),
        policy('i3', { kind: 'interpretation', interprets: 'p3' }),
        // i4 interprets an interpretation.
        policy('i4', { kind: 'interpretation', interprets: 'i2' }),
        // an interpretation that names nothing.
        policy('i5', { kind: 'interpretation' }),
        // p6 lists an item that does not name it back.
        policy('p6', { interpretations: [{ url: 'p/n6.html' }] }),
        policy('n6', { kind: 'notice' }),
      ]),
    ]);
    expect(summary(findings)).to.deep.equal([
      'error interpretation $.items[0]._gov.interpretations[0].url',
      'warning interpretation $.items[4]._gov.interprets',
      'error interpretation $.items[5]._gov.interprets',
      'warning interpretation $.items[6]._gov.kind',
      'warning interpretation $.items[7]._gov.interpretations[0].url',
    ]);
    expect(findings[0]!.message).to.contain('"p2"');
  });

  it('checks accounts: successors, merged status, and the audit as warnings', () => {
    const account = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      organization_id: 'gov',
      name: id,
      platform: 'weibo',
      verified: true,
      functions: ['publish', 'interact'],
      last_post_at: '2026-11-19',
      ...extra,
    });
    const accounts: RuleDocument = {
      kind: 'accounts',
      url: `${BASE}accounts.json`,
      json: {
        accounts: [
          account('a'),
          account('old', { status: 'merged', replaced_by: 'a' }),
          account('gone', { status: 'merged' }),
          account('bad', { status: 'closed', replaced_by: 'nobody' }),
          account('zombie', { platform: 'douyin', last_post_at: '2026-10-01', organization_id: 'ghost' }),
        ],
      },
    };
    const findings = checkRules([discovery(orgs), accounts], { now: NOW });
    expect(summary(findings)).to.deep.equal([
      'warning consistency $.accounts[2].replaced_by',
      'error reference $.accounts[3].replaced_by',
      'error reference $.accounts[4].organization_id',
      'warning audit $.accounts[4]',
    ]);
    expect(findings.at(-1)).to.include({ audit: 'stale' });
  });

  it('checks questions: recipients, answering organizations and service codes', () => {
    const questions: RuleDocument = {
      kind: 'questions',
      url: `${BASE}disclosure.json`,
      root: '$.questions',
      json: {
        endpoints: { submit: '/api/questions' },
        services: [{ service_code: 'consult', service_name: '咨询' }],
        recipients: ['gov', 'ghost', 'gov'],
        answered: [
          { id: 'q1', title: 't', service_code: 'consult', organization_id: 'edu', answer: { text: 'a', organization_id: 'ghost' } },
          { id: 'q2', title: 't', service_code: 'other' },
        ],
      },
    };
    const page: RuleDocument = { kind: 'answered', url: `${BASE}answered-2.json`, json: { answered: [{ id: 'q1', title: 't' }] } };
    expect(summary(checkRules([discovery(orgs), questions, page]))).to.deep.equal([
      'error reference $.questions.recipients[1]',
      'error unique-id $.questions.recipients[2]',
      'error reference $.questions.answered[0].answer.organization_id',
      'error reference $.questions.answered[1].service_code',
      'error unique-id $.answered[0].id',
    ]);
  });

  it('never throws, whatever the JSON', () => {
    const kinds = ['discovery', 'policies', 'accounts', 'questions', 'answered'] as const;
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.constantFrom(...kinds), json: fc.anything() }), { maxLength: 4 }), (docs) => {
        const findings = checkRules(docs.map((doc) => ({ ...doc, url: BASE })));
        expect(findings).to.be.an('array');
      }),
      { numRuns: 300 },
    );
  });
});
