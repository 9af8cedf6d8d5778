/** Every story renders something (never a blank box) and is axe-clean. */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from '../../../stories/policy-feed.stories.js';
import { captureWarnings } from '../../helpers.js';
import { $, type GovPolicyFeed } from './helpers.js';

type AnyStory = { args?: object; decorators?: ((story: () => TemplateResult) => TemplateResult)[] };
const { default: meta, ...all } = stories as unknown as {
  default: { args: object; render: (args: object) => TemplateResult };
  [name: string]: AnyStory;
};

const expected: Record<string, string> = { Loading: '[part~="loading"]', ErrorState: '[part~="error"]', Empty: '[part~="empty"]' };

describe('gov-policy-feed stories', () => {
  for (const [name, story] of Object.entries(all)) {
    it(`${name} renders and is accessible`, async () => {
      const args = { ...meta.args, ...story.args };
      let template = () => meta.render(args);
      for (const decorator of story.decorators ?? []) {
        const inner = template;
        template = () => decorator(inner);
      }
      const { result: el } = await captureWarnings(async () => {
        const wrapper = await fixture<HTMLElement>(html`<div>${template()}</div>`);
        const widget = wrapper.querySelector<GovPolicyFeed>('gov-policy-feed')!;
        if (name !== 'Loading') await widget.loadComplete;
        else await widget.updateComplete;
        return widget;
      });
      expect($(el, expected[name] ?? '[part~="list"]'), name).to.exist;
      await expect(el).to.be.accessible();
    });
  }
});
