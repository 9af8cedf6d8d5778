/**
 * Pages of answered questions: the section's own list first, then each `answered_next_url` document,
 * loaded and validated through the element's data controller (its load options, its issue reports; a page
 * that arrives after the section was reloaded is dropped there), each cut into pages of {@link ANSWERED_PAGE_SIZE}. Visited
 * pages are kept, so going back costs no request. A next URL that names a document already shown (a loop,
 * A → B → A) ends the list there.
 */
import { loadAnsweredPage, type AnsweredQuestion } from '../../../contract/index.js';
import { itemStart } from '../../../core/focus.js';
import { warn } from '../../../core/report.js';
import type { AskHost, AskTools } from './host.js';

interface Page {
  readonly items: readonly AnsweredQuestion[];
  readonly next: string | undefined;
}

/** The most answered questions one page shows: a document that lists thousands keeps the DOM small. */
export const ANSWERED_PAGE_SIZE = 20;

/** A document's list as pages of {@link ANSWERED_PAGE_SIZE}; the last one leads to the document's `next`. */
function paginate(items: readonly AnsweredQuestion[], next: string | undefined): Page[] {
  const pages: Page[] = [];
  for (let start = 0; start < items.length || pages.length === 0; start += ANSWERED_PAGE_SIZE) {
    const end = start + ANSWERED_PAGE_SIZE;
    pages.push({ items: items.slice(start, end), next: end >= items.length ? next : undefined });
  }
  return pages;
}

export class AnsweredController {
  pages: Page[] = [];
  index = 0;
  loading = false;
  failed = false;
  /** Bumped by reset(): a page that arrives for an older list is dropped. */
  #generation = 0;
  /** The documents shown so far (without fragment): a next URL among them is a loop. */
  #visited = new Set<string>();

  constructor(
    private readonly host: AskHost,
    private readonly tools: AskTools,
  ) {}

  /** Starts over from the section's own list. */
  reset(items: readonly AnsweredQuestion[], next: string | undefined, documentUrl?: string): void {
    this.#generation++;
    this.#visited = new Set(documentUrl !== undefined ? [withoutFragment(documentUrl)] : []);
    this.pages = paginate(items, this.#unvisited(next, documentUrl ?? 'the questions document'));
    this.index = 0;
    this.loading = false;
    this.failed = false;
  }

  /** `next`, unless it names a document already shown (then the list ends, with a warning). */
  #unvisited(next: string | undefined, from: string): string | undefined {
    if (next === undefined || !this.#visited.has(withoutFragment(next))) return next;
    warn(this.host, `${from}: answered_next_url ${next} leads back to a page already shown (a loop); the list ends here`);
    return undefined;
  }

  /**
   * After paging: focus on the first question of the page shown, where the reader goes on reading (the pager is
   * far below it; the page heading says only the page number).
   */
  #focusFirstItem(): void {
    this.tools.focus(() => {
      const root = this.host.shadowRoot;
      if (!root) return null;
      return itemStart(root.querySelector('[part~="answered-item"]'), '.answered-title') ?? root.querySelector<HTMLElement>('#answered-heading');
    });
  }

  get current(): Page {
    return this.pages[this.index] ?? { items: [], next: undefined };
  }

  get hasNext(): boolean {
    return this.index + 1 < this.pages.length || this.current.next !== undefined;
  }

  previous = (): void => {
    if (this.index === 0) return;
    this.index--;
    this.failed = false;
    this.#focusFirstItem();
  };

  next = async (): Promise<void> => {
    if (this.loading) return;
    if (this.index + 1 < this.pages.length) {
      this.index++;
      this.#focusFirstItem();
      return;
    }
    const url = this.current.next;
    if (!url) return;
    this.loading = true;
    this.failed = false;
    this.host.requestUpdate();
    const generation = this.#generation;
    try {
      const loaded = await this.tools.loader.appendPage('answered page', url, loadAnsweredPage);
      if (!loaded || generation !== this.#generation) return; // the section was reloaded meanwhile
      const { page, documentUrl } = loaded;
      this.#visited.add(withoutFragment(url));
      this.#visited.add(withoutFragment(documentUrl));
      const index = this.pages.length;
      this.pages = [...this.pages, ...paginate(page.answered, this.#unvisited(page.answered_next_url ?? undefined, documentUrl))];
      this.index = index;
      this.#focusFirstItem();
    } catch {
      // Reported by the loader; the list stays, with the message under it.
      if (generation !== this.#generation) return;
      this.failed = true;
    } finally {
      if (generation === this.#generation) this.loading = false;
      this.host.requestUpdate();
    }
  };
}

const withoutFragment = (url: string): string => url.split('#')[0]!;
