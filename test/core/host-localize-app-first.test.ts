// The app configures @lit/localize before gov-widgets is loaded (a dynamic import, as an app that loads the
// widgets with a route): the widgets still speak their own languages, not the app's catalog. (Before: the
// widgets' own configuration failed, they warned, and an English widget showed zh-Hans.)
import { expect } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import { configureHostApp, EXPECTED_TITLES, mountAppAndFeeds } from './host-localize.js';

describe('a host app with its own @lit/localize, configured before gov-widgets is imported', () => {
  it("keeps the app's text and every widget's own language, with no warning", async () => {
    const app = configureHostApp();
    await app.setLocale('fr');
    const { warnings } = await captureWarnings(async () => {
      await import('../../src/widgets/policy-feed/define.js');
      await import('../../src/widgets/ask-form/define.js');
      const page = await mountAppAndFeeds();
      expect(await page.titles()).to.deep.equal(EXPECTED_TITLES);
      expect(await page.greeting()).to.equal('Bonjour, citoyen');
    });
    expect(warnings.filter((m) => m.includes('localize'))).to.deep.equal([]);
  });
});
