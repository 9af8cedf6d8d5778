/**
 * `theme="gov"`: the red most county sites are dressed in, beside the neutral default. It sets the private colour
 * tokens of styles.ts (`--_*-light`, each a light/dark pair through `light-dark()`), so an integrator's
 * `--gov-color-*` still wins, dark mode still follows the host (ADR 0003), and `care` keeps its own text, muted
 * and border colours with a deeper red of its own. Every widget adds these styles after the shared ones.
 *
 * Contrast (WCAG, checked in test/core/theme.test.ts against the surface and the tint, which is 7 % primary):
 * - light: primary and white on primary 6.0:1 or more, danger 8.1:1, borders 4.2:1;
 * - dark: primary 7.5:1, danger 10.2:1, borders 4.6:1;
 * - care, light and dark: primary 8.3:1 or more, danger 10.8:1 or more.
 *
 * Danger is a deeper red than primary (light) or an orange (dark), so an error does not read as a link.
 */
import { css } from 'lit';

export const themeStyles = css`
  :host([theme='gov']:not([care])) {
    --_primary-light: #b5171d;
    --_border-light: #8a6d6d;
    --_danger-light: #8c1d18;
  }
  :host([theme='gov'][care]) {
    --_primary-light: #8e0e13;
    --_danger-light: #6b0f0b;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host([theme='gov']:not([care])) {
      --_primary-light: light-dark(#b5171d, #ff9c94);
      --_border-light: light-dark(#8a6d6d, #9a8a8a);
      --_danger-light: light-dark(#8c1d18, #ffc9a8);
    }
    :host([theme='gov'][care]) {
      --_primary-light: light-dark(#8e0e13, #ffbdb6);
      --_danger-light: light-dark(#6b0f0b, #ffd8b8);
    }
  }
`;
