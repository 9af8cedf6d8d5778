// Read aloud (语音阅读): a 朗读 button per item, read by the browser's own voice, in the widget's language.
// Headless browsers have no voices: a recording stand-in replaces speechSynthesis for every test.
import { expect, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/ask-form/define.js';
import { directory } from '../widgets/account-directory/helpers.js';
import { askForm } from '../widgets/ask-form/helpers.js';
import { clean, feed, jsonFeed, type GovPolicyFeed } from '../widgets/policy-feed/helpers.js';
import { FakeSpeech, installSpeech, voice } from './fake-speech.js';

const POLICIES = jsonFeed([
  {
    id: 'p-1',
    title: { 'zh-Hans': '关于做好冬季供暖工作的通知', 'zh-Hant': '關於做好冬季供暖工作的通知', en: 'Notice on winter heating' },
    date_published: '2026-11-01',
    _gov: { doc_number: '某政发〔2026〕12号', issuer: { 'zh-Hans': '县政府办公室', 'zh-Hant': '縣政府辦公室', en: 'County Government Office' } },
  },
  { id: 'p-2', title: '县教育局关于新生入学的公告', date_published: '2026-10-20' },
]);

let speech: FakeSpeech;
let restore: () => void;

beforeEach(() => {
  speech = new FakeSpeech();
  restore = installSpeech(speech);
});
afterEach(() => restore());

const buttons = (el: Element): HTMLButtonElement[] => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="read-aloud"]')];
const label = (button: HTMLButtonElement): string => `${clean(button.textContent)} | ${button.getAttribute('aria-label') ?? ''}`;

async function press(el: HTMLElement & { readonly updateComplete: Promise<boolean> }, index: number): Promise<void> {
  buttons(el)[index]!.click();
  await el.updateComplete;
}

const policies = (attributes: { care?: boolean; readAloud?: string; lang?: string } = {}): Promise<GovPolicyFeed> =>
  feed(
    html`<gov-policy-feed
      lang=${attributes.lang ?? 'zh-Hans'}
      ?care=${attributes.care ?? true}
      read-aloud=${ifDefined(attributes.readAloud)}
      .data=${POLICIES}
    ></gov-policy-feed>`,
  );

describe('read aloud', () => {
  it('shows no button where the browser has no voice for the language, nor without speechSynthesis at all', async () => {
    speech.voices = [voice('en-US'), voice('zh-TW')];
    expect(buttons(await policies())).to.have.length(0);

    restore();
    restore = installSpeech(undefined);
    expect(buttons(await policies({ readAloud: '' }))).to.have.length(0);
  });

  it('shows no button for a network voice: the text would leave the device', async () => {
    speech.voices = [voice('zh-CN', 'Google 普通话（中国大陆）', false)];
    expect(buttons(await policies())).to.have.length(0);
  });

  it('shows the buttons when a voice arrives (voiceschanged), without a reload', async () => {
    const el = await policies();
    expect(buttons(el)).to.have.length(0);
    speech.deliver(voice('en-US'), voice('zh_CN'));
    await el.updateComplete;
    expect(buttons(el).map(label)).to.deep.equal(['朗读 | 朗读：关于做好冬季供暖工作的通知', '朗读 | 朗读：县教育局关于新生入学的公告']);
    await expect(el).to.be.accessible();
  });

  it('is on in care mode, on with read-aloud, off without care or with read-aloud="off"', async () => {
    speech.voices = [voice('zh-CN')];
    expect(buttons(await policies({ care: true }))).to.have.length(2);
    expect(buttons(await policies({ care: false }))).to.have.length(0);
    expect(buttons(await policies({ care: false, readAloud: '' }))).to.have.length(2);
    expect(buttons(await policies({ care: true, readAloud: 'off' }))).to.have.length(0);
  });

  it('reads a policy (title, issuer, 文号, date) with a voice of the widget language; a second press stops it', async () => {
    speech.voices = [voice('en-GB'), voice('zh-CN', 'Tingting'), voice('zh-CN', 'Meijia', true, true)];
    const el = await policies();
    await press(el, 0);
    expect(speech.spoken).to.have.length(1);
    const [utterance] = speech.spoken;
    expect(utterance!.text).to.equal('关于做好冬季供暖工作的通知。发布机构：县政府办公室。文号：某政发〔2026〕12号。2026年11月1日');
    expect(utterance!.lang).to.equal('zh-CN');
    expect(utterance!.voice?.name, 'the default voice, where it fits').to.equal('Meijia');
    expect(label(buttons(el)[0]!)).to.equal('停止 | 停止朗读：关于做好冬季供暖工作的通知');
    expect(label(buttons(el)[1]!)).to.equal('朗读 | 朗读：县教育局关于新生入学的公告');
    await expect(el).to.be.accessible();

    await press(el, 0);
    expect(speech.cancels).to.equal(1);
    expect(speech.speaking).to.equal(false);
    expect(speech.spoken, 'nothing read again').to.have.length(1);
    expect(label(buttons(el)[0]!)).to.equal('朗读 | 朗读：关于做好冬季供暖工作的通知');
  });

  it('stops on Esc, and the button reads 朗读 again when the reading ends by itself', async () => {
    speech.voices = [voice('zh-CN')];
    const el = await policies();
    await press(el, 1);
    expect(speech.spoken[0]!.text, 'no issuer or 文号 in this item').to.equal('县教育局关于新生入学的公告。2026年10月20日');
    buttons(el)[1]!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(speech.speaking).to.equal(false);
    expect(clean(buttons(el)[1]!.textContent)).to.equal('朗读');

    await press(el, 1);
    expect(clean(buttons(el)[1]!.textContent)).to.equal('停止');
    speech.finish();
    await el.updateComplete;
    expect(clean(buttons(el)[1]!.textContent)).to.equal('朗读');
    // Not reading any more, Esc cancels nothing.
    await sendKeys({ press: 'Escape' });
    expect(speech.cancels).to.equal(1);
  });

  it('starting another item stops the first, in the same widget and in another one', async () => {
    speech.voices = [voice('zh-CN')];
    const el = await policies();
    await press(el, 0);
    await press(el, 1);
    expect(speech.spoken.map((u) => u.text.slice(0, 6))).to.deep.equal(['关于做好冬季', '县教育局关于']);
    expect(speech.cancels).to.equal(1);
    expect(buttons(el).map((b) => clean(b.textContent))).to.deep.equal(['朗读', '停止']);

    const accounts = await directory('care');
    await press(accounts, 0);
    await el.updateComplete;
    expect(speech.cancels).to.equal(2);
    expect(
      buttons(el).map((b) => clean(b.textContent)),
      'the feed stopped',
    ).to.deep.equal(['朗读', '朗读']);
    expect(clean(buttons(accounts)[0]!.textContent)).to.equal('停止');
  });

  it('stops when the widget leaves the page, and when the item being read is no longer shown', async () => {
    speech.voices = [voice('zh-CN')];
    const el = await policies();
    await press(el, 0);
    el.remove();
    expect(speech.speaking).to.equal(false);

    const paged = await feed(html`<gov-policy-feed care paging limit="1" .data=${POLICIES}></gov-policy-feed>`);
    await press(paged, 0);
    paged.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await paged.updateComplete;
    expect(speech.speaking, 'the next page shows another item').to.equal(false);
    expect(label(buttons(paged)[0]!)).to.equal('朗读 | 朗读：县教育局关于新生入学的公告');
  });

  it('reads in zh-Hant with a Taiwan or Hong Kong voice, and in English with an English one', async () => {
    speech.voices = [voice('zh-CN'), voice('zh-HK'), voice('en-US')];
    const hant = await policies({ lang: 'zh-Hant' });
    expect(label(buttons(hant)[0]!)).to.equal('朗讀 | 朗讀：關於做好冬季供暖工作的通知');
    await press(hant, 0);
    expect(speech.spoken[0]!.text).to.equal('關於做好冬季供暖工作的通知。發布機關：縣政府辦公室。文號：某政发〔2026〕12号。2026年11月1日');
    expect(speech.spoken[0]!.lang).to.equal('zh-HK');
    expect(clean(buttons(hant)[0]!.textContent)).to.equal('停止');

    const en = await policies({ lang: 'en' });
    expect(label(buttons(en)[0]!)).to.equal('Read aloud | Read aloud: Notice on winter heating');
    await press(en, 0);
    expect(speech.spoken[1]!.text).to.equal(
      'Notice on winter heating. Issued by: County Government Office. Document no.: 某政发〔2026〕12号. November 1, 2026',
    );
    expect(speech.spoken[1]!.lang).to.equal('en-US');
    expect(label(buttons(en)[0]!)).to.equal('Stop | Stop reading: Notice on winter heating');
    await expect(en).to.be.accessible();
  });

  it('has no button in zh-Hant with only a mainland voice', async () => {
    speech.voices = [voice('zh-CN'), voice('en-US')];
    expect(buttons(await policies({ lang: 'zh-Hant' }))).to.have.length(0);
  });
});

describe('read aloud: accounts and answers', () => {
  it('reads an account (organization, platform, name, status); accounts of one name have distinct button names', async () => {
    speech.voices = [voice('zh-CN')];
    const el = await directory('care');
    const names = buttons(el).map((b) => b.getAttribute('aria-label'));
    expect(names.length).to.be.greaterThan(5);
    expect(new Set(names).size, 'unique accessible names').to.equal(names.length);
    const wechat = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="wx-gov"] [part~="read-aloud"]')!;
    const weibo = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="wb-gov"] [part~="read-aloud"]')!;
    expect(wechat.getAttribute('aria-label')?.replace(/[\u2066-\u2069]/g, '')).to.match(/^朗读：某县发布（\S+，县政府办公室）$/);
    expect(weibo.getAttribute('aria-label')?.replace(/[\u2066-\u2069]/g, '')).to.equal('朗读：某县发布（微博，县政府办公室）');
    weibo.click();
    await el.updateComplete;
    expect(speech.spoken[0]!.text).to.equal('县政府办公室。微博。某县发布');
    await expect(el).to.be.accessible();
  });

  it('says the status of an account that is not active', async () => {
    speech.voices = [voice('zh-CN')];
    const el = await directory('care show-inactive');
    const paused = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[part~="item"]')].find((li) => li.classList.contains('status-paused'));
    expect(paused, 'the fixture has a paused account').to.exist;
    paused!.querySelector<HTMLButtonElement>('[part~="read-aloud"]')!.click();
    await el.updateComplete;
    expect(speech.spoken[0]!.text).to.match(/。暂停更新$/);
  });

  it('reads an answered question (its title and the reply) in English', async () => {
    speech.voices = [voice('zh-CN'), voice('en-US')];
    const { el } = await askForm({ care: true, lang: 'en' });
    el.shadowRoot!.querySelector<HTMLElement>('#tab-answered')!.click();
    await el.updateComplete;
    const [first] = buttons(el);
    expect(first!.getAttribute('aria-label')).to.equal('Read aloud: How do I replace a lost medical insurance card?');
    first!.click();
    await el.updateComplete;
    expect(speech.spoken[0]!.text).to.equal('How do I replace a lost medical insurance card? Answered: 请携带身份证到县政务服务中心医保窗口办理，当场可取。');
    expect(speech.spoken[0]!.lang).to.equal('en-US');
    await expect(el).to.be.accessible();
  });

  it('draws no button on answers outside care mode', async () => {
    speech.voices = [voice('zh-CN')];
    const { el: form } = await askForm();
    form.shadowRoot!.querySelector<HTMLElement>('#tab-answered')!.click();
    await form.updateComplete;
    expect(buttons(form)).to.have.length(0);
  });
});
