import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { auditAccounts, validateAccounts, type Account } from '../../src/contract/index.js';

const NOW = Date.parse('2026-11-20T12:00:00+08:00');
const good: Account = {
  id: 'ok',
  organization_id: 'gov',
  name: '某县发布',
  platform: 'wechat_oa',
  verified: true,
  functions: ['publish', 'interact'],
  last_post_at: '2026-11-19',
};

describe('auditAccounts', () => {
  it('passes an active, verified, interactive account that posted within two weeks', () => {
    const report = auditAccounts([good], { now: NOW });
    expect(report).to.include({ total: 1, audited: 1, failing: 0 });
    expect(report.accounts[0]!.flags).to.deep.equal([]);
  });

  it('flags each rule with its reason', () => {
    const accounts: Account[] = [
      { ...good, id: 'zombie', platform: 'weibo', last_post_at: '2026-11-01' },
      { ...good, id: 'never', platform: 'douyin', last_post_at: undefined },
      { ...good, id: 'dup-a', platform: 'kuaishou' },
      { ...good, id: 'dup-b', platform: 'kuaishou' },
      { ...good, id: 'mute', platform: 'bilibili', functions: ['publish'] },
      { ...good, id: 'anon', platform: 'toutiao', verified: false },
      { ...good, id: 'closed', platform: 'toutiao', status: 'closed', last_post_at: '2020-01-01' },
    ];
    const report = auditAccounts(accounts, { now: NOW });
    const flags = Object.fromEntries(report.accounts.map((a) => [a.account.id, a.flags]));
    expect(flags['zombie']).to.deep.equal([{ rule: 'stale', days: 19 }]);
    expect(flags['never']).to.deep.equal([{ rule: 'stale', days: null }]);
    expect(flags['dup-a']).to.deep.equal([{ rule: 'duplicate', organizationId: 'gov', platform: 'kuaishou', others: ['dup-b'] }]);
    expect(flags['mute']).to.deep.equal([{ rule: 'no-interaction' }]);
    expect(flags['anon']).to.deep.equal([{ rule: 'unverified' }]);
    expect(flags).not.to.have.property('closed');
    expect(report).to.include({ total: 7, audited: 6, failing: 6 });
    expect(report.byRule).to.deep.equal({ stale: 2, duplicate: 2, 'no-interaction': 1, unverified: 1 });
  });

  it('counts stale days from the check date and honours stale-days', () => {
    const posted = { ...good, last_post_at: '2026-11-10' };
    expect(auditAccounts([posted], { now: NOW }).failing).to.equal(0);
    expect(auditAccounts([posted], { now: NOW, staleDays: 7 }).accounts[0]!.flags).to.deep.equal([{ rule: 'stale', days: 10 }]);
  });

  it('never throws on any validated accounts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.dictionary(fc.constantFrom('id', 'name', 'platform', 'organization_id', 'status', 'functions', 'verified', 'last_post_at'), fc.jsonValue()),
        ),
        fc.integer(),
        (raw, days) => {
          const { value } = validateAccounts({ accounts: raw }, 'https://x.example/');
          const report = auditAccounts(value.accounts, { now: NOW, staleDays: days });
          expect(report.failing).to.be.at.most(report.audited);
        },
      ),
    );
  });
});
