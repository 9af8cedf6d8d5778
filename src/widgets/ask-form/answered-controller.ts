/**
 * Pages of answered questions: the section's own list first, then each `answered_next_url` document,
 * loaded and validated through the contract, each cut into pages of {@link ANSWERED_PAGE_SIZE}. Visited
 * pages are kept, so going back costs no request. A next URL that names a document already shown (a loop,
 * A → B → A) ends the list there.
 */
import { loadAnsweredPage, type AnsweredQuestion } from '../../contract/index.js';
import type { AskHost } from './host.js';

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

  constructor(private readonly host: AskHost) {}

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
    this.host.warn(`${from}: answered_next_url ${next} leads back to a page already shown (a loop); the list ends here`);
    return undefined;
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
    this.host.focusAfterUpdate('#answered-heading');
    this.host.requestUpdate();
  };

  next = async (): Promise<void> => {
    if (this.loading) return;
    if (this.index + 1 < this.pages.length) {
      this.index++;
      this.host.focusAfterUpdate('#answered-heading');
      this.host.requestUpdate();
      return;
    }
    const url = this.current.next;
    if (!url) return;
    this.loading = true;
    this.failed = false;
    this.host.requestUpdate();
    const generation = this.#generation;
    try {
      const { page, issues, documentUrl } = await loadAnsweredPage(url, this.host.loadOptions);
      if (generation !== this.#generation) return; // the section was reloaded meanwhile
      if (issues.length) this.host.warn(`${documentUrl}: ${issues.length} problem(s): ${issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ')}`);
      this.#visited.add(withoutFragment(url));
      this.#visited.add(withoutFragment(documentUrl));
      const index = this.pages.length;
      this.pages = [...this.pages, ...paginate(page.answered, this.#unvisited(page.answered_next_url ?? undefined, documentUrl))];
      this.index = index;
      this.host.focusAfterUpdate('#answered-heading');
    } catch (error) {
      if (generation !== this.#generation) return;
      this.failed = true;
      this.host.warn(`answered page ${url}: ${(error as Error).message}`);
    } finally {
      if (generation === this.#generation) this.loading = false;
      this.host.requestUpdate();
    }
  };
}

const withoutFragment = (url: string): string => url.split('#')[0]!;
