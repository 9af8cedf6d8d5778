/**
 * Care mode on the host-page corpus (test/pages/hosts/, served with the care block by
 * test/server/hosts-middleware.mjs `?care=1`): the built bundle on the pages county sites serve — GBK, quirks
 * mode, a `*` reset, a 62.5 % root, a table layout, Bootstrap 3, reset.css — must meet the same care figures as
 * the widgets alone (test/readers/care.test.ts), at a phone's 390 px and a desktop's 1,000 px.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../pages/open-page.js';
import { careProblems, distribution, measure, merge, type Measurement } from '../lib/care-measure.js';

const TAGS = 'gov-policy-feed, gov-account-directory, gov-ask-form';
const PAGES = ['blank', 'gbk', 'quirks', 'star-reset', 'root-62', 'table-form', 'bootstrap3', 'reset'] as const;

describe('care mode on the host pages', function () {
  this.timeout(60_000);

  for (const name of PAGES) {
    it(`${name}: every widget meets the care figures`, async () => {
      const page = await openPage(`/hosts/${name}.html?build=module&care=1`);
      const widgets = [...page.doc.querySelectorAll(TAGS)];
      expect(widgets.length, `${name}: widgets`).to.equal(4);
      const slot = page.doc.querySelector<HTMLElement>('.gw-slot')!;
      const all: Measurement[] = [];
      for (const width of [390, 1000]) {
        slot.style.width = `${width}px`;
        for (const widget of widgets) all.push(measure(widget));
      }
      const m = merge(...all);
      // Something was measured: the feed, the directory's cards and both forms, at both widths.
      expect(
        m.texts.reduce((n, t) => n + t.chars, 0),
        `${name}: characters measured`,
      ).to.be.above(3000);
      expect(m.targets.length, `${name}: targets measured`).to.be.above(100);
      const problems = careProblems(m);
      expect(problems.slice(0, 25), `${name}: ${problems.length} problems. ${distribution(m)}`).to.deep.equal([]);
    });
  }
});
