/** Every story of the ask form renders its form (the fake endpoint is on another origin, allowed by the page). */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from '../../../stories/ask-form.stories.js';
import { installFakeEndpoint } from '../../../stories/data/ask-form.js';
import type { GovAskForm } from '../../../src/widgets/ask-form/ask-form.js';
import { captureWarnings, waitUntil } from '../../helpers.js';
import { text } from './helpers.js';

type AnyStory = { args?: object; render?: (args: object) => TemplateResult; play?: (context: { canvasElement: HTMLElement }) => Promise<void> };
const { default: meta, ...all } = stories as unknown as {
  default: { args: object; render: (args: object) => TemplateResult };
  [name: string]: AnyStory;
};

afterEach(() => localStorage.clear());

describe('gov-ask-form stories', () => {
  before(installFakeEndpoint);
  for (const [name, story] of Object.entries(all)) {
    if (name === 'LoadError') continue;
    // Reads /data/disclosure.json, which only Storybook serves (staticDirs); test/storybook/ opens it there.
    if (name === 'AsPasted') continue;
    it(`${name} shows the form, not a refusal of the endpoint`, async () => {
      const args = { ...meta.args, ...story.args };
      await captureWarnings(async () => {
        const wrapper = await fixture<HTMLElement>(html`<div>${(story.render ?? meta.render)(args)}</div>`);
        const el = wrapper.querySelector<GovAskForm>('gov-ask-form')!;
        await el.loadComplete;
        await story.play?.({ canvasElement: wrapper });
        await el.updateComplete;
        expect(text(el.shadowRoot!.querySelector('#panel-ask'))).not.to.contain('不是本网站');
        if (name === 'Success') await waitUntil(() => el.shadowRoot!.querySelector('[part="request-id"]'), 'the receipt');
        else if (el.shadowRoot!.querySelector('#panel-ask [part="destination"]') === null) throw new Error(`${name}: no destination`);
      });
    });
  }
});
