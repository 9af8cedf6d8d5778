/**
 * `theme="gov"`: the red most county sites are dressed in, beside the neutral default. It sets the private colour
 * tokens of styles.ts (`--_*-light`, each a light/dark pair through `light-dark()`), so an integrator's
 * `--gov-color-*` still wins, dark mode still follows the host (ADR 0003) and `care` keeps 7:1 with a palette of its
 * own. Every widget adds these styles after the shared ones.
 *
 * Contrast (WCAG, checked in test/core/theme.test.ts against the surface and the tint):
 * - light: text 14.6:1, primary and white on primary 6.0:1, muted 6.2:1, danger 8.1:1, borders 4.2:1;
 * - dark: text 12.3:1, primary 7.5:1, muted 7.3:1, danger 10.2:1, borders 4.6:1;
 * - care, light and dark: every text 8.3:1 or more, borders 9.5:1.
 *
 * Danger is a deeper red than primary (light) or an orange (dark), so an error does not read as a link.
 */
import { css } from 'lit';

export const themeStyles = css`
  :host([theme='gov']) {
    --_text-light: #1f1f1f;
    --_muted-light: #595959;
    --_primary-light: #b5171d;
    --_border-light: #8a6d6d;
    --_danger-light: #8c1d18;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host([theme='gov']) {
      --_text-light: light-dark(#1f1f1f, #e8e8e8);
      --_muted-light: light-dark(#595959, #b4b4b4);
      --_primary-light: light-dark(#b5171d, #ff9c94);
      --_border-light: light-dark(#8a6d6d, #9a8a8a);
      --_danger-light: light-dark(#8c1d18, #ffc9a8);
    }
  }

  /* More specific than both :host([theme='gov']) and :host([care]), wherever the care rules stand. */
  :host([theme='gov'][care]) {
    --_text-light: #000000;
    --_muted-light: #3d3d3d;
    --_primary-light: #8e0e13;
    --_border-light: #3d3d3d;
    --_danger-light: #6b0f0b;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host([theme='gov'][care]) {
      --_text-light: light-dark(#000000, #ffffff);
      --_muted-light: light-dark(#3d3d3d, #d6d6d6);
      --_primary-light: light-dark(#8e0e13, #ffbdb6);
      --_border-light: light-dark(#3d3d3d, #d6d6d6);
      --_danger-light: light-dark(#6b0f0b, #ffd8b8);
    }
  }
`;
