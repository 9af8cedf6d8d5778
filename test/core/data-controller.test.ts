/** The data controller alone: further pages, what arrives late, and the one report format. */
import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { ContractError, validatePolicyFeed, type Issue, type LoadedSection } from '../../src/contract/index.js';
import { PagedDataController } from '../../src/core/data-controller.js';
import { defineElement } from '../../src/core/define.js';
import { captureWarnings } from '../helpers.js';

type Ids = readonly string[];
type Page = { readonly ids: Ids; readonly issues: readonly Issue[]; readonly documentUrl: string };

class DataHostElement extends ReactiveElement {
  src?: string;
  data?: unknown;
  readonly uiLocale = 'zh-Hans' as const;
  readonly languageReady: Promise<void> = Promise.resolve();
  readonly loader = new PagedDataController(this, {
    section: 'policies',
    validator: validatePolicyFeed,
    recordNoun: 'item',
    createModel: (loaded: LoadedSection<'policies'>): Ids => loaded.document.items.map((item) => item.id),
    countRecords: (ids: Ids) => ids.length,
    errorLabels: () => ({ title: '政策信息暂时无法显示', section: '政策信息' }),
  });
}
defineElement('test-data-host', DataHostElement);

const feed = (...ids: string[]) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 't',
  items: ids.map((id) => ({ id, title: id, date_published: '2026-01-01' })),
});

async function mount(): Promise<DataHostElement> {
  const el = document.createElement('test-data-host') as DataHostElement;
  el.data = feed('a', 'b');
  document.body.append(el);
  await el.updateComplete;
  await el.loader.done;
  return el;
}

const merge = (ids: Ids, page: Page) => ({ model: [...ids, ...page.ids], issues: [] });
const issue: Issue = { path: '$.items[0].title', message: 'required, missing', kind: 'schema', skipped: 'item' };

describe('data controller', () => {
  afterEach(() => document.querySelectorAll('test-data-host').forEach((el) => el.remove()));

  it('appends a further page to the model and its issues to the state, reporting them with the page URL', async () => {
    const el = await mount();
    const generation = el.loader.generation;
    const page: Page = { ids: ['c'], issues: [issue], documentUrl: 'https://county.example/feed-2.json' };
    const { warnings } = await captureWarnings(() => el.loader.appendPage('next page', page.documentUrl, async () => page, merge));
    expect(el.loader.model).to.deep.equal(['a', 'b', 'c']);
    expect(el.loader.state.status === 'ready' && el.loader.state.issues).to.deep.equal([issue]);
    expect(el.loader.generation, 'an appended page is not new data').to.equal(generation);
    expect(warnings).to.deep.equal([
      '[gov-widgets] <test-data-host> https://county.example/feed-2.json: 1 problem(s), the rest is shown:\n  $.items[0].title: required, missing',
    ]);
  });

  it('drops a page that arrives after the data was loaded again', async () => {
    const el = await mount();
    let arrive: (page: Page) => void = () => {};
    const late = el.loader.appendPage('next page', 'https://county.example/feed-2.json', () => new Promise<Page>((resolve) => (arrive = resolve)), merge);
    el.data = feed('x');
    el.requestUpdate();
    await el.updateComplete;
    await el.loader.done;
    arrive({ ids: ['c'], issues: [], documentUrl: 'https://county.example/feed-2.json' });
    expect(await late).to.equal(undefined);
    expect(el.loader.model).to.deep.equal(['x']);
  });

  it('reports a failed page as `what code: message (url)` and throws it, keeping the data shown', async () => {
    const el = await mount();
    const url = 'https://county.example/feed-2.json';
    const failure = new ContractError('timeout', 'no answer within 15 s');
    let thrown: unknown;
    const { warnings } = await captureWarnings(() =>
      el.loader.appendPage('next page', url, () => Promise.reject(failure), merge).catch((error: unknown) => (thrown = error)),
    );
    expect(thrown).to.equal(failure);
    expect(warnings.join('\n')).to.contain(`[gov-widgets] <test-data-host> next page timeout: no answer within 15 s (${url})`);
    expect(el.loader.model).to.deep.equal(['a', 'b']);
  });
});
