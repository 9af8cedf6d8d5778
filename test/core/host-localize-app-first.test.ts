// The app configures @lit/localize before gov-widgets is loaded (a dynamic import, as an app that loads the
// widgets with a route): the widgets still speak their own languages, not the app's catalog. (Before: the
// widgets' own configuration failed, they warned, and an English widget showed zh-Hans.)
import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import { configureHostApp, errorTitleOf } from './host-localize.js';
import type { GovPolicyFeed } from '../../src/widgets/policy-feed/policy-feed.js';

describe('a host app with its own @lit/localize, configured before gov-widgets is imported', () => {
  it("keeps the app's text and every widget's own language, with no warning", async () => {
    const app = configureHostApp();
    await app.setLocale('fr');
    const { warnings } = await captureWarnings(async () => {
      await import('../../src/widgets/policy-feed/define.js');
      await import('../../src/widgets/ask-form/define.js');
      const wrapper = await fixture(html`<div>
        <host-greeting></host-greeting>
        <gov-policy-feed lang="en" src="/no-such-document.json"></gov-policy-feed>
        <gov-policy-feed lang="zh-Hant" src="/no-such-document.json"></gov-policy-feed>
        <gov-policy-feed src="/no-such-document.json"></gov-policy-feed>
      </div>`);
      const feeds = [...wrapper.querySelectorAll<GovPolicyFeed>('gov-policy-feed')];
      await Promise.all(feeds.map((feed) => feed.loadComplete));
      expect(feeds.map(errorTitleOf)).to.deep.equal(['Policies cannot be shown right now', '政策資訊暫時無法顯示', '政策信息暂时无法显示']);
      const greeting = wrapper.querySelector('host-greeting')!;
      await (greeting as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(greeting.shadowRoot!.textContent!.trim()).to.equal('Bonjour, citoyen');
    });
    expect(warnings.filter((m) => m.includes('localize'))).to.deep.equal([]);
  });
});
