/**
 * The host-page corpus: the built bundles on copies of the pages county sites really serve
 * (test/pages/hosts/, served by test/server/hosts-middleware.mjs with no charset on any response), module and
 * classic build, against a blank page with the same widgets at the same inline size. On every page: all three
 * elements define, every widget shows its content, every element of every widget has the font size, line
 * height, font family, box model and letter spacing it has on the blank page (±0.5 px), every widget is as tall
 * as on the blank page, the CSS snippet reserves what it reserves on the blank page, the page's own elements
 * look the same with and without the widgets, nothing logs an error, no request leaves the page's origin, and
 * the page's own form is never submitted.
 */
import { expect } from '@open-wc/testing';
import { openPage, type OpenPage } from './open-page.js';

const PAGES = ['gbk', 'quirks', 'star-reset', 'root-62', 'table-form', 'bootstrap3', 'reset'] as const;
const BUILDS = ['module', 'classic'] as const;
const TAGS = ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'];
const TOLERANCE_PX = 0.5;

/** What each widget's elements look like: one row per element, in document order. */
interface Look {
  readonly widget: string;
  readonly rows: readonly { path: string; fontSize: number; lineHeight: string; fontFamily: string; boxSizing: string; letterSpacing: string }[];
  readonly height: number;
}

const widgetsOf = (doc: Document): HTMLElement[] => [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];

const label = (widget: HTMLElement, index: number): string => `${index}:${widget.localName}${widget.hasAttribute('care') ? '[care]' : ''}`;

function looks(page: OpenPage): Look[] {
  const view = page.doc.defaultView!;
  return widgetsOf(page.doc).map((widget, index) => {
    const root = widget.shadowRoot;
    if (!root) throw new Error(`${label(widget, index)} has no shadow root`);
    const rows = [...root.querySelectorAll('*')]
      .filter((el) => !['STYLE', 'SLOT', 'TEMPLATE'].includes(el.tagName))
      .map((el) => {
        const style = view.getComputedStyle(el);
        return {
          path: `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`,
          fontSize: parseFloat(style.fontSize),
          lineHeight: style.lineHeight,
          fontFamily: style.fontFamily,
          boxSizing: style.boxSizing,
          letterSpacing: style.letterSpacing,
        };
      });
    return { widget: label(widget, index), rows, height: widget.getBoundingClientRect().height };
  });
}

const px = (value: string): number => (value === 'normal' ? Number.NaN : parseFloat(value));

function expectSameLook(actual: Look[], blank: Look[], where: string): void {
  expect(
    actual.map((l) => l.widget),
    `${where}: widgets`,
  ).to.deep.equal(blank.map((l) => l.widget));
  actual.forEach((look, w) => {
    const base = blank[w]!;
    expect(
      look.rows.map((r) => r.path),
      `${where} ${look.widget}: the same elements as on the blank page`,
    ).to.deep.equal(base.rows.map((r) => r.path));
    const differences: string[] = [];
    look.rows.forEach((row, i) => {
      const b = base.rows[i]!;
      const at = `${look.widget} ${row.path}#${i}`;
      if (Math.abs(row.fontSize - b.fontSize) > TOLERANCE_PX) differences.push(`${at}: font-size ${row.fontSize} px, blank ${b.fontSize} px`);
      const lh = px(row.lineHeight);
      const blh = px(b.lineHeight);
      if (Number.isNaN(lh) !== Number.isNaN(blh) || Math.abs(lh - blh) > TOLERANCE_PX)
        differences.push(`${at}: line-height ${row.lineHeight}, blank ${b.lineHeight}`);
      if (row.fontFamily !== b.fontFamily) differences.push(`${at}: font-family ${row.fontFamily}, blank ${b.fontFamily}`);
      if (row.boxSizing !== b.boxSizing) differences.push(`${at}: box-sizing ${row.boxSizing}, blank ${b.boxSizing}`);
      if (row.letterSpacing !== b.letterSpacing) differences.push(`${at}: letter-spacing ${row.letterSpacing}, blank ${b.letterSpacing}`);
    });
    expect(differences.slice(0, 10), `${where}: ${differences.length} differences from the blank page`).to.deep.equal([]);
    expect(Math.abs(look.height - base.height), `${where} ${look.widget}: height ${look.height} px, blank ${base.height} px`).to.be.at.most(1);
  });
}

/** The heights the CSS snippet reserves while the elements are not defined (the page without a script). */
const reserved = (page: OpenPage): number[] => widgetsOf(page.doc).map((w) => Math.round(w.getBoundingClientRect().height * 10) / 10);

/** The page's own text outside the widgets, as the page styles it. */
function hostLook(page: OpenPage): string[] {
  const view = page.doc.defaultView!;
  return [page.doc.body, ...page.doc.querySelectorAll('.host-text')].map((el) => {
    const s = view.getComputedStyle(el);
    return `${el.localName}: ${s.fontSize} ${s.lineHeight} ${s.fontFamily} ${s.color} ${s.boxSizing} ${s.letterSpacing}`;
  });
}

function expectCleanPage(page: OpenPage, where: string): void {
  expect(page.probe.errors, `${where}: uncaught errors`).to.deep.equal([]);
  expect(page.probe.consoleErrors, `${where}: console errors`).to.deep.equal([]);
  expect(page.probe.origins(), `${where}: origins fetched from`).to.deep.equal([page.doc.location.origin]);
  expect(page.probe.submits, `${where}: the page's own form submitted`).to.deep.equal([]);
}

const blankLooks = new Map<string, Look[]>();
let blankReserved: number[] | undefined;

describe('host pages: the built bundles on the pages counties serve', function () {
  this.timeout(60_000);

  before(async () => {
    for (const build of BUILDS) {
      const page = await openPage(`/hosts/blank.html?build=${build}`);
      blankLooks.set(build, looks(page));
      page.frame.remove();
    }
    const page = await openPage('/hosts/blank.html?build=none');
    blankReserved = reserved(page);
    page.frame.remove();
  });

  it('the blank page itself: every widget shows content and the snippet reserves space', () => {
    const look = blankLooks.get('module')!;
    expect(look.map((l) => l.widget)).to.deep.equal([
      '0:gov-policy-feed',
      '1:gov-account-directory',
      '2:gov-ask-form',
      '3:gov-policy-feed[care]',
      '4:gov-ask-form',
    ]);
    for (const l of look) expect(l.rows.length, l.widget).to.be.greaterThan(10);
    for (const h of blankReserved!) expect(h).to.be.greaterThan(100);
    // The care feed's text is larger than the plain feed's: the comparison below can see a font size.
    expect(look[0]!.rows[0]!.fontSize).to.equal(16);
    expect(look[3]!.rows[0]!.fontSize).to.equal(20);
    // An explicit --gov-font-size on the element wins (on every host page too: they are compared with this one).
    expect(look[4]!.rows[0]!.fontSize).to.equal(20);
  });

  for (const name of PAGES) {
    describe(name, () => {
      for (const build of BUILDS) {
        it(`${build} build: defines all three, renders as on a blank page, logs no error, stays on the page's origin`, async () => {
          const page = await openPage(`/hosts/${name}.html?build=${build}`);
          const where = `${name} (${build})`;
          for (const tag of TAGS) expect(page.doc.defaultView!.customElements.get(tag), `${where}: <${tag}> defined`).to.not.equal(undefined);
          expect(page.probe.events.filter((e) => e.startsWith('gov-load')).length, `${where}: gov-load events (${page.probe.events.join(', ')})`).to.equal(5);
          // Content a reader sees: policy titles, account names, the form's fields.
          expect(page.root('gov-policy-feed').querySelectorAll('li, article').length, `${where}: policies`).to.be.greaterThan(0);
          expect(page.root('gov-ask-form').querySelector('form, textarea'), `${where}: the form`).to.not.equal(null);
          expect(page.root('gov-account-directory').textContent.trim().length, `${where}: accounts`).to.be.greaterThan(20);
          expectSameLook(looks(page), blankLooks.get(build)!, where);
          expectCleanPage(page, where);
        });
      }

      it('the CSS snippet reserves the same space as on a blank page, and the widgets change nothing of the page', async () => {
        const without = await openPage(`/hosts/${name}.html?build=none`);
        expect(reserved(without), `${name}: reserved heights`).to.deep.equal(blankReserved);
        // A script that never comes leaves no blank box: the snippet lets the space go (after 10 s; here at once).
        for (const animation of without.doc.getAnimations()) animation.finish();
        expect(reserved(without), `${name}: heights once the snippet has let go`).to.deep.equal(blankReserved!.map(() => 0));
        const before = hostLook(without);
        without.frame.remove();
        const withWidgets = await openPage(`/hosts/${name}.html?build=module`);
        expect(hostLook(withWidgets), `${name}: the page's own text`).to.deep.equal(before);
        expectCleanPage(withWidgets, name);
      });
    });
  }
});
