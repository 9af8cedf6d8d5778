/** Bidi checks for the widgets' tests: what order the reader sees characters in, not what the DOM holds. */

/** FSI, LRI, RLI and PDI: zero-width, not part of what a reader sees. */
const ISOLATES = /[\u2066-\u2069]/;

/**
 * The characters of `element`'s text as laid out on screen, left to right (one line expected), isolate
 * characters left out. Each character's box comes from a Range, so this is the visual order bidi produced.
 */
export function visualOrder(element: Element): string {
  const boxes: { char: string; left: number }[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (ISOLATES.test(char) || /\s/.test(char)) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      if (box.width > 0) boxes.push({ char, left: box.left });
    }
  }
  return boxes
    .sort((a, b) => a.left - b.left)
    .map((b) => b.char)
    .join('');
}
