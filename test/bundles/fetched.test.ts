/**
 * The size accounting is true: a page with one bundle of dist/ fetches exactly the scripts that dist/bundles.json
 * (the chunk graph the build writes, scripts/bundle-manifest.mjs) says a first visit fetches — the entry and its
 * static imports, which scripts/check-size.mjs counts against the budgets — and nothing loaded on demand. Opening
 * the ask form's lookup then fetches the lookup's chunk, and only then; a feed of RSS or Atom fetches the RSS/Atom
 * reader's chunk, and a JSON feed never does. Pages from test/bundles/bundles-middleware.mjs.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';
import { openPage, type OpenPage } from '../pages/open-page.js';

interface ChunkNode {
  readonly name: string;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
}
interface EntryGraph {
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly chunks: Readonly<Record<string, ChunkNode>>;
}

const BUNDLES = ['gov-widgets.js', 'gov-policy-feed.js', 'gov-account-directory.js', 'gov-ask-form.js', 'gov-widgets.classic.js'] as const;
const WITH_FORM = new Set<string>(['gov-widgets.js', 'gov-ask-form.js', 'gov-widgets.classic.js']);

let graph: Record<string, EntryGraph> | undefined;

async function graphOf(bundle: string): Promise<EntryGraph> {
  graph ??= (await (await fetch('/dist/bundles.json', { cache: 'no-store' })).json()) as Record<string, EntryGraph>;
  const entry = graph[bundle];
  if (!entry) throw new Error(`dist/bundles.json does not list ${bundle}: npm run build`);
  return entry;
}

/** The scripts of dist/ the page has fetched so far, as file names relative to dist/. */
const fetchedScripts = (page: OpenPage): string[] =>
  page.doc
    .defaultView!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'))
    .map((path) => path.slice('/dist/'.length))
    .sort();

/** `start` and every chunk it imports statically, directly or not. */
function withStaticImports(start: string, entry: EntryGraph, own: readonly string[] = []): string[] {
  const files = new Set<string>(own);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (files.has(file)) continue;
    files.add(file);
    queue.push(...(entry.chunks[file]?.imports ?? []));
  }
  return [...files];
}

/** The chunk of `name` among the bundle's on-demand chunks. */
function lazyChunk(entry: EntryGraph, name: string): string | undefined {
  return entry.dynamicImports.find((file) => entry.chunks[file]?.name === name);
}

describe('what a page fetches is what dist/bundles.json counts', function () {
  this.timeout(60_000);

  for (const bundle of BUNDLES) {
    it(`${bundle}: a zh-Hans page fetches the entry and its static imports, no chunk loaded on demand`, async () => {
      const entry = await graphOf(bundle);
      const page = await openPage(`/bundles/page?bundle=${bundle}&lang=zh-Hans`);
      const firstVisit = [bundle, ...entry.imports].sort();
      expect(fetchedScripts(page), 'fetched on a first visit').to.deep.equal(firstVisit);
      if (bundle.endsWith('.classic.js')) expect(entry.dynamicImports, 'the classic build inlines everything').to.deep.equal([]);
    });

    it(`${bundle}: an English page fetches those and the en chunk, where the bundle has one`, async () => {
      const entry = await graphOf(bundle);
      const page = await openPage(`/bundles/page?bundle=${bundle}&lang=en`);
      const en = lazyChunk(entry, 'en');
      const expected = en ? withStaticImports(en, entry, [bundle, ...entry.imports]) : [bundle, ...entry.imports];
      expect(fetchedScripts(page)).to.deep.equal(expected.sort());
    });

    if (WITH_FORM.has(bundle)) {
      it(`${bundle}: opening the ask form's lookup fetches its chunk then, and the view shows`, async () => {
        const entry = await graphOf(bundle);
        const page = await openPage(`/bundles/page?bundle=${bundle}&lang=zh-Hans`);
        const before = fetchedScripts(page);
        const root = page.root('gov-ask-form');
        root.querySelector<HTMLButtonElement>('#tab-lookup')!.click();
        await waitUntil(() => root.querySelector('#panel-lookup [part~="lookup-form"]'), 'the lookup form shows', { timeout: 10_000 });
        const lookup = lazyChunk(entry, 'lookup');
        if (bundle.endsWith('.classic.js')) {
          expect(lookup, 'the classic build has no chunks').to.equal(undefined);
          expect(fetchedScripts(page)).to.deep.equal(before);
        } else {
          expect(lookup, `dist/bundles.json lists the lookup chunk of ${bundle}`).to.be.a('string');
          expect(before, 'not fetched before the view opens').to.not.include(lookup);
          expect(fetchedScripts(page)).to.deep.equal(withStaticImports(lookup!, entry, before).sort());
        }
        expect(page.probe.errors, 'uncaught errors').to.deep.equal([]);
      });
    }

    if (bundle !== 'gov-account-directory.js' && bundle !== 'gov-ask-form.js') {
      // Decision 0019: the XML parser is a chunk of its own, fetched by a page whose feed is RSS or Atom only.
      for (const format of ['rss', 'atom'] as const) {
        it(`${bundle}: a feed of ${format.toUpperCase()} fetches the RSS/Atom reader's chunk too, under the strict CSP with Trusted Types, and shows the items`, async () => {
          const entry = await graphOf(bundle);
          const page = await openPage(`/bundles/page?bundle=${bundle}&lang=zh-Hans&feed=${format}&csp=strict`);
          const syndication = lazyChunk(entry, 'syndication');
          if (bundle.endsWith('.classic.js')) expect(syndication, 'the classic build has no chunks').to.equal(undefined);
          else expect(syndication, `dist/bundles.json lists the RSS/Atom chunk of ${bundle}`).to.be.a('string');
          const expected = syndication ? withStaticImports(syndication, entry, [bundle, ...entry.imports]) : [bundle, ...entry.imports];
          expect(fetchedScripts(page)).to.deep.equal(expected.sort());
          const titles = [...page.root('gov-policy-feed').querySelectorAll('[part~="item"] [part~="title"]')].map((t) => t.textContent?.trim());
          expect(titles).to.have.length(3);
          expect(titles[0]).to.contain(format === 'rss' ? '农村人居环境整治提升实施方案' : '数字政府建设三年行动计划');
          expect(page.probe.violations, 'CSP violations').to.deep.equal([]);
          expect(page.probe.errors, 'uncaught errors').to.deep.equal([]);
        });
      }
    }
  }

  it('a feed whose RSS/Atom reader cannot be fetched (404) says so with a retry, and warns with the cause', async () => {
    const page = await openPage('/bundles/page?bundle=gov-policy-feed.js&lang=zh-Hans&feed=rss&from=broken');
    const feed = page.root('gov-policy-feed');
    const alert = feed.querySelector('[role="alert"][part~="error"]');
    expect(alert?.textContent).to.contain('无法连接到服务器');
    expect(alert?.querySelector('[part~="retry"]'), 'a retry').to.not.equal(null);
    expect(page.probe.warnings.join('\n')).to.contain('the RSS/Atom reader: its code could not be loaded');
    expect(page.probe.errors, 'uncaught errors').to.deep.equal([]);
  });
});
