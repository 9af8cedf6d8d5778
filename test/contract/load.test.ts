import { expect } from '@open-wc/testing';
import { ContractError, loadAnsweredPage, loadFeedPage, loadSection, type DocumentCache } from '../../src/contract/index.js';
import { fixtureUrl, makeFeed, mockCount, mockUrl, readFixture, spyFetch, uniqueKey } from '../helpers.js';

/** A private cache per test, so tests do not see each other's documents. */
const fresh = (): { cache: DocumentCache } => ({ cache: new Map() });

async function failure(promise: Promise<unknown>): Promise<ContractError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ContractError);
    return error as ContractError;
  }
  throw new Error('expected the load to fail');
}

describe('loadSection', () => {
  it('reads an inline section of a discovery document, with its organizations', async () => {
    const loaded = await loadSection('policies', { url: fixtureUrl('disclosure-inline.json') }, fresh());
    expect(loaded.document.items.map((item) => item.id)).to.include('p-2026-031');
    expect(loaded.organizations.get('edu')?.name).to.deep.include({ en: 'County Education Bureau' });
    expect(loaded.discovery?.version).to.equal('1.3');
    // Relative URLs resolve against the discovery document that holds the inline section.
    expect(loaded.document.items[0]!.url).to.equal(new URL('/policies/2026/031.html', location.href).href);
    expect(loaded.document.items[0]!.attachments?.[0]?.url).to.equal(fixtureUrl('files/031.pdf'));
    expect(loaded.issues).to.deep.equal([]);
  });

  it('follows section URLs into another folder and resolves item URLs against the section document', async () => {
    const spy = spyFetch();
    const loaded = await loadSection('policies', { url: fixtureUrl('site/disclosure.json') }, { ...fresh(), fetch: spy.fetch });
    expect(spy.calls).to.deep.equal([fixtureUrl('site/disclosure.json'), fixtureUrl('data/policies.json')]);
    expect(loaded.documentUrl).to.equal(fixtureUrl('data/policies.json'));
    const item = loaded.document.items.find((i) => i.id === 'p-2026-031')!;
    expect(item.url).to.equal(new URL('/policies/2026/031.html', location.href).href);
    expect(item.attachments?.[0]?.url).to.equal(fixtureUrl('data/files/031.pdf'));
    expect(loaded.organizations.size).to.equal(3);
    // URLs of the discovery document itself resolve against the discovery document.
    expect(loaded.discovery?.privacy_notice_url).to.equal(new URL('/privacy.html', location.href).href);
  });

  it('loads each section document directly, recognised by its shape', async () => {
    const policies = await loadSection('policies', { url: fixtureUrl('data/policies.json') }, fresh());
    const accounts = await loadSection('accounts', { url: fixtureUrl('data/accounts.json') }, fresh());
    const questions = await loadSection('questions', { url: fixtureUrl('data/questions.json') }, fresh());
    expect(policies.document.items).to.have.length(5);
    expect(accounts.document.accounts).to.have.length(4);
    expect(questions.document.endpoints.submit).to.equal(new URL('/api/questions', location.href).href);
    expect(policies.organizations.size).to.equal(0);
    expect(policies.discovery).to.equal(undefined);
  });

  it('reads a generic JSON Feed without _gov and keeps content_html as inert text', async () => {
    const loaded = await loadSection('policies', { url: fixtureUrl('generic-feed.json') }, fresh());
    expect(loaded.document.items.map((i) => i.id)).to.deep.equal(['1', '2']);
    expect(loaded.document.items[1]!.content_html).to.contain('<script>');
    expect(loaded.issues).to.deep.equal([]);
  });

  it('reads a document given in hand (inline JSON or the data property) against a base URL', async () => {
    const json = await readFixture('data/policies.json');
    const loaded = await loadSection('policies', { document: json, base: 'https://county.example/news/' });
    expect(loaded.document.items[0]!.url).to.equal('https://county.example/policies/2026/031.html');
    expect(loaded.documentUrl).to.equal('https://county.example/news/');
  });

  it('says which section is missing from a discovery document', async () => {
    const error = await failure(loadSection('policies', { url: fixtureUrl('no-policies.json') }, fresh()));
    expect(error.code).to.equal('missing-section');
    expect(error.retryable).to.equal(false);
  });

  it('refuses a section document of another kind', async () => {
    const error = await failure(loadSection('accounts', { url: fixtureUrl('data/policies.json') }, fresh()));
    expect(error.code).to.equal('shape');
    expect(error.message).to.contain('policies');
  });

  it('refuses another major version with the version it found', async () => {
    const error = await failure(loadSection('policies', { url: fixtureUrl('wrong-major.json') }, fresh()));
    expect(error.code).to.equal('version');
    expect(error.version).to.equal('2.0');
    const feed2 = await failure(
      loadSection('policies', { document: { version: 'https://jsonfeed.org/version/2', title: 'x', items: [] }, base: location.href }),
    );
    expect(feed2.code).to.equal('version');
  });

  it('refuses a wrong top-level type', async () => {
    for (const document of [[], 'feed', 42, null, true]) {
      const error = await failure(loadSection('policies', { document, base: location.href }));
      expect(error.code, JSON.stringify(document)).to.equal('shape');
    }
    const notAFeed = await failure(loadSection('policies', { document: { hello: 'world' }, base: location.href }));
    expect(notAFeed.code).to.equal('shape');
  });

  it('tells 404 apart from 500, and only offers a retry where it can help', async () => {
    const notFound = await failure(loadSection('policies', { url: mockUrl('status/404') }, fresh()));
    expect([notFound.code, notFound.status, notFound.retryable]).to.deep.equal(['not-found', 404, false]);
    const server = await failure(loadSection('policies', { url: mockUrl('status/500') }, fresh()));
    expect([server.code, server.status, server.retryable]).to.deep.equal(['http', 500, true]);
    expect(server.url).to.equal(mockUrl('status/500'));
    const forbidden = await failure(loadSection('policies', { url: mockUrl('status/403') }, fresh()));
    expect([forbidden.code, forbidden.retryable]).to.deep.equal(['http', false]);
  });

  it('reports a body that is not JSON, though served as JSON', async () => {
    const error = await failure(
      loadSection('policies', { url: mockUrl(`text?type=application/json&body=${encodeURIComponent('<html>Error</html>')}`) }, fresh()),
    );
    expect(error.code).to.equal('parse');
    expect(error.message).to.contain('not JSON');
    expect(error.retryable).to.equal(false);
  });

  it('reports truncated JSON as cut off, and offers a retry', async () => {
    const error = await failure(loadSection('policies', { url: mockUrl('truncated/data/policies') }, fresh()));
    expect(error.code).to.equal('parse');
    expect(error.message).to.contain('cut off');
    expect(error.retryable).to.equal(true);
  });

  it('reports a network failure', async () => {
    const error = await failure(loadSection('policies', { url: 'http://127.0.0.1:9/disclosure.json' }, { ...fresh(), timeoutMs: 5_000 }));
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  it('gives up on a response that never comes after the time limit', async () => {
    // The mock never answers: without the time limit this load would outlast the test's own timeout.
    const error = await failure(loadSection('policies', { url: mockUrl('hang') }, { ...fresh(), timeoutMs: 300 }));
    expect(error.code).to.equal('timeout');
    expect(error.retryable).to.equal(true);
  });

  it('asks the network once per URL however many loads want it, and again after a failure', async () => {
    const key = uniqueKey('shared');
    const cache: DocumentCache = new Map();
    const url = mockUrl(`counted/${key}/counted/disclosure`);
    await Promise.all([loadSection('policies', { url }, { cache }), loadSection('accounts', { url }, { cache }), loadSection('questions', { url }, { cache })]);
    await loadSection('policies', { url }, { cache });
    // Four distinct URLs (the discovery document and its three sections), four requests.
    expect(await mockCount(key)).to.equal(4);

    const failing = uniqueKey('fail-then-ok');
    const sequenced = mockUrl(`sequence/${failing}/503,200/data/policies`);
    expect((await failure(loadSection('policies', { url: sequenced }, { cache }))).status).to.equal(503);
    const loaded = await loadSection('policies', { url: sequenced }, { cache });
    expect(loaded.document.items).to.have.length(5);
  });

  it('gives a load after the first has validated the shared result, without another request', async () => {
    const spy = spyFetch();
    const options = { ...fresh(), fetch: spy.fetch };
    const first = await loadSection('policies', { url: fixtureUrl('site/disclosure.json') }, options);
    const second = await loadSection('policies', { url: fixtureUrl('site/disclosure.json') }, options);
    expect(spy.calls).to.deep.equal([fixtureUrl('site/disclosure.json'), fixtureUrl('data/policies.json')]);
    // The validated section itself is shared (the raw JSON it came from is let go).
    expect(second.document).to.equal(first.document);
    expect(second.issues).to.deep.equal(first.issues);
    expect(second.organizations.size).to.equal(3);
  });

  it('validates an inline section once and gives later loads the same section and issue paths', async () => {
    const options = fresh();
    const url = fixtureUrl('disclosure-inline.json');
    const first = await loadSection('accounts', { url }, options);
    const second = await loadSection('accounts', { url }, options);
    const policies = await loadSection('policies', { url }, options);
    expect(second.document).to.equal(first.document);
    expect(second.issues).to.deep.equal(first.issues);
    expect(policies.document.items.length).to.be.above(0);
    for (const issue of first.issues) expect(issue.path).to.match(/^\$(\.accounts|\.policies|\.questions)?[.[]/);
  });

  it('reads a questions document as its section and as a page of answered questions from one request', async () => {
    const spy = spyFetch();
    const options = { ...fresh(), fetch: spy.fetch };
    const url = fixtureUrl('ask-form/questions.json');
    const loaded = await loadSection('questions', { url }, options);
    const page = await loadAnsweredPage(url, options);
    expect(page.page.answered.length).to.equal(loaded.document.answered?.length);
    await loadSection('questions', { url }, options);
    await loadAnsweredPage(url, options);
    expect(spy.calls).to.deep.equal([url]);
  });

  it('keeps a 10,000-item feed whole', async () => {
    const feed = makeFeed(10_000);
    const loaded = await loadSection('policies', { document: feed, base: location.href });
    expect(loaded.document.items).to.have.length(10_000);
    expect(loaded.issues).to.have.length(0);
  });
});

describe('loadFeedPage', () => {
  it('loads a next page and validates it as a feed', async () => {
    const page = await loadFeedPage(fixtureUrl('data/policies.json'), fresh());
    expect(page.feed.items).to.have.length(5);
    expect(page.documentUrl).to.equal(fixtureUrl('data/policies.json'));
  });
});
