import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/widgets/account-directory/define.js';
import type { GovAccountDirectory } from '../src/widgets/account-directory/account-directory.js';
import { county, empty, hostile, many, NOW } from './data/account-directory.js';

interface Args {
  data: unknown;
  groupBy: 'organization' | 'platform';
  showInactive: boolean;
  audit: boolean;
  staleDays: number;
  care: boolean;
  lang: string;
  dir: '' | 'ltr' | 'rtl';
  organization: string;
  sort: '' | 'followers' | 'activity' | 'name';
  view: 'list' | 'matrix';
  totals: boolean;
  /** The inline size of the frame the directory sits in (a phone is 390 px), or 0 for the canvas's width. */
  width: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/gov-account-directory',
  component: 'gov-account-directory',
  args: {
    data: county,
    groupBy: 'organization',
    showInactive: false,
    audit: false,
    staleDays: 14,
    care: false,
    // No lang or dir of its own by default: the toolbar's language and direction (on the story root) apply.
    lang: '',
    dir: '',
    organization: '',
    sort: '',
    view: 'list',
    totals: false,
    width: 0,
  },
  argTypes: {
    data: { control: false },
    // `name`: the docs table shows the attribute's name, as the manifest's row does.
    groupBy: { name: 'group-by', control: 'inline-radio', options: ['organization', 'platform'] },
    lang: { control: 'inline-radio', options: ['', 'zh-Hans', 'zh-Hant', 'en'] },
    dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
    sort: { control: 'inline-radio', options: ['', 'followers', 'activity', 'name'] },
    view: { control: 'inline-radio', options: ['list', 'matrix'] },
    width: { control: { type: 'number', min: 0, max: 1600, step: 10 } },
  },
  render: (args) => html`<div lang=${args.lang || nothing} dir=${args.dir || nothing} style=${args.width ? `inline-size: ${args.width}px` : nothing}>
    <gov-account-directory
      .data=${args.data}
      .now=${NOW}
      group-by=${args.groupBy}
      organization=${args.organization || nothing}
      stale-days=${args.staleDays}
      sort=${args.sort || nothing}
      view=${args.view === 'matrix' ? 'matrix' : nothing}
      ?totals=${args.totals}
      ?show-inactive=${args.showInactive}
      ?audit=${args.audit}
      ?care=${args.care}
    ></gov-account-directory>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

const directoryIn = async (canvas: HTMLElement): Promise<GovAccountDirectory> => {
  const el = canvas.querySelector('gov-account-directory')!;
  await el.loadComplete;
  return el;
};

export const ByOrganization: Story = {};

/** The markup of {@link AsPasted}, rendered as it is and shown as its source. */
const PASTED = '<gov-account-directory src="/data/disclosure.json"></gov-account-directory>';

/**
 * Exactly the markup a webmaster pastes, reading a data file over HTTP: the demo county's `demo/data/`, which
 * Storybook serves at `/data/`. The live example of the docs page (account-directory.mdx), whose
 * "Show code" gives this markup rather than the story root around it.
 */
export const AsPasted: Story = {
  name: 'As pasted',
  // A constant of this file: nothing from args or data reaches the markup.
  render: () => html`${unsafeHTML(PASTED)}`,
  parameters: { docs: { source: { code: PASTED } } },
};

export const ByPlatform: Story = { args: { groupBy: 'platform' } };

export const WithInactive: Story = { name: 'Closed and merged shown', args: { showInactive: true } };

export const OneDepartment: Story = { name: 'One department (organization="edu")', args: { organization: 'edu' } };

export const Audit: Story = { args: { audit: true, showInactive: true } };

/** Ranked by followers: a missing figure last, said (粉丝数未公布); the sort control lets the reader change it. */
export const SortByFollowers: Story = { name: 'Sort by followers', args: { sort: 'followers', groupBy: 'platform' } };

/** Ranked by activity: days since the last post, then the last reply (both shown). */
export const SortByActivity: Story = { name: 'Sort by activity', args: { sort: 'activity' } };

export const SortByName: Story = { name: 'Sort by name (pinyin)', args: { sort: 'name', groupBy: 'platform' } };

/** The totals line: active of all, platforms covered, followers (万 / 亿) with the oldest date, share updated. */
export const Totals: Story = { args: { totals: true } };

/** Organizations × platforms, with duplicates, days without a post, merged and closed accounts, and totals. */
export const Matrix: Story = { args: { view: 'matrix' } };

/** The matrix on a phone (390 px): one block per organization, each platform named in its cell. */
export const MatrixPhone: Story = { name: 'Matrix on a phone', args: { view: 'matrix', width: 390 } };

export const MatrixEnglish: Story = { name: 'Matrix, en', args: { view: 'matrix', lang: 'en' } };

export const MatrixCare: Story = { name: 'Matrix, care mode', args: { view: 'matrix', care: true } };

export const ThousandAccountsMatrix: Story = { name: '1,000 accounts, matrix', args: { data: many(1000), view: 'matrix' } };

export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const el = await directoryIn(canvasElement);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = '教育';
    search.dispatchEvent(new Event('input'));
  },
};

export const QrOpen: Story = {
  name: 'QR code open',
  play: async ({ canvasElement }) => {
    const el = await directoryIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="qr-button"]')!.click();
  },
};

export const QrTooLong: Story = {
  name: 'QR payload too long (link only)',
  args: { organization: 'culture' },
  play: async ({ canvasElement }) => {
    const el = await directoryIn(canvasElement);
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="qr-button"]');
    buttons[buttons.length - 1]!.click();
  },
};

export const Hostile: Story = { name: 'Hostile text', args: { data: hostile } };

export const ThousandAccounts: Story = { name: '1,000 accounts', args: { data: many(1000) } };

export const ThousandAccountsAudit: Story = { name: '1,000 accounts, audit', args: { data: many(1000), audit: true } };

export const Loading: Story = {
  render: () => html`<gov-account-directory
    src="/disclosure.json"
    .loadOptions=${{ fetch: () => new Promise<Response>(() => {}) }}
  ></gov-account-directory>`,
};

export const Empty: Story = { args: { data: empty } };

export const ErrorWithRetry: Story = {
  name: 'Error (server busy, with retry)',
  render: () => html`<gov-account-directory
    src="/stories/unavailable.json"
    .loadOptions=${{ fetch: async () => new Response('{}', { status: 503 }), cache: new Map() }}
  ></gov-account-directory>`,
};

export const TraditionalChinese: Story = { name: 'zh-Hant', args: { lang: 'zh-Hant' } };

export const English: Story = { name: 'en', args: { lang: 'en' } };

export const RightToLeft: Story = { name: 'RTL', args: { dir: 'rtl', lang: 'ar', audit: true } };

export const Care: Story = { name: 'Care mode', args: { care: true } };

export const CareAudit: Story = { name: 'Care mode, audit', args: { care: true, audit: true } };

export const Dark: Story = {
  render: (args) => html`<div style="color-scheme: dark; background: #121212; padding: 1em">${meta.render!(args, {} as never)}</div>`,
};
