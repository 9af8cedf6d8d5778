/**
 * The readers the widgets are for (issue 11): older readers in care mode, readers who set a large default font
 * size, phones, and read-aloud. Each story shows all three widgets together, as a county page does.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/widgets/account-directory/define.js';
import '../src/widgets/ask-form/define.js';
import '../src/widgets/policy-feed/define.js';
import { county, NOW } from './data/account-directory.js';
import { askFormData, FAKE_ENDPOINT, installFakeEndpoint } from './data/ask-form.js';
import { manyDisclosure } from './data/policy-feed.js';
import { installStoryVoice } from './data/speech.js';

interface Args {
  care: boolean;
  /** The inline size of the frame the widgets sit in (a phone is 390 px), or 0 for the canvas's width. */
  width: number;
  /** `--gov-font-size` on the frame, or '' for the reader's own browser setting. */
  fontSize: string;
  theme: '' | 'gov';
  readAloud: '' | 'on' | 'off';
}

const frame = (args: Args, content: TemplateResult): TemplateResult => {
  const style = styleMap({
    inlineSize: args.width ? `${args.width}px` : null,
    '--gov-font-size': args.fontSize || null,
    display: 'grid',
    gap: '2em',
    outline: args.width ? '1px dashed GrayText' : null,
  });
  return html`<div class="reader-frame" style=${style}>${content}</div>`;
};

const meta: Meta<Args> = {
  title: 'Readers/All three widgets',
  // Not a component: its docs page would be a table of story controls, not an element's API.
  tags: ['!autodocs'],
  args: { care: false, width: 0, fontSize: '', theme: '', readAloud: '' },
  argTypes: {
    width: { control: { type: 'number', min: 0, max: 1600, step: 10 } },
    fontSize: { control: 'inline-radio', options: ['', '20px', '32px', '1.25em', '2em'] },
    theme: { control: 'inline-radio', options: ['', 'gov'] },
    readAloud: { control: 'inline-radio', options: ['', 'on', 'off'] },
  },
  loaders: [
    async () => {
      installFakeEndpoint();
      return {};
    },
  ],
  render: (args) =>
    frame(
      args,
      html`<gov-policy-feed
          .data=${manyDisclosure}
          limit="5"
          searchable
          filters
          paging
          ?care=${args.care}
          theme=${args.theme || nothing}
          read-aloud=${args.readAloud === 'off' ? 'off' : args.readAloud === 'on' ? '' : nothing}
        ></gov-policy-feed>
        <gov-account-directory
          .data=${county}
          .now=${NOW}
          ?care=${args.care}
          theme=${args.theme || nothing}
          read-aloud=${args.readAloud === 'off' ? 'off' : args.readAloud === 'on' ? '' : nothing}
        ></gov-account-directory>
        <gov-ask-form
          .data=${askFormData('ok')}
          endpoint-origins=${FAKE_ENDPOINT}
          ?care=${args.care}
          theme=${args.theme || nothing}
          read-aloud=${args.readAloud === 'off' ? 'off' : args.readAloud === 'on' ? '' : nothing}
        ></gov-ask-form>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Aging-friendly mode (适老化): text ≥ 18 px and mostly ≥ 20 px, line height ≥ 1.5, contrast ≥ 7:1, targets ≥ 48 px. */
export const Care: Story = { args: { care: true } };

/**
 * A reader whose browser default font size is 32 px. Storybook cannot change the browser's own setting, so this
 * story sets `--gov-font-size: 32px`, which is what the widgets take from such a reader's setting by themselves.
 */
export const ReaderFont32: Story = { name: 'Reader font 32 px', args: { fontSize: '32px' } };

/** A phone (390 px): the feed's filters fold behind one 筛选 button, and the first policy is on the first screen. */
export const Phone: Story = { args: { width: 390 } };

/** A phone in care mode. */
export const PhoneCare: Story = { name: 'Phone, care', args: { width: 390, care: true } };

/** The red theme most county sites use (`theme="gov"`). */
export const GovTheme: Story = { name: 'theme="gov"', args: { theme: 'gov' } };

/**
 * Read aloud (语音阅读): a 朗读 button on each policy, account and answer, read by the browser's own on-device voice.
 * Where this browser has no such voice, the story lends it a stand-in that shows the text it would read in a
 * caption at the foot of the canvas; on a county page, no voice means no button.
 */
export const ReadAloud: Story = {
  name: 'Read aloud',
  args: { readAloud: 'on' },
  loaders: [
    async () => {
      installFakeEndpoint();
      await installStoryVoice();
      return {};
    },
  ],
};
