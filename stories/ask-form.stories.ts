import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/widgets/ask-form/define.js';
import type { GovAskForm } from '../src/widgets/ask-form/ask-form.js';
import { askFormData, FAKE_ENDPOINT, fillForm, installFakeEndpoint, type FakeMode } from './data/ask-form.js';

interface Args {
  mode: FakeMode;
  lang: string;
  care: boolean;
  dir: '' | 'ltr' | 'rtl';
  view: 'ask' | 'lookup' | 'answered';
}

const form = (canvas: HTMLElement): GovAskForm => canvas.querySelector('gov-ask-form')!;
const click = (el: GovAskForm, selector: string): void => el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();

const meta: Meta<Args> = {
  title: 'Widgets/gov-ask-form',
  component: 'gov-ask-form',
  // No lang or dir of its own by default: the toolbar's language and direction (on the story root) apply.
  args: { mode: 'ok', lang: '', care: false, dir: '', view: 'ask' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['ok', 'invalid', 'hang'], description: 'How the fake endpoint answers' },
    lang: { control: 'inline-radio', options: ['', 'zh-Hans', 'zh-Hant', 'en'] },
    view: { control: 'inline-radio', options: ['ask', 'lookup', 'answered'] },
    dir: { control: 'inline-radio', options: ['', 'ltr', 'rtl'] },
  },
  loaders: [
    async () => {
      installFakeEndpoint();
      return {};
    },
  ],
  render: (args) =>
    // The fake endpoint is on another origin: the page (not the document) allows it, as a county page would.
    html`<gov-ask-form
      lang=${args.lang || nothing}
      dir=${args.dir || nothing}
      view=${args.view}
      ?care=${args.care}
      endpoint-origins=${FAKE_ENDPOINT}
      .data=${askFormData(args.mode)}
    ></gov-ask-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The empty form, as a reader first sees it. */
export const Empty: Story = {};

/** The markup of {@link AsPasted}, rendered as it is and shown as its source. */
const PASTED = '<gov-ask-form src="/data/disclosure.json"></gov-ask-form>';

/**
 * Exactly the markup a webmaster pastes, reading a data file over HTTP: the demo county's `demo/data/`, which
 * Storybook serves at `/data/`. Its endpoints (`/api/questions`) are the demo server's: here the form shows, and
 * sending fails, as it would on a page whose endpoint is not set up yet. The live example of the docs page
 * (ask-form.mdx), whose "Show code" gives this markup rather than the story root around it.
 */
export const AsPasted: Story = {
  name: 'As pasted',
  // A constant of this file: nothing from args or data reaches the markup.
  render: () => html`${unsafeHTML(PASTED)}`,
  parameters: { docs: { source: { code: PASTED } } },
};

/** Submitted empty: the error summary takes focus and links to each field. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await el.loadComplete;
    click(el, '[part="submit"]');
  },
};

/** The endpoint refuses a field (422): the message shows beside it and in the summary. */
export const ServerFieldError: Story = {
  args: { mode: 'invalid' },
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await fillForm(el);
    click(el, '[part="submit"]');
  },
};

/** A request is out: the button is busy (aria-disabled, still focusable) until the answer or 20 s. */
export const Sending: Story = {
  args: { mode: 'hang' },
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await fillForm(el);
    click(el, '[part="submit"]');
  },
};

/** Accepted: request id and query code, the reply date, the endpoint's notice. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await fillForm(el);
    click(el, '[part="submit"]');
  },
};

/** The lookup view with a found, answered question. */
export const Lookup: Story = {
  args: { view: 'lookup' },
  play: async ({ canvasElement }) => {
    const el = form(canvasElement);
    await el.loadComplete;
    const root = el.shadowRoot!;
    for (const [name, value] of [
      ['service_request_id', '20261120-000123'],
      ['query_code', 'K7PQ3XMZ'],
    ] as const) {
      const input = root.querySelector<HTMLInputElement>(`#panel-lookup [name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    click(el, '[part="lookup-submit"]');
  },
};

/** Questions already answered. */
export const Answered: Story = { args: { view: 'answered' } };

export const English: Story = { args: { lang: 'en' } };

/** Aging-friendly mode: larger text, more contrast, larger targets. */
export const Care: Story = { args: { care: true } };

export const RightToLeft: Story = { args: { dir: 'rtl' } };

/** The document cannot be loaded: a localized message with a retry, never a blank box. */
export const LoadError: Story = {
  render: (args) => html`<gov-ask-form
    lang=${args.lang || nothing}
    src="/stories/unavailable.json"
    .loadOptions=${{ fetch: async () => new Response('{}', { status: 503 }), cache: new Map() }}
  ></gov-ask-form>`,
};
