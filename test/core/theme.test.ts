/**
 * `theme="gov"` (src/core/theme.ts): the county red on all three widgets, light, dark (`color-scheme: dark` on the
 * host, ADR 0003) and `care`. Two checks that do not trust each other: axe on what is drawn, and the contrast of
 * every colour pair the widgets draw text in, computed from the colours the browser resolves — text, primary,
 * muted and danger on the surface and on the tint, and the button text on primary — at least 4.5:1 (7:1 in
 * `care`), borders at least 3:1.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/widgets/policy-feed/define.js';
import '../../src/widgets/account-directory/define.js';
import '../../src/widgets/ask-form/define.js';
import type { GovElement } from '../../src/core/gov-element.js';
import { fixtureUrl } from '../helpers.js';
import { contrastRatio } from '../lib/care-measure.js';

type Rgb = readonly [number, number, number];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const paint = canvas.getContext('2d', { willReadFrequently: true })!;

/** A token's colour as the widget resolves it (light-dark() and color-mix() included), in sRGB bytes. */
function tokenColour(el: Element, token: string): Rgb {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  el.shadowRoot!.querySelector('[part~="base"]')!.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  paint.clearRect(0, 0, 1, 1);
  paint.fillStyle = colour;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b] = paint.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG contrast of two opaque sRGB byte colours (the care test's formula, on 0–1 channels). */
const contrast = ([r1, g1, b1]: Rgb, [r2, g2, b2]: Rgb): number => contrastRatio([r1 / 255, g1 / 255, b1 / 255, 1], [r2 / 255, g2 / 255, b2 / 255, 1]);

const WIDGETS: [name: string, render: (attrs: { care: boolean; style: string }) => TemplateResult][] = [
  [
    'gov-policy-feed',
    ({ care, style }) =>
      html`<gov-policy-feed theme="gov" ?care=${care} style=${style} src=${fixtureUrl('site/disclosure.json')} limit="3" searchable filters paging></gov-policy-feed>`,
  ],
  [
    'gov-account-directory',
    ({ care, style }) =>
      html`<gov-account-directory theme="gov" ?care=${care} style=${style} src=${fixtureUrl('account-directory/disclosure.json')}></gov-account-directory>`,
  ],
  [
    'gov-ask-form',
    ({ care, style }) => html`<gov-ask-form theme="gov" ?care=${care} style=${style} src=${fixtureUrl('ask-form/disclosure.json')}></gov-ask-form>`,
  ],
];

const MODES = [
  { mode: 'light', care: false, style: '', minimum: 4.5 },
  { mode: 'dark', care: false, style: 'color-scheme: dark', minimum: 4.5 },
  { mode: 'care', care: true, style: '', minimum: 7 },
  { mode: 'care, dark', care: true, style: 'color-scheme: dark', minimum: 7 },
] as const;

async function place(render: TemplateResult): Promise<GovElement<never, unknown>> {
  const el = await fixture<GovElement<never, unknown>>(render);
  await el.loadComplete;
  return el;
}

/** Red: a hue within 15° of pure red, clearly coloured (the #b5171d / #c00 family, and its light tints in dark mode). */
function isRed([r, g, b]: Rgb): boolean {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max !== r || max - min < 40) return false;
  const hue = (60 * (g - b)) / (max - min);
  return Math.abs(hue) <= 15;
}

describe('theme="gov"', function () {
  this.timeout(60_000);

  for (const { mode, care, style, minimum } of MODES) {
    for (const [name, render] of WIDGETS) {
      it(`<${name}> ${mode}: red primary, every text colour at ${minimum}:1 or more on the surface and the tint, axe-clean`, async () => {
        const el = await place(render({ care, style }));
        const colour = (token: string): Rgb => tokenColour(el, token);
        expect(isRed(colour('--_primary')), `primary ${colour('--_primary').join(',')}`).to.equal(true);
        const found: string[] = [];
        for (const text of ['--_text', '--_primary', '--_muted', '--_danger']) {
          for (const ground of ['--_surface', '--_tint']) {
            const ratio = contrast(colour(text), colour(ground));
            if (ratio < minimum) found.push(`${text} on ${ground}: ${ratio.toFixed(2)}:1`);
          }
        }
        const onPrimary = contrast(colour('--_on-primary'), colour('--_primary'));
        if (onPrimary < minimum) found.push(`--_on-primary on --_primary: ${onPrimary.toFixed(2)}:1`);
        for (const ground of ['--_surface', '--_tint']) {
          const ratio = contrast(colour('--_border'), colour(ground));
          if (ratio < 3) found.push(`--_border on ${ground}: ${ratio.toFixed(2)}:1`);
        }
        expect(found, `${name} ${mode}: pairs under the minimum`).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('changes nothing without the attribute, and the integrator’s --gov-color-* still wins', async () => {
    const [, render] = WIDGETS[0]!;
    const plain = await place(html`<gov-policy-feed src=${fixtureUrl('site/disclosure.json')} limit="1"></gov-policy-feed>`);
    expect(isRed(tokenColour(plain, '--_primary'))).to.equal(false);
    const own = await place(render({ care: false, style: '--gov-color-primary: rgb(0, 90, 0)' }));
    expect(tokenColour(own, '--_primary')).to.deep.equal([0, 90, 0]);
  });
});
