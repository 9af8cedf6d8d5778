/**
 * Code a widget needs only after the reader does something (opens a secondary view, turns on reading aloud),
 * loaded with a dynamic `import()` the first time it is needed. The bundler makes each such import a chunk of
 * its own (dist/chunks/, fetched relative to the bundle), so a first visit downloads only what the first screen
 * draws. See docs/architecture.md, "Lazy views".
 *
 * The state is the host's to draw (src/core/view/lazy.ts draws it for a view): while the chunk loads the reader
 * sees that it loads, and when it fails a message with a retry, never an empty box; the cause goes to
 * `console.warn`.
 */
import type { ReactiveControllerHost } from 'lit';
import { warn } from './report.js';

export type LazyState<T> =
  { readonly status: 'idle' } | { readonly status: 'loading' } | { readonly status: 'ready'; readonly module: T } | { readonly status: 'failed' };

/** Every lazy module of a host, for {@link lazySettled}. */
const byHost = new WeakMap<Element, Set<LazyModule<unknown>>>();

/**
 * Whether one of `host`'s lazy modules is loading; if so, resolves `true` once none is (the host has then asked
 * for the update that draws it). The element's `updateComplete` waits for it, so a test or a page script that
 * awaits an update after opening a view finds the view drawn.
 */
export async function lazySettled(host: Element): Promise<boolean> {
  const loading = [...(byHost.get(host) ?? [])].filter((lazy) => lazy.state.status === 'loading');
  if (loading.length === 0) return false;
  await Promise.all(loading.map((lazy) => lazy.settled));
  return true;
}

export class LazyModule<T> {
  readonly #host: ReactiveControllerHost & Element;
  readonly #what: string;
  readonly #load: () => Promise<T>;
  #state: LazyState<T> = { status: 'idle' };
  #pending: Promise<void> | undefined;

  /**
   * @param what names the code in the warning when it fails to load (`the lookup view`).
   * @param load the dynamic `import()`, written out at the call site so that the bundler sees it.
   */
  constructor(host: ReactiveControllerHost & Element, what: string, load: () => Promise<T>) {
    this.#host = host;
    this.#what = what;
    this.#load = load;
    let all = byHost.get(host);
    if (!all) byHost.set(host, (all = new Set()));
    all.add(this);
  }

  get state(): LazyState<T> {
    return this.#state;
  }

  /** The module once loaded. */
  get module(): T | undefined {
    return this.#state.status === 'ready' ? this.#state.module : undefined;
  }

  /**
   * Starts loading, unless it is loaded or loading; after a failure, tries again (an engine that remembers a
   * failed module fetch fails again at once, and a reload of the page is the way out there). The host updates
   * when the load starts and when it ends. Never rejects.
   */
  load(): Promise<void> {
    if (this.#state.status === 'ready') return Promise.resolve();
    if (this.#pending) return this.#pending;
    this.#state = { status: 'loading' };
    this.#host.requestUpdate();
    this.#pending = this.#load().then(
      (module) => {
        this.#state = { status: 'ready', module };
      },
      (error: unknown) => {
        warn(this.#host, `${this.#what}: its code could not be loaded; the reader can try again`, error);
        this.#state = { status: 'failed' };
      },
    );
    void this.#pending.then(() => {
      this.#pending = undefined;
      this.#host.requestUpdate();
    });
    return this.#pending;
  }

  /**
   * Starts loading unless it was asked for before: what an update calls when it draws something that needs the
   * code. After a failure it waits for the reader's retry ({@link load}), so a chunk that keeps failing is not
   * fetched again on every update.
   */
  want(): void {
    if (this.#state.status === 'idle') void this.load();
  }

  /** Settles when no load is in progress (at once when none is). */
  get settled(): Promise<void> {
    return this.#pending ?? Promise.resolve();
  }
}
