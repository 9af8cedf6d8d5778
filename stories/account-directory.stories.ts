import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
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
  dir: 'ltr' | 'rtl';
  organization: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/gov-account-directory',
  component: 'gov-account-directory',
  args: { data: county, groupBy: 'organization', showInactive: false, audit: false, staleDays: 14, care: false, lang: 'zh-Hans', dir: 'ltr', organization: '' },
  argTypes: {
    data: { control: false },
    groupBy: { control: 'inline-radio', options: ['organization', 'platform'] },
    lang: { control: 'inline-radio', options: ['zh-Hans', 'zh-Hant', 'en'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: (args) => html`<div lang=${args.lang} dir=${args.dir}>
    <gov-account-directory
      .data=${args.data}
      .now=${NOW}
      group-by=${args.groupBy}
      organization=${args.organization || nothing}
      stale-days=${args.staleDays}
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

export const ByPlatform: Story = { args: { groupBy: 'platform' } };

export const WithInactive: Story = { name: 'Closed and merged shown', args: { showInactive: true } };

export const OneDepartment: Story = { name: 'One department (organization="edu")', args: { organization: 'edu' } };

export const Audit: Story = { args: { audit: true, showInactive: true } };

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
