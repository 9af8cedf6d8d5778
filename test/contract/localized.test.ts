import { expect } from '@open-wc/testing';
import { canonicalLanguage, languageFallbacks, pickLocalized, pickText, safeUrl, uiLocaleFor } from '../../src/contract/index.js';

describe('localized text', () => {
  const text = { 'zh-Hans': '县政府办公室', 'zh-Hant': '縣政府辦公室', en: 'County Government Office' };

  it('picks the language, then its base, then zh-Hans, then the first entry', () => {
    expect(pickText(text, 'en')).to.equal('County Government Office');
    expect(pickText(text, 'en-GB')).to.equal('County Government Office');
    expect(pickText(text, 'zh-Hant-HK')).to.equal('縣政府辦公室');
    expect(pickText({ zh: '中文', en: 'English' }, 'zh-Hant-HK')).to.equal('中文');
    expect(pickText(text, 'fr')).to.equal('县政府办公室');
    expect(pickText({ en: 'Only English', fr: 'Français' }, 'de')).to.equal('Only English');
    expect(pickText('plain', 'en')).to.equal('plain');
  });

  it('reads region tags as scripts, in the data and in the request', () => {
    expect(pickText({ 'zh-CN': '简体', 'zh-TW': '繁體' }, 'zh-HK')).to.equal('繁體');
    expect(pickText({ 'zh-CN': '简体', 'zh-TW': '繁體' }, 'zh-SG')).to.equal('简体');
    expect(pickText({ 'ZH-hant': '繁體', en: 'x' }, 'zh-MO')).to.equal('繁體');
    expect(pickLocalized(text, 'fr')).to.deep.equal({ text: '县政府办公室', lang: 'zh-Hans' });
    // A sibling region of the wanted script beats a bare "zh".
    expect(pickText({ zh: '中文', 'zh-TW': '繁體' }, 'zh-Hant-HK')).to.equal('繁體');
  });

  it('maps tags to UI locales and fallbacks', () => {
    expect(['zh-CN', 'zh-SG', 'zh', 'zh-Hans', 'zh-hans-cn'].map(uiLocaleFor)).to.deep.equal(Array(5).fill('zh-Hans'));
    expect(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh_TW'].map(uiLocaleFor)).to.deep.equal(Array(5).fill('zh-Hant'));
    expect(['en', 'en-US', 'ar', 'fr'].map(uiLocaleFor)).to.deep.equal(Array(4).fill('en'));
    expect(uiLocaleFor('')).to.equal('zh-Hans');
    expect(uiLocaleFor('<script>')).to.equal('zh-Hans');
    expect(canonicalLanguage('zh-tw')).to.equal('zh-Hant-TW');
    expect(canonicalLanguage('zh-CN')).to.equal('zh-Hans-CN');
    expect(languageFallbacks('zh-Hant-HK')).to.deep.equal(['zh-Hant-HK', 'zh-Hant', 'zh', 'zh-Hans']);
  });

  it('never throws on values that are not localized text', () => {
    for (const value of [null, undefined, 42, [], ['a'], { en: 42 }, {}]) {
      expect(pickText(value as never, 'en')).to.equal('');
    }
  });
});

describe('safeUrl', () => {
  it('allows http(s) and relative URLs only', () => {
    expect(safeUrl('/a', 'https://x.example/b/c')).to.equal('https://x.example/a');
    expect(safeUrl('d', 'https://x.example/b/c')).to.equal('https://x.example/b/d');
    expect(safeUrl('//cdn.example/x', 'https://x.example/')).to.equal('https://cdn.example/x');
    for (const bad of ['javascript:alert(1)', ' \tJaVa\nScRiPt:alert(1)', 'data:,x', 'vbscript:x', 'mailto:a@b', '', 42, null]) {
      expect(safeUrl(bad, 'https://x.example/'), String(bad)).to.equal(null);
    }
  });
});
