/**
 * A widget's language: its own `lang` attribute, else the nearest ancestor's (across shadow roots), else
 * `zh-Hans`. One page-wide MutationObserver tells widgets when an ancestor's `lang` changes.
 */
import { canonicalLanguage, DEFAULT_LANGUAGE } from '../contract/localized.js';

/** The nearest non-empty `lang` at or above `element`, crossing shadow boundaries; `null` when none. */
export function inheritedLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const hit: Element | null = node.closest('[lang]:not([lang=""])');
    if (hit) return hit.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The canonical language of an element (see {@link canonicalLanguage}). */
export function elementLanguage(element: Element): string {
  const lang = inheritedLang(element);
  return lang === null ? DEFAULT_LANGUAGE : canonicalLanguage(lang);
}

export interface LanguageListener {
  languageChanged(): void;
}

const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;

/** Calls `listener.languageChanged()` whenever a `lang` attribute changes anywhere in the document. */
export function watchLanguage(listener: LanguageListener): void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const l of listeners) l.languageChanged();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unwatchLanguage(listener: LanguageListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
