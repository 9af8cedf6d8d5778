/** What the shipped-bundle tests share: the catalogs of xliff/, reading a widget as a reader does, the chunks a page fetched. */
import { expect } from '@open-wc/testing';
import type { OpenPage } from '../pages/open-page.js';

export const ALL = ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'] as const;
export type Tag = (typeof ALL)[number];

export const ES_BUNDLES = ['gov-widgets.js', 'gov-policy-feed.js', 'gov-account-directory.js', 'gov-ask-form.js'] as const;
export const BUNDLES = [...ES_BUNDLES, 'gov-widgets.classic.js'] as const;
export type Bundle = (typeof BUNDLES)[number];

export const TAGS: Record<Bundle, readonly Tag[]> = {
  'gov-widgets.js': ALL,
  'gov-widgets.classic.js': ALL,
  'gov-policy-feed.js': ['gov-policy-feed'],
  'gov-account-directory.js': ['gov-account-directory'],
  'gov-ask-form.js': ['gov-ask-form'],
};

export type Lang = 'zh-Hans' | 'zh-Hant' | 'en';

/** UI words each widget shows once loaded (zh-Hans, the catalog's source language). */
export const UI: Record<Tag, readonly string[]> = {
  'gov-policy-feed': ['搜索政策'],
  'gov-account-directory': [],
  'gov-ask-form': ['提交留言'],
};
export const NO_SOURCE = '页面没有指定数据来源。请联系网站管理员。';

const catalogs = new Map<Lang, Map<string, string>>();

/** Reads the catalogs of xliff/ (zh-Hans source → target), once. */
export async function loadCatalogs(): Promise<void> {
  for (const lang of ['en', 'zh-Hant'] as const) {
    if (catalogs.has(lang)) continue;
    const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${lang}.xlf`)).text(), 'application/xml');
    const catalog = new Map<string, string>();
    for (const unit of xml.querySelectorAll('trans-unit')) {
      const source = unit.querySelector('source');
      const target = unit.querySelector('target');
      // Messages with placeholders hold <x> elements: their text alone is not what a reader sees.
      if (!source || !target || source.children.length > 0) continue;
      catalog.set(source.textContent ?? '', target.textContent ?? '');
    }
    catalogs.set(lang, catalog);
  }
}

/** The English catalog (after {@link loadCatalogs}). */
export const english = (): Map<string, string> => catalogs.get('en')!;

/** UI words as a reader of `lang` sees them (after {@link loadCatalogs}). */
export const say = (words: string, lang: Lang): string => {
  if (lang === 'zh-Hans') return words;
  const translated = catalogs.get(lang)?.get(words);
  if (translated === undefined) throw new Error(`xliff/${lang}.xlf has no translation of ${words}`);
  return translated;
};

/** What a reader sees and hears in a widget: its shadow tree's text and accessible names, nested roots included. */
export function readerText(root: ShadowRoot | Element): string {
  const parts: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder']) parts.push(node.getAttribute(name) ?? '');
    for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent?.trim() ?? '');
    if (node.shadowRoot) parts.push(readerText(node.shadowRoot));
  }
  return parts.filter(Boolean).join('|');
}

export const widgets = (page: OpenPage, tag: Tag): HTMLElement[] => [...page.doc.querySelectorAll<HTMLElement>(tag)];

export const shadowOf = (el: HTMLElement): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
};

/** The language a widget's content is marked in (its `part="base"`'s `lang`). */
export const shownLang = (el: HTMLElement): string | undefined => shadowOf(el).querySelector<HTMLElement>('[part~="base"]')?.lang;

export function expectCleanPage(page: OpenPage, where: string): void {
  expect(page.probe.errors, `${where}: uncaught errors`).to.deep.equal([]);
  expect(page.probe.consoleErrors, `${where}: console errors`).to.deep.equal([]);
}

/** The lazy chunks the page fetched (full URLs), wherever from. */
export const chunkRequests = (page: OpenPage): string[] =>
  page.doc
    .defaultView!.performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/chunks\/[^/]+\.js$/.test(new URL(name).pathname));

/** The language chunks the page fetched (full URLs): chunks/<bundle>.<locale>-<hash>.js. */
export const languageChunks = (page: OpenPage): string[] => chunkRequests(page).filter((name) => /\.(en|zh-Hant)-[\w-]{8}\.js$/.test(name));

/** The language chunk of `bundle` in `lang`, as a path pattern under `prefix` (`/dist/`). */
export const languageChunk = (bundle: Bundle, lang: Lang, prefix = '/dist/'): RegExp =>
  new RegExp(`^${prefix.replace(/[/.]/g, '\\$&')}chunks/${bundle.replace(/\.js$/, '').replace(/[.]/g, '\\.')}\\.${lang}-[\\w-]{8}\\.js$`);
