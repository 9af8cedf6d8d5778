/**
 * Focus after an update: the one way a widget moves focus to something its next render creates (a heading
 * after paging, the first chip a "show all" revealed, the retry button after a retry). Keyboard and screen
 * reader users keep their place when the control they used goes away.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What to focus: a selector in the shadow root, or a function that finds the element. A function that
 * returns `undefined` is asked again after the next update (what it waits for has not rendered yet); `null`
 * means there is nothing to focus.
 */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

export class FocusAfterUpdate implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  #target: FocusTarget | undefined;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses `target` once the host has updated (and asks for that update). The last request wins. */
  request(target: FocusTarget): void {
    this.#target = target;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#target;
    if (target === undefined) return;
    const element = typeof target === 'string' ? this.#host.renderRoot.querySelector<HTMLElement>(target) : target();
    if (element === undefined) return;
    this.#target = undefined;
    element?.focus();
  }
}

/**
 * Where a reader continues after more items appeared (the next page of a list, more answered questions): the
 * first new item's link, else its heading, made focusable by script (`tabindex="-1"`: not a tab stop). Focus
 * left on the button would leave the reader far below what they asked for. `null` when there is no such item.
 */
export function itemStart(item: Element | null | undefined, heading: string): HTMLElement | null {
  const title = item?.querySelector<HTMLElement>(heading);
  if (!title) return null;
  const link = title.querySelector<HTMLElement>('a[href]');
  if (link) return link;
  title.tabIndex = -1;
  return title;
}
