/**
 * Shared styles of every widget, in layers:
 * 1. public tokens — the `--gov-*` custom properties of the contract, set by integrators;
 * 2. private tokens — `--_*`, each read once from its public token with a default, so every rule reads one
 *    name; light and dark defaults through `light-dark()` (dark when the host page opts into a dark
 *    `color-scheme`, see docs/decisions/0003-dark-mode-follows-the-host.md), and `care` mode overrides;
 * 3. rules — sizes in `em` from `:host` (never `rem`), logical properties for RTL.
 *
 * Page styles reach a widget only through inherited properties on the host element, and any page rule that
 * matches the host (a CMS's `* { font-size: 12px; line-height: 1; box-sizing: content-box }`) beats `:host`.
 * So the `.base` wrapper starts from every property's initial value (`all: initial`, which leaves custom
 * properties and `direction` alone), then takes back from the page only what a reader or integrator means it
 * to: `color-scheme` (dark mode, ADR 0003), `visibility`, and the tokens.
 *
 * Text follows the reader (docs/decisions/0014-text-follows-the-reader.md): the host's font size is the CSS
 * `medium` keyword, the default size the reader chose in their browser, with `!important` because that is the
 * one way a shadow tree's rule beats the page's (`* { font-size: 12px }`, `html { font-size: 62.5% }` and quirks
 * mode's tables all leave `medium` alone). `.base` then takes the widget's size from `--_font-size`, in px or in
 * `em` of that `medium` (`--gov-font-size: 1.25em`), never from the page's root (`rem`) or the page's text.
 */
import { css } from 'lit';

export const tokenStyles = css`
  :host {
    --_surface-light: #ffffff;
    --_text-light: #1f1f1f;
    --_muted-light: #575757;
    --_primary-light: #0b57d0;
    --_border-light: #767676;
    --_danger-light: #b3261e;
    --_tint-light: #f0f4fa;

    --_surface: var(--gov-color-surface, var(--_surface-light));
    --_text: var(--gov-color-text, var(--_text-light));
    --_muted: var(--gov-color-muted, var(--_muted-light));
    --_primary: var(--gov-color-primary, var(--_primary-light));
    --_border: var(--gov-color-border, var(--_border-light));
    --_danger: var(--gov-color-danger, var(--_danger-light));
    --_on-primary: #ffffff;
    --_tint: color-mix(in srgb, var(--_primary) 7%, var(--_surface));
    --_divider: color-mix(in srgb, var(--_border) 40%, var(--_surface));

    --_font-family: var(
      --gov-font-family,
      system-ui,
      -apple-system,
      'PingFang SC',
      'Hiragino Sans GB',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      'Source Han Sans SC',
      sans-serif
    );
    /* The reader's size: the integrator's --gov-font-size (px, or em of the reader's medium), else the
       reader's own default. A length that resolves on .base (whose parent, the host, is at medium), so
       other modes can build on it, e.g. max(20px, var(--_reader-size)). --_font-size is the widget's base
       size, which every size in em follows. */
    --_reader-size: var(--gov-font-size, 1em);
    --_font-size: var(--_reader-size);
    --_font-small: 0.875em;
    --_line-height: 1.6;
    --_radius: var(--gov-radius, 0.375em);
    --_space: var(--gov-space, 1em);
    /* WCAG 2.2 AA asks 24 px; 2.5em is 40 px at the default size. */
    --_target: 2.5em;
    /* Floors that care mode raises (no effect by default): a rule reads e.g. max(var(--_min-title), 1.125em). */
    --_min-title: 0px;
    --_min-control: 0px;
    --_min-line-height: 0;
    /* The least space between blocks of text (a label and its hint, a paragraph and a button): care mode makes
       it larger than the line gap of its 1.75 line height (0.75em). */
    --_paragraph-space: 0px;
    --_focus: 0.1875em solid var(--_primary);

    display: block;
    box-sizing: border-box;
    contain: layout style;
    font-size: medium !important;
    /* medium of a lone monospace family (a widget inside <pre> or <tt>, or --gov-font-family: monospace) is
       the smaller fixed-width default; a list is never that. The page's rules for the host still win here. */
    font-family: var(--_font-family), sans-serif;
  }

  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_surface-light: light-dark(#ffffff, #1b1c1f);
      --_text-light: light-dark(#1f1f1f, #e8e8e8);
      --_muted-light: light-dark(#575757, #b4b4b4);
      --_primary-light: light-dark(#0b57d0, #9ec1ff);
      --_border-light: light-dark(#767676, #8f8f8f);
      --_danger-light: light-dark(#b3261e, #ffb4ab);
      --_on-primary: light-dark(#ffffff, #1b1c1f);
    }
  }

  /* Aging-friendly mode (适老化, MIIT 2021; docs/decisions/0015-care-mode-figures.md): every text at least 20 px
     (small text too), titles and control text at least 22 px, line height at least 1.5 everywhere (1.75 for
     body text), paragraphs spaced wider than their line gap, contrast at least 7:1 (the colours below are all
     9:1 or more), every target at least 48 × 48 px. Floors over the reader's size, never a cap. */
  :host([care]) {
    --_surface-light: #ffffff;
    --_text-light: #000000;
    --_muted-light: #3d3d3d;
    --_primary-light: #0842a0;
    --_border-light: #3d3d3d;
    --_danger-light: #8c1d18;
    --_font-size: max(20px, var(--_reader-size));
    --_font-small: max(20px, 0.9em);
    --_min-title: 22px;
    --_min-control: 22px;
    --_min-line-height: 1.5;
    --_line-height: 1.75;
    --_paragraph-space: 0.8em;
    --_target: max(48px, 2.4em);
    --_focus: 0.25em solid var(--_primary);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host([care]) {
      --_surface-light: light-dark(#ffffff, #000000);
      --_text-light: light-dark(#000000, #ffffff);
      --_muted-light: light-dark(#3d3d3d, #d6d6d6);
      --_primary-light: light-dark(#0842a0, #c2d7ff);
      --_border-light: light-dark(#3d3d3d, #d6d6d6);
      --_danger-light: light-dark(#8c1d18, #ffd2cc);
      --_on-primary: light-dark(#ffffff, #000000);
    }
  }

  :host([hidden]) {
    display: none;
  }
`;

export const baseStyles = css`
  /* Specificity 0: any rule of a widget's own for .base wins, wherever it stands. */
  :where(.base) {
    all: initial;
  }
  .base {
    display: block;
    color-scheme: inherit;
    visibility: inherit;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font-family);
    /* In a calc() the engines take the size as given: a bare em of a keyword size is scaled again to the
       fixed-width default wherever the family is a lone monospace. */
    font-size: calc(var(--_font-size) + 0px);
    font-weight: normal;
    font-style: normal;
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    word-break: normal;
    font-variant-numeric: tabular-nums;
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: inherit;
  }
  /* A page without a doctype (quirks mode) gives every form a bottom margin of 1em in the UA stylesheet. */
  form {
    margin: 0;
  }
  /* Text from data is isolated so bidi control characters in it cannot reorder the text around it. */
  .text {
    unicode-bidi: isolate;
  }

  a {
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 0.125em;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.375em 1em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-size: max(var(--_min-control), 1em);
    line-height: max(var(--_min-line-height), 1.2);
    cursor: pointer;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  /* Care: a disabled button keeps its 7:1 text (no fading) and says so by a dashed border. */
  :host([care]) .button:disabled,
  :host([care]) .button[aria-disabled='true'] {
    opacity: 1;
    border-style: dashed;
  }
  /* Care: every link is a target of at least 48 × 48 px (WCAG's inline-link exception is not taken). */
  :host([care]) a[href] {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
  }

  /* The loading state: one line of text that says so, then a skeleton filling the space the content will take. */
  .loading {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .loading-text {
    margin: 0;
    color: var(--_muted);
  }
  .skeleton {
    flex: 1;
    border-radius: var(--_radius);
    background: repeating-linear-gradient(
      to bottom,
      var(--_tint) 0 1.25em,
      transparent 1.25em 2.5em
    );
    animation: gov-pulse 1.6s ease-in-out infinite;
  }
  @keyframes gov-pulse {
    50% {
      opacity: 0.55;
    }
  }

  .error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: max(0.5em, var(--_paragraph-space));
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.25em;
    border-radius: var(--_radius);
    color: var(--_text);
  }
  .error-title {
    margin: 0;
    font-weight: bold;
    color: var(--_danger);
  }
  .error-message {
    margin: 0;
  }

  .notice {
    margin: 0.75em 0 0;
    color: var(--_muted);
    font-size: var(--_font-small);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    .skeleton {
      background: none;
      border: 1px dashed CanvasText;
    }
    .error {
      border-color: CanvasText;
    }
  }
`;

/** Form controls, shared by the widgets that have them. */
export const controlStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: max(0.25em, var(--_paragraph-space));
  }
  .label {
    font-weight: bold;
  }
  .hint {
    color: var(--_muted);
    font-size: var(--_font-small);
  }
  .input {
    min-block-size: var(--_target);
    inline-size: 100%;
    padding: 0.375em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: max(var(--_min-control), 1em);
    line-height: max(var(--_min-line-height), 1.4);
  }
  /* Firefox fades placeholders to half opacity and engines default to about 4.6:1 grey: the muted colour instead
     (7:1 and more in every theme). */
  .input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  textarea.input {
    min-block-size: 6em;
    resize: vertical;
  }
  /* WebKit lays a select's chosen option out at full length and lets it widen every ancestor's scrollable
     area (a 20,000-character name scrolled the page sideways); paint containment keeps it inside the box. */
  select.input {
    contain: paint;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .field-error {
    color: var(--_danger);
    font-weight: bold;
  }
`;

/** Filter chips (toggle buttons in a list), shared by the widgets that have them. */
export const chipStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A chip is one line ("县发展和改革局", not "县发展和改革/局"): the list wraps between chips, and a chip
     only breaks when it is alone on its line and still wider than the widget, then between words (keep-all:
     never between two CJK characters; break-word only as a last resort, where a single word is that wide). */
  .chips > li {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .chip {
    max-inline-size: 100%;
    word-break: keep-all;
    overflow-wrap: break-word;
    min-block-size: var(--_target);
    padding: 0.25em 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: max(var(--_min-control), 1em);
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      outline: 0.2em solid Highlight;
    }
  }
`;
