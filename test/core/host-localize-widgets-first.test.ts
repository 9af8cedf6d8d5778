// gov-widgets imported first (ES modules evaluate it before the app's own code), then the app configures
// @lit/localize: nothing of gov-widgets configured it at load time, so the app's call works, and both keep
// their own languages. (Before: "lit-localize can only be configured once" from the app's call.)
import { expect } from '@open-wc/testing';
import '../../src/widgets/policy-feed/define.js';
import '../../src/widgets/account-directory/define.js';
import '../../src/widgets/ask-form/define.js';
import { configureHostApp, EXPECTED_TITLES, mountAppAndFeeds } from './host-localize.js';

describe('a host app with its own @lit/localize, configured after gov-widgets is imported', () => {
  it("configures without an error, and the app's text and every widget's language keep working", async () => {
    const app = configureHostApp();
    const page = await mountAppAndFeeds();
    await app.setLocale('fr');
    expect(await page.greeting()).to.equal('Bonjour, citoyen');
    expect(await page.titles()).to.deep.equal(EXPECTED_TITLES);
    // The app switching its locale changes nothing in the widgets, and the widgets leave the app's alone.
    await app.setLocale('en');
    expect(await page.titles(true)).to.deep.equal(EXPECTED_TITLES);
    expect(await page.greeting()).to.equal('Hello, citizen');
    expect(app.getLocale()).to.equal('en');
  });
});
