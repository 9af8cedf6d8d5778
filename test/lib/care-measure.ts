/**
 * Measures what a reader sees of a widget in the browser, for the care-mode figures (适老化,
 * test/readers/care.test.ts): every visible character with its computed font size, line height and contrast
 * against the background it is painted on, and the box of every interactive element.
 *
 * - Text: every text node of the widget's shadow tree (nested shadow roots too) that is rendered and not
 *   visually hidden (clipped to 1 px, `visibility: hidden`, `opacity: 0`), plus what a control shows itself: an
 *   input's or textarea's value, else its placeholder (with the placeholder's own colour and opacity), and a
 *   select's chosen option. Characters are code points other than white space.
 * - Title: text inside `h1`–`h6`. Control text: text inside `button`, `[role="tab"]`, `input`, `select`,
 *   `textarea` (what a reader presses or types in).
 * - Contrast: the text colour painted over the backgrounds of its ancestors up to the page's canvas (white), with
 *   every colour's alpha and every ancestor's `opacity` applied, as the engine composites them.
 * - Targets: `a[href]`, `button`, `select`, `textarea`, `summary`, `[role="tab"]` and inputs other than
 *   radio and checkbox, by their border box; a radio or checkbox by the box of its label when clicking that
 *   label activates it (checked separately, by clicking, in `labelTargetsActivate`), else its own box.
 * - Line height: every text but a select's (a single line the engine lays out itself; Chromium ignores
 *   `line-height` there).
 * - Paragraph spacing: a block of text that wraps onto two or more lines must be separated from the text blocks
 *   stacked directly above and below it (its siblings) by more than its own line gap (line height − font size).
 */

export interface TextSample {
  readonly where: string;
  readonly text: string;
  readonly chars: number;
  readonly fontSize: number;
  /** Computed line height ÷ font size; `NaN` for `normal`. */
  readonly lineHeight: number;
  readonly contrast: number;
  readonly title: boolean;
  readonly control: boolean;
}

export interface TargetSample {
  readonly where: string;
  readonly width: number;
  readonly height: number;
}

export interface SpacingSample {
  readonly where: string;
  readonly gap: number;
  readonly lineGap: number;
}

export interface Measurement {
  readonly texts: TextSample[];
  readonly targets: TargetSample[];
  readonly spacing: SpacingSample[];
}

/** The care figures (README "care", docs/decisions/0015-care-mode-figures.md). */
export const CARE = {
  minFontSize: 18,
  bodyFontSize: 20,
  bodyShare: 0.9,
  titleFontSize: 22,
  controlFontSize: 22,
  lineHeight: 1.5,
  contrast: 7,
  target: 48,
} as const;

type Rgba = readonly [r: number, g: number, b: number, a: number];

const WHITE: Rgba = [1, 1, 1, 1];

/** A computed colour: `rgb()`/`rgba()` (comma or space syntax) or `color(srgb …)`, as the engines give them. */
export function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] ? 100 : 1);
    return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255, alpha];
  }
  const srgb = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+)(%?))?\s*\)$/.exec(value);
  if (srgb) {
    const alpha = srgb[4] === undefined ? 1 : Number(srgb[4]) / (srgb[5] ? 100 : 1);
    return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), alpha];
  }
  if (value === 'transparent') return [0, 0, 0, 0];
  throw new Error(`care-measure: a colour it cannot read: ${value}`);
}

/** `top` painted over the opaque `bottom`, with `top`'s alpha times `opacity`. */
const over = (top: Rgba, bottom: Rgba, opacity = 1): Rgba => {
  const a = top[3] * opacity;
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
};

const luminance = ([r, g, b]: Rgba): number => {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

export const contrastRatio = (a: Rgba, b: Rgba): number => {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
};

// Type tests by node type and name, not instanceof: a host page in an iframe has its own HTMLInputElement.
const isShadowRoot = (node: Node): node is ShadowRoot => node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
const isInput = (el: Element): el is HTMLInputElement => el.localName === 'input';
const isTextArea = (el: Element): el is HTMLTextAreaElement => el.localName === 'textarea';
const isSelect = (el: Element): el is HTMLSelectElement => el.localName === 'select';
const isHtml = (el: Element): el is HTMLElement => el.namespaceURI === 'http://www.w3.org/1999/xhtml';

/** The parent in the composed tree (a shadow root's host). */
const parentOf = (el: Element): Element | null => {
  const parent = el.parentNode;
  if (!parent) return null;
  if (isShadowRoot(parent)) return parent.host;
  return isElement(parent) ? parent : null;
};

const ancestry = (el: Element): Element[] => {
  const chain: Element[] = [];
  for (let e: Element | null = el; e; e = parentOf(e)) chain.push(e);
  return chain;
};

const styleOf = (el: Element, pseudo?: string): CSSStyleDeclaration => el.ownerDocument.defaultView!.getComputedStyle(el, pseudo);

/**
 * The glyph's and the background's colours where a text of colour `text` (alpha already in it) is painted inside
 * `el`: backgrounds and opacities of every ancestor, outermost first, over a white canvas.
 */
function paintedColours(el: Element, text: Rgba): { glyph: Rgba; background: Rgba } {
  const chain = ancestry(el).reverse();
  // Each step: the colour beneath an element's content, then its opacity mixes its subtree back over what was
  // beneath it. Computed recursively from the outside in.
  const paint = (index: number, beneath: Rgba): { glyph: Rgba; background: Rgba } => {
    if (index === chain.length) return { glyph: over(text, beneath), background: beneath };
    const style = styleOf(chain[index]!);
    const own = over(parseColor(style.backgroundColor), beneath);
    const inner = paint(index + 1, own);
    const opacity = Number(style.opacity);
    if (opacity >= 1) return inner;
    return { glyph: over(inner.glyph, beneath, opacity), background: over(inner.background, beneath, opacity) };
  };
  return paint(0, WHITE);
}

/** Clipped to a pixel, invisible, or transparent: present for assistive technology only. */
export function visuallyHidden(el: Element): boolean {
  if (styleOf(el).visibility !== 'visible') return true;
  for (const e of ancestry(el)) {
    const style = styleOf(e);
    if (style.display === 'none' || Number(style.opacity) === 0) return true;
    if (style.display === 'contents') continue;
    const box = e.getBoundingClientRect();
    const clips = style.overflow !== 'visible' || style.clipPath !== 'none' || (style.clip !== 'auto' && style.clip !== '');
    if (clips && (box.width <= 1 || box.height <= 1)) return true;
  }
  return false;
}

const countChars = (text: string): number => [...text.replace(/\s+/g, '')].length;

const describe = (el: Element): string => {
  const part = el.getAttribute('part');
  const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  return `${el.localName}${cls}${part ? `[part=${part}]` : ''}`;
};

const TITLE = 'h1, h2, h3, h4, h5, h6';
const CONTROL = 'button, [role="tab"], input, select, textarea';

const closestComposed = (el: Element, selector: string): boolean => ancestry(el).some((e) => e.matches(selector));

function sample(el: Element, text: string, style: CSSStyleDeclaration, colour: Rgba): TextSample {
  const fontSize = parseFloat(style.fontSize);
  const lineHeight = style.lineHeight === 'normal' ? Number.NaN : parseFloat(style.lineHeight) / fontSize;
  const { glyph, background } = paintedColours(el, colour);
  return {
    where: describe(el),
    text: text.trim().slice(0, 24),
    chars: countChars(text),
    fontSize,
    lineHeight,
    contrast: contrastRatio(glyph, background),
    title: closestComposed(el, TITLE),
    control: closestComposed(el, CONTROL),
  };
}

const TEXT_INPUT = /^(text|search|email|tel|url|number|password|date)$/;

function* shadowElements(root: ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* shadowElements(el.shadowRoot);
  }
}

function rendered(node: Text): boolean {
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0);
}

function textSamples(root: ShadowRoot): TextSample[] {
  const out: TextSample[] = [];
  for (const el of shadowElements(root)) {
    if (['STYLE', 'SCRIPT', 'TEMPLATE', 'SLOT', 'OPTION', 'SELECT', 'TEXTAREA'].includes(el.tagName)) continue;
    if (el.closest('svg')) continue;
    const own = [...el.childNodes].filter((n): n is Text => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!own.length) continue;
    if (visuallyHidden(el)) continue;
    const style = styleOf(el);
    for (const node of own) {
      if (rendered(node)) out.push(sample(el, node.textContent, style, parseColor(style.color)));
    }
  }
  // What controls show themselves: value, else placeholder; a select's chosen option.
  for (const el of shadowElements(root)) {
    if (!(isInput(el) || isTextArea(el) || isSelect(el))) continue;
    if (isInput(el) && !TEXT_INPUT.test(el.type)) continue;
    if (visuallyHidden(el) || el.getBoundingClientRect().width === 0) continue;
    const style = styleOf(el);
    if (isSelect(el)) {
      const chosen = el.selectedOptions[0]?.textContent ?? '';
      if (chosen.trim()) out.push(sample(el, chosen, style, parseColor(style.color)));
    } else if (el.value) {
      out.push(sample(el, el.value, style, parseColor(style.color)));
    } else if (el.placeholder) {
      const placeholder = styleOf(el, '::placeholder');
      const [r, g, b, a] = parseColor(placeholder.color);
      const opacity = Number(placeholder.opacity || '1');
      // Laid out in the field's own line box and font: only the colour is the placeholder's.
      const s = sample(el, el.placeholder, style, [r, g, b, a * opacity]);
      out.push({ ...s, where: `${s.where}::placeholder` });
    }
  }
  return out;
}

const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [role="tab"]';

function targetSamples(root: ShadowRoot): TargetSample[] {
  const out: TargetSample[] = [];
  for (const el of shadowElements(root)) {
    if (!el.matches(INTERACTIVE)) continue;
    if (isInput(el) && el.type === 'hidden') continue;
    if (visuallyHidden(el)) continue;
    let box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    let where = describe(el);
    if (isInput(el) && (el.type === 'radio' || el.type === 'checkbox')) {
      const label = [...(el.labels ?? [])].filter((l) => !visuallyHidden(l)).sort((a, b) => area(b) - area(a))[0];
      if (label && area(label) > box.width * box.height) {
        box = label.getBoundingClientRect();
        where = `${where} (label row)`;
      }
    }
    out.push({ where: `${where} "${(el.textContent ?? '').trim().slice(0, 16)}"`, width: box.width, height: box.height });
  }
  return out;
}

const area = (el: Element): number => {
  const r = el.getBoundingClientRect();
  return r.width * r.height;
};

const INLINE = /^inline/;

/** A block laid out as lines of text: its own text, and only inline children. */
function textBlock(el: Element): boolean {
  const style = styleOf(el);
  if (INLINE.test(style.display) || style.display === 'none' || style.display === 'contents') return false;
  const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
  return hasText && [...el.children].every((c) => INLINE.test(styleOf(c).display) || styleOf(c).display === 'none');
}

function spacingSamples(root: ShadowRoot): SpacingSample[] {
  const out: SpacingSample[] = [];
  for (const el of shadowElements(root)) {
    if (!textBlock(el) || visuallyHidden(el)) continue;
    const style = styleOf(el);
    const fontSize = parseFloat(style.fontSize);
    const lineHeight = parseFloat(style.lineHeight);
    const box = el.getBoundingClientRect();
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    // A paragraph: it wraps onto two or more lines.
    if (Number.isNaN(lineHeight) || box.height - padding < lineHeight * 1.9) continue;
    const lineGap = lineHeight - fontSize;
    for (const [sibling, below] of [
      [el.previousElementSibling, false],
      [el.nextElementSibling, true],
    ] as const) {
      if (!sibling || visuallyHidden(sibling) || !(sibling.textContent ?? '').trim()) continue;
      const other = sibling.getBoundingClientRect();
      if (other.height === 0) continue;
      // Stacked: overlapping columns, one entirely above the other.
      const stacked = other.left < box.right && box.left < other.right && (below ? other.top >= box.bottom - 0.5 : other.bottom <= box.top + 0.5);
      if (!stacked) continue;
      const gap = below ? other.top - box.bottom : box.top - other.bottom;
      out.push({ where: `${describe(el)} ${below ? '→' : '←'} ${describe(sibling)}`, gap, lineGap });
    }
  }
  return out;
}

const shadowOf = (widget: Element): ShadowRoot => {
  if (!widget.shadowRoot) throw new Error(`<${widget.localName}> has no shadow root`);
  return widget.shadowRoot;
};

/** Every text a reader sees in one widget (what controls show included), with its size and contrast. */
export const visibleTexts = (widget: Element): TextSample[] => textSamples(shadowOf(widget));

/** Everything the care figures are about, in one widget. */
export function measure(widget: Element): Measurement {
  const root = shadowOf(widget);
  return { texts: textSamples(root), targets: targetSamples(root), spacing: spacingSamples(root) };
}

/** Merges measurements (of several widgets or states) into one. */
export const merge = (...all: Measurement[]): Measurement => ({
  texts: all.flatMap((m) => m.texts),
  targets: all.flatMap((m) => m.targets),
  spacing: all.flatMap((m) => m.spacing),
});

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** The character-weighted font-size distribution, for the failure message and the log. */
export function distribution(m: Measurement): string {
  const bySize = new Map<number, number>();
  let total = 0;
  for (const t of m.texts) {
    const size = round(t.fontSize, 1);
    bySize.set(size, (bySize.get(size) ?? 0) + t.chars);
    total += t.chars;
  }
  const rows = [...bySize].sort(([a], [b]) => a - b).map(([size, chars]) => `${size} px: ${chars} (${round((chars / total) * 100, 1)} %)`);
  const minContrast = Math.min(...m.texts.map((t) => t.contrast));
  const minLineHeight = Math.min(...m.texts.map((t) => (Number.isNaN(t.lineHeight) ? 0 : t.lineHeight)));
  return `${total} characters; ${rows.join(', ')}; line height ≥ ${round(minLineHeight)}; contrast ≥ ${round(minContrast)}:1; ${m.targets.length} targets`;
}

/** Every way the measurement misses the care figures; empty when it meets them all. */
export function careProblems(m: Measurement): string[] {
  const problems: string[] = [];
  const total = m.texts.reduce((n, t) => n + t.chars, 0);
  const body = m.texts.filter((t) => t.fontSize >= CARE.bodyFontSize - 0.05).reduce((n, t) => n + t.chars, 0);
  if (total === 0) problems.push('no visible text measured');
  else if (body / total < CARE.bodyShare) problems.push(`only ${round((body / total) * 100, 1)} % of characters at ≥ ${CARE.bodyFontSize} px`);
  const seen = new Set<string>();
  const once = (message: string) => {
    if (!seen.has(message)) problems.push(message);
    seen.add(message);
  };
  for (const t of m.texts) {
    const at = `${t.where} "${t.text}"`;
    if (t.fontSize < CARE.minFontSize - 0.05) once(`${at}: ${t.fontSize} px < ${CARE.minFontSize}`);
    if (t.title && t.fontSize < CARE.titleFontSize - 0.05) once(`${at}: title ${t.fontSize} px < ${CARE.titleFontSize}`);
    if (t.control && t.fontSize < CARE.controlFontSize - 0.05) once(`${at}: control text ${t.fontSize} px < ${CARE.controlFontSize}`);
    // A select's one line of text is laid out by the engine (Chromium computes its line height as normal).
    if (!(t.lineHeight >= CARE.lineHeight - 0.005) && !t.where.includes('select')) once(`${at}: line height ${round(t.lineHeight)} < ${CARE.lineHeight}`);
    if (t.contrast < CARE.contrast) once(`${at}: contrast ${round(t.contrast)}:1 < ${CARE.contrast}:1`);
  }
  for (const t of m.targets) {
    if (t.width < CARE.target - 0.5 || t.height < CARE.target - 0.5) once(`${t.where}: target ${round(t.width, 1)} × ${round(t.height, 1)} px`);
  }
  for (const s of m.spacing) {
    if (!(s.gap > s.lineGap)) once(`${s.where}: paragraph spacing ${round(s.gap, 1)} px ≤ line gap ${round(s.lineGap, 1)} px`);
  }
  return problems;
}

/**
 * Clicks the middle of each radio's and checkbox's label row (as a finger would, at the element found there) and
 * returns those whose control it did not activate; each control is left as it was.
 */
export function labelTargetsActivate(widget: Element): string[] {
  const failed: string[] = [];
  const root = widget.shadowRoot!;
  for (const el of shadowElements(root)) {
    if (!isInput(el) || (el.type !== 'radio' && el.type !== 'checkbox') || visuallyHidden(el)) continue;
    const label = [...(el.labels ?? [])].filter((l) => !visuallyHidden(l)).sort((a, b) => area(b) - area(a))[0];
    if (!label) continue;
    label.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = label.getBoundingClientRect();
    const home = el.getRootNode();
    const at = isShadowRoot(home) ? home.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) : null;
    const before = el.checked;
    const checkedRadio =
      el.type === 'radio' ? [...root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${el.name}"]`)].find((r) => r.checked) : undefined;
    if (el.type === 'radio') el.checked = false;
    if (at && label.contains(at) && isHtml(at)) at.click();
    const activated = el.type === 'radio' ? el.checked : el.checked !== before;
    if (!activated) failed.push(`${describe(el)} (${label.textContent?.trim().slice(0, 16)}): clicking its label row did not activate it`);
    // Back as it was.
    if (el.type === 'checkbox' && el.checked !== before) el.click();
    if (el.type === 'radio') {
      if (checkedRadio && checkedRadio !== el) checkedRadio.click();
      else el.checked = before;
    }
  }
  return failed;
}
