/** Checks the hostile-data tests share: nothing ran, no unsafe URL reached the DOM, no prototype changed. */
import { CANARY } from './corpus.js';

/** Every element under `root`, looking inside open shadow roots. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const child of node.querySelectorAll('*')) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) walk(root.shadowRoot);
  }
  walk(root);
  return out;
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite'];

/** Every URL-bearing attribute value under `root` that is not an http(s) URL (resolved against the page). */
export function unsafeUrlsIn(root: Element): string[] {
  const bad: string[] = [];
  for (const element of deepElements(root)) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      let protocol = '';
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        protocol = 'unparsable';
      }
      if (protocol !== 'http:' && protocol !== 'https:') bad.push(`<${element.localName} ${name}="${value.slice(0, 60)}">`);
    }
    if (element.getAttributeNames().some((attr) => attr.startsWith('on'))) bad.push(`<${element.localName}> has an on* attribute`);
  }
  return bad;
}

/** Elements that hostile markup would have created if it had been parsed as HTML. */
export function injectedElements(root: Element): string[] {
  return deepElements(root)
    .filter((el) => ['script', 'iframe', 'img', 'style', 'object', 'embed'].includes(el.localName))
    .filter((el) => !(el.localName === 'script' && el.getAttribute('type') === 'application/json' && el.parentElement === root))
    .filter((el) => !(el.localName === 'img' && /^https?:/.test(el.getAttribute('src') ?? '')))
    .map((el) => el.outerHTML.slice(0, 80));
}

export function nothingRan(): boolean {
  return (window as unknown as Record<string, unknown>)[CANARY] === undefined;
}

export function prototypesClean(): boolean {
  const probes: object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
  return probes.every((proto) => !Object.hasOwn(proto, 'polluted')) && ({} as Record<string, unknown>)['polluted'] === undefined;
}
