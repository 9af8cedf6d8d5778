/**
 * The directory as a dense grid (issue 11, ADR 0016): the demo's 14 accounts in at most 1,600 px at 1,280 px,
 * small organizations side by side instead of one mostly empty row each; headings and lists stay headings and
 * lists; one column on a phone, nothing wider than the screen.
 */
import { expect } from '@open-wc/testing';
import { DEMO, PHONE, openFrame, settled } from './phone-frame.js';

const height = (el: Element): number => el.getBoundingClientRect().height;
const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The left edges of the cards, rounded: as many as there are columns in use. */
const columns = (el: Element): number =>
  new Set([...root(el).querySelectorAll('[part~="item"]')].map((card) => Math.round(card.getBoundingClientRect().left))).size;

describe('the directory as a dense grid', () => {
  it("lays the demo's accounts out in at most 1,600 px at 1,280 px, several organizations to a row", async () => {
    const { widgets } = await openFrame(`<gov-account-directory src="${DEMO}"></gov-account-directory>`, 1280, 844);
    const el = widgets[0]!;
    expect(height(el), `${Math.round(height(el))} px tall`).to.be.at.most(1600);
    expect(columns(el)).to.equal(4);
    // Fewer rows of groups than groups: organizations share rows.
    const groups = [...root(el).querySelectorAll('[part~="group"]')];
    const rows = new Set(groups.map((g) => Math.round(g.getBoundingClientRect().top)));
    expect(rows.size).to.be.below(groups.length / 2);
  });

  it("stays within 1,600 px in the demo page's column at 1,280 px (1,150 px wide)", async () => {
    const { widgets } = await openFrame(`<div style="inline-size: 1150px"><gov-account-directory src="${DEMO}"></gov-account-directory></div>`, 1280, 844);
    const el = widgets[0]!;
    expect(height(el), `${Math.round(height(el))} px tall`).to.be.at.most(1600);
  });

  it('keeps group headings as headings before their lists, in reading order', async () => {
    const { widgets } = await openFrame(`<gov-account-directory src="${DEMO}"></gov-account-directory>`, 1280, 844);
    const el = widgets[0]!;
    for (const group of root(el).querySelectorAll('[part~="group"]')) {
      const [title, list] = [group.querySelector('[part~="group-title"]'), group.querySelector('[part~="list"]')];
      expect(title?.localName).to.equal('h3');
      expect(list?.localName).to.equal('ul');
      expect(getComputedStyle(list!).display).to.not.equal('contents');
      expect(title!.compareDocumentPosition(list!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      // The heading is above its own cards.
      const firstCard = list!.querySelector('[part~="item"]')!;
      expect(title!.getBoundingClientRect().bottom).to.be.at.most(firstCard.getBoundingClientRect().top);
    }
  });

  it('groups by platform the same way: several platforms to a row', async () => {
    const { widgets } = await openFrame(`<gov-account-directory src="${DEMO}" group-by="platform"></gov-account-directory>`, 1280, 844);
    const el = widgets[0]!;
    expect(columns(el)).to.equal(4);
    const groups = [...root(el).querySelectorAll('[part~="group"]')];
    const rows = new Set(groups.map((g) => Math.round(g.getBoundingClientRect().top)));
    // Ten platforms, nine of them with one account: four rows, not ten.
    expect(groups.length).to.equal(10);
    expect(rows.size).to.equal(4);
  });

  for (const care of [false, true]) {
    it(`shows one column on a 390 px phone${care ? ' in care mode' : ''}, nothing wider than the screen`, async () => {
      const { widgets, doc } = await openFrame(
        `<div style="padding-inline: 29px"><gov-account-directory src="${DEMO}"${care ? ' care' : ''}></gov-account-directory></div>`,
      );
      const el = widgets[0]!;
      expect(columns(el)).to.equal(1);
      expect(doc.documentElement.scrollWidth).to.be.at.most(PHONE.width);
      for (const card of root(el).querySelectorAll('[part~="item"]')) {
        expect(card.getBoundingClientRect().right).to.be.at.most(PHONE.width - 29 + 0.5);
      }
    });
  }

  it('keeps the audit view and the QR dialog working in the grid', async () => {
    const { widgets } = await openFrame(`<gov-account-directory src="${DEMO}" audit show-inactive></gov-account-directory>`, 1280, 844);
    const el = widgets[0]!;
    expect(root(el).querySelector('[part~="audit"]')).to.not.equal(null);
    expect(root(el).querySelectorAll('[part~="audit-result"]').length).to.be.above(10);
    const button = root(el).querySelector<HTMLButtonElement>('[part~="qr-button"]')!;
    button.click();
    await settled(el);
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    root(el).querySelector<HTMLButtonElement>('[part~="close"]')!.click();
    await settled(el);
    expect(root(el).querySelector('dialog')).to.equal(null);
  });
});
