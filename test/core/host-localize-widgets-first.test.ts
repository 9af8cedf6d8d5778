// gov-widgets imported first (ES modules evaluate it before the app's own code), then the app configures
// @lit/localize: nothing of gov-widgets configured it at load time, so the app's call works, and both keep
// their own languages. (Before: "lit-localize can only be configured once" from the app's call.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/policy-feed/define.js';
import '../../src/widgets/account-directory/define.js';
import '../../src/widgets/ask-form/define.js';
import { configureHostApp, errorTitleOf } from './host-localize.js';
import type { GovPolicyFeed } from '../../src/widgets/policy-feed/policy-feed.js';

describe('a host app with its own @lit/localize, configured after gov-widgets is imported', () => {
  it("configures without an error, and the app's text and every widget's language keep working", async () => {
    const app = configureHostApp();
    const greeting = await fixture(html`<host-greeting></host-greeting>`);
    await app.setLocale('fr');
    await (greeting as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(greeting.shadowRoot!.textContent!.trim()).to.equal('Bonjour, citoyen');

    const wrapper = await fixture(html`<div>
      <gov-policy-feed lang="en" src="/no-such-document.json"></gov-policy-feed>
      <gov-policy-feed lang="zh-TW" src="/no-such-document.json"></gov-policy-feed>
      <gov-policy-feed src="/no-such-document.json"></gov-policy-feed>
    </div>`);
    const feeds = [...wrapper.querySelectorAll<GovPolicyFeed>('gov-policy-feed')];
    await Promise.all(feeds.map((feed) => feed.loadComplete));
    expect(feeds.map(errorTitleOf)).to.deep.equal(['Policies cannot be shown right now', '政策資訊暫時無法顯示', '政策信息暂时无法显示']);

    // The app switching its locale changes nothing in the widgets, and the widgets leave the app's alone.
    await app.setLocale('en');
    await Promise.all(feeds.map((feed) => feed.reload()));
    expect(feeds.map(errorTitleOf)).to.deep.equal(['Policies cannot be shown right now', '政策資訊暫時無法顯示', '政策信息暂时无法显示']);
    expect(app.getLocale()).to.equal('en');
  });
});
