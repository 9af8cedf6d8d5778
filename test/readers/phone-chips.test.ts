/**
 * Chips never break inside a word (issue 11): on 320 and 390 px phones, default and care, every filter chip
 * of the demo's feed and directory is one line; only a chip wider than the whole widget may wrap, and then
 * between words ("县发展和改革局" stays whole, never "县发展和改革/局").
 */
import { expect } from '@open-wc/testing';
import { DEMO, openFrame, settled } from './phone-frame.js';

const GUTTER = 29; // the demo page's padding on each side at phone widths

interface ChipLines {
  readonly text: string;
  /** Offsets in `text` where a new line starts. */
  readonly breaks: number[];
}

/** Where the chip's text wraps, read from the position of each of its characters. */
function chipLines(chip: Element): ChipLines {
  const doc = chip.ownerDocument;
  const walker = doc.createTreeWalker(chip, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  const fontSize = parseFloat(getComputedStyle(chip).fontSize);
  let text = '';
  const breaks: number[] = [];
  let lineTop: number | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      const char = value[i]!;
      if (/\s/.test(char)) {
        text += char;
        continue;
      }
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (rect) {
        if (lineTop !== undefined && rect.top > lineTop + fontSize / 2) breaks.push(text.length);
        lineTop = rect.top;
      }
      text += char;
    }
  }
  return { text, breaks };
}

/** Offsets in `text` between two words (Intl.Segmenter's word boundaries). */
function wordBoundaries(text: string, lang: string): Set<number> {
  const boundaries = new Set<number>();
  for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    boundaries.add(segment.index);
    boundaries.add(segment.index + segment.segment.length);
  }
  return boundaries;
}

function expectWholeWords(chip: HTMLElement): void {
  const { text, breaks } = chipLines(chip);
  const label = text.replace(/\s+/g, ' ').trim();
  if (breaks.length === 0) return;
  const list = chip.closest('ul')!;
  expect(chip.getBoundingClientRect().width, `"${label}" wraps though it is narrower than its list`).to.be.at.least(list.clientWidth - 1);
  const boundaries = wordBoundaries(text, chip.closest('[lang]')?.getAttribute('lang') ?? 'zh-Hans');
  for (const at of breaks) {
    // A break before a character that follows spaces is a break at the spaces.
    let before = at;
    while (before > 0 && /\s/.test(text[before - 1]!)) before--;
    expect(boundaries.has(before), `"${label}" wraps inside a word, before "${text.slice(at)}"`).to.equal(true);
  }
}

for (const width of [320, 390]) {
  for (const care of [false, true]) {
    describe(`chips on a ${width} px phone${care ? ', care' : ''}`, () => {
      it('keeps every feed and directory chip label on one line', async () => {
        const { widgets } = await openFrame(
          `<div style="padding-inline: ${GUTTER}px">
            <gov-policy-feed src="${DEMO}" limit="8" searchable filters paging${care ? ' care' : ''}></gov-policy-feed>
            <gov-account-directory src="${DEMO}"${care ? ' care' : ''}></gov-account-directory>
          </div>`,
          width,
        );
        const [feed, directory] = widgets;
        // Every chip on screen: the filters open, and each long group showing all of its values.
        feed!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="filter-toggle"]')!.click();
        await settled(feed!);
        for (const more of feed!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="show-all"]')) {
          more.click();
          await settled(feed!);
        }
        const chips = [
          ...feed!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="chip"]'),
          ...directory!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="chip"]'),
        ];
        expect(chips.length).to.be.above(30);
        const wrapped: string[] = [];
        for (const chip of chips) {
          expect(chip.getClientRects().length, chip.textContent ?? '').to.be.above(0);
          expectWholeWords(chip);
          if (chipLines(chip).breaks.length > 0) wrapped.push(chip.textContent.trim());
        }
        // The demo's labels all fit a phone: none wraps at all.
        expect(wrapped).to.deep.equal([]);
      });
    });
  }
}

describe('a chip wider than the widget', () => {
  it('wraps between words only ("县人力资源和社会保障局" at 28 px on a 320 px phone)', async () => {
    const { widgets } = await openFrame(
      `<div style="padding-inline: ${GUTTER}px"><gov-policy-feed src="${DEMO}" filters style="--gov-font-size: 28px"></gov-policy-feed></div>`,
      320,
    );
    const feed = widgets[0]!;
    feed.shadowRoot!.querySelector<HTMLButtonElement>('[part~="filter-toggle"]')!.click();
    await settled(feed);
    const chips = [...feed.shadowRoot!.querySelectorAll<HTMLElement>('[part~="chip"]')];
    const wide = chips.filter((chip) => chipLines(chip).breaks.length > 0);
    expect(wide.map((chip) => chip.textContent.trim())).to.include('县人力资源和社会保障局');
    for (const chip of chips) expectWholeWords(chip);
  });
});
