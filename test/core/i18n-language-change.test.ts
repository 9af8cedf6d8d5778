// A language change at run time to a language whose UI catalog is not here yet (decision 0018): the widget keeps
// its content in the language it speaks until the catalog arrives, then switches, content and UI together (no
// loading state in between, no English data under zh-Hans words). In a file of its own: each test file runs in a
// page of its own, so no catalog is loaded before.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';
import { hasCatalog } from '../../src/core/i18n.js';
import { mount, shown } from './i18n-mount.js';

describe('a language change at run time', () => {
  it('keeps the content in the old language until the new catalog is here, then switches content and UI together', async () => {
    expect(hasCatalog('en')).to.equal(false);
    const { el } = await mount('zh-Hans');
    const root = el.shadowRoot!;
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(shown(el)));
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
    try {
      el.lang = 'en';
      await el.updateComplete;
      expect(shown(el), 'before the catalog arrives').to.equal('zh-Hans: 甲乙简 重试');
      await waitUntil(() => shown(el) === 'en: Alpha Try again', `never switched to English: ${shown(el)}`);
      await el.languageReady;
      observer.disconnect();
      expect(
        seen.filter((s) => s !== 'zh-Hans: 甲乙简 重试' && s !== 'en: Alpha Try again'),
        'states in between',
      ).to.deep.equal([]);
      // Back to a language whose words are here: at once.
      el.lang = 'zh-Hans';
      await el.updateComplete;
      expect(shown(el)).to.equal('zh-Hans: 甲乙简 重试');
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});
