import { expect } from '@open-wc/testing';
import { ContractError, loadSection, validateDocument } from '../../src/contract/index.js';
import { fiveMegabyteFeed, hostileAccounts, hostileDiscovery, hostileFeed, hostileQuestions, UNKNOWN_MAJOR } from '../hostile/corpus.js';
import { prototypesClean } from '../hostile/assert.js';

const BASE = 'https://county.example/data/disclosure.json';

/** Every string in a value that sits under a key naming a URL. */
function urlValues(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /url|image|avatar|submit|lookup/.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => urlValues(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => urlValues(v, k));
  return [];
}

describe('contract: the hostile-data corpus', () => {
  it('keeps the valid records of every hostile section and drops every unsafe URL', () => {
    const result = validateDocument(JSON.parse(JSON.stringify(hostileDiscovery())) as unknown, BASE);
    const { policies, accounts, questions } = result.sections;
    expect(policies!.items.filter((i) => /^VALID-/.test(typeof i.title === 'string' ? i.title : '')).map((i) => i.id)).to.include.members([
      'valid-1',
      'valid-2',
    ]);
    expect(accounts!.accounts.map((a) => a.id)).to.include.members(['valid-1', 'valid-2']);
    expect(questions!.answered!.map((a) => a.id)).to.include('valid-1');
    expect(result.discovery!.value.organizations!.map((o) => o.id)).to.deep.equal(['org-a', 'org-hostile', 'org-long', 'org-bidi']);
    const urls = urlValues(result.sections).concat(urlValues(result.discovery!.value));
    expect(urls.length).to.be.above(10);
    for (const url of urls) expect(new URL(url).protocol, url).to.match(/^https?:$/);
    expect(prototypesClean()).to.equal(true);
  });

  it('loads each hostile section without throwing', async () => {
    for (const [section, document] of [
      ['policies', hostileFeed()],
      ['accounts', hostileAccounts()],
      ['questions', hostileQuestions()],
    ] as const) {
      const loaded = await loadSection(section, { document: JSON.parse(JSON.stringify(document)) as unknown, base: BASE });
      expect(loaded.issues.length, section).to.be.above(5);
    }
    expect(prototypesClean()).to.equal(true);
  });

  it('refuses an unknown major version as a whole', async () => {
    try {
      await loadSection('policies', { document: UNKNOWN_MAJOR, base: BASE });
      expect.fail('should refuse');
    } catch (error) {
      expect((error as ContractError).code).to.equal('version');
    }
  });

  it('reads a 5 MB document', async () => {
    const feed = fiveMegabyteFeed();
    const text = JSON.stringify(feed);
    expect(new TextEncoder().encode(text).length).to.be.above(5_000_000);
    const loaded = await loadSection('policies', { document: JSON.parse(text) as unknown, base: BASE });
    expect(loaded.document.items).to.have.length(feed.items.length);
  });
});
