import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { GovLoadOptions } from '../src/core/gov-element.js';
import '../src/widgets/policy-feed/define.js';
import { disclosure, emptyFeed, hostileFeed, longFeed, manyDisclosure, pagedFirst, pagedSecond, partialFeed } from './data/policy-feed.js';

interface Args {
  data: unknown;
  src: string | undefined;
  loadOptions: GovLoadOptions | undefined;
  limit: number;
  kind: string;
  topic: string;
  issuer: string;
  searchable: boolean;
  filters: boolean;
  paging: boolean;
  heading: string;
  headingLevel: number;
  compact: boolean;
  newDays: number;
  care: boolean;
  lang: string;
  dir: string;
}

/** A fetch that answers from memory, so stories need no server. */
const answer = (status: number, body?: unknown): GovLoadOptions => ({
  cache: new Map(),
  fetch: async () => new Response(body === undefined ? '{}' : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
});

const meta: Meta<Args> = {
  title: 'Widgets/gov-policy-feed',
  component: 'gov-policy-feed',
  args: {
    data: disclosure,
    src: undefined,
    loadOptions: undefined,
    limit: 10,
    kind: '',
    topic: '',
    issuer: '',
    searchable: false,
    filters: false,
    paging: false,
    heading: '最新政策',
    headingLevel: 2,
    compact: false,
    newDays: 7,
    care: false,
    lang: '',
    dir: '',
  },
  argTypes: {
    data: { control: false },
    loadOptions: { control: false },
    lang: { control: 'select', options: ['', 'zh-Hans', 'zh-Hant', 'zh-TW', 'en'] },
    dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) => html`<gov-policy-feed
    .data=${args.data}
    .loadOptions=${args.loadOptions ?? {}}
    src=${args.src ?? nothing}
    limit=${args.limit}
    kind=${args.kind || nothing}
    topic=${args.topic || nothing}
    issuer=${args.issuer || nothing}
    ?searchable=${args.searchable}
    ?filters=${args.filters}
    ?paging=${args.paging}
    heading=${args.heading || nothing}
    heading-level=${args.headingLevel}
    ?compact=${args.compact}
    new-days=${args.newDays}
    ?care=${args.care}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
  ></gov-policy-feed>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The full item: date and "new", kind, legal force, 文号, issuer, summary, topics, interpretations, attachments. */
export const Loaded: Story = {};

/** The markup of {@link AsPasted}, rendered as it is and shown as its source. */
const PASTED = '<gov-policy-feed src="/data/disclosure.json" limit="5" heading="最新政策"></gov-policy-feed>';

/**
 * Exactly the markup a webmaster pastes, reading a data file over HTTP: the demo county's `demo/data/`, which
 * Storybook serves at `/data/`. The live example of the docs page (policy-feed.mdx), whose
 * "Show code" gives this markup rather than the story root around it.
 */
export const AsPasted: Story = {
  name: 'As pasted',
  // A constant of this file: nothing from args or data reaches the markup.
  render: () => html`${unsafeHTML(PASTED)}`,
  parameters: { docs: { source: { code: PASTED } } },
};

/** While the data loads: a placeholder of `limit` rows, announced as loading. */
export const Loading: Story = {
  args: {
    data: undefined,
    src: 'https://example.gov.cn/disclosure.json',
    limit: 5,
    loadOptions: { cache: new Map(), fetch: () => new Promise<Response>(() => {}) },
  },
};

/** A feed without items. */
export const Empty: Story = { args: { data: emptyFeed } };

/** The server answers 503: a message in the reader's language and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: { data: undefined, src: 'https://example.gov.cn/disclosure.json', loadOptions: answer(503) },
};

/** Invalid items are left out and counted; the rest shows. */
export const PartlyInvalid: Story = { args: { data: partialFeed } };

/** Long titles, summaries, 文号, issuers and URLs wrap inside the box. */
export const LongText: Story = { args: { data: longFeed } };

/** Markup in text shows as text; `javascript:`/`data:` URLs never become links. */
export const HostileText: Story = { args: { data: hostileFeed } };

/** Pre-filtered by the page author (`kind="policy notice"`), with filter chips for the reader. */
export const Filtered: Story = { args: { data: manyDisclosure, kind: 'policy notice', filters: true } };

/** A labelled search box over title, 文号 and summary. */
export const Searchable: Story = { args: { data: manyDisclosure, searchable: true } };

/** Everything at once: search, chips and pages. */
export const SearchFilterPage: Story = { args: { data: manyDisclosure, searchable: true, filters: true, paging: true, heading: '政策文件库' } };

/** Pages of `limit` items; the second feed page is read from `next_url` when the reader gets there. */
export const Paging: Story = {
  args: {
    data: pagedFirst,
    limit: 5,
    paging: true,
    loadOptions: { cache: new Map(), fetch: async () => new Response(JSON.stringify(pagedSecond), { headers: { 'Content-Type': 'application/json' } }) },
  },
};

/** A county's RSS 2.0 feed, as its CMS writes it (CDATA, `&nbsp;`, a Java date, a date without an offset). */
const countyRss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>示例县人民政府 政策文件</title><link>https://example.gov.cn/zwgk/</link>
<item><title>示例县人民政府关于印发《农村人居环境整治提升实施方案》的通知</title><link>/zwgk/2026/1001.html</link>
<pubDate>Thu, 26 Nov 2026 10:00:00 +0800</pubDate><description><![CDATA[<p>各乡镇人民政府，县政府各部门：现将方案印发给你们。</p>]]></description>
<category>农业农村</category><dc:creator>县农业农村局</dc:creator></item>
<item><title>关于做好2026年冬季供暖工作的通知&nbsp;</title><link>/zwgk/2026/1002.html</link><pubDate>2026-11-20 09:30:00</pubDate>
<description>为保障群众温暖过冬，现就有关事项通知如下。</description><author>县住房和城乡建设局</author></item>
<item><title>《优化营商环境若干措施》政策解读</title><link>/zwgk/2026/1003.html</link><pubDate>Wed Nov 18 15:20:00 CST 2026</pubDate>
<category>政策解读</category></item>
</channel></rss>`;

/** `src` names an RSS 2.0 file: the RSS/Atom reader (a chunk of its own) reads it as the same feed (decision 0019). */
export const RssSource: Story = {
  args: {
    data: undefined,
    src: 'https://example.gov.cn/zwgk/rss.xml',
    loadOptions: { cache: new Map(), fetch: async () => new Response(countyRss, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } }) },
  },
};

/** For a sidebar: no summaries, five items. */
export const Compact: Story = { args: { compact: true, limit: 5, heading: '最新政策' } };

export const SimplifiedChinese: Story = { args: { lang: 'zh-Hans', filters: true } };
export const TraditionalChinese: Story = { args: { lang: 'zh-TW', heading: '最新政策', filters: true } };
export const English: Story = { args: { lang: 'en', heading: 'Latest policies', filters: true, searchable: true } };

/** Right to left: logical properties mirror the layout; data text keeps its own direction. */
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'ar', filters: true, paging: true, limit: 3 } };

/** Aging-friendly mode: text ≥ 20 px, contrast ≥ 7:1, targets ≥ 48 px. */
export const Care: Story = { args: { care: true, filters: true, paging: true, limit: 3 } };

/** On a page that declares a dark colour scheme. */
export const Dark: Story = {
  args: { filters: true, searchable: true },
  decorators: [(story) => html`<div style="color-scheme: dark; background: #121212; padding: 1em">${story()}</div>`],
};

/** Dark and care together. */
export const DarkCare: Story = {
  args: { care: true },
  decorators: [(story) => html`<div style="color-scheme: dark; background: #000; padding: 1em">${story()}</div>`],
};
