/**
 * Typed events. Every gov-widgets event bubbles and is composed, so a page listens on `document`.
 * Widgets declare their own events by extending {@link GovEventMap} and `GlobalEventHandlersEventMap`.
 */
import type { ContractErrorCode } from '../contract/errors.js';
import type { Issue } from '../contract/check.js';
import type { SectionName } from '../contract/types.js';

/** `gov-load`: the widget has data and shows it. */
export interface GovLoadDetail {
  readonly section: SectionName;
  /** How many records the widget received (items, accounts, answered questions). */
  readonly count: number;
  /** Problems found item by item; left-out items carry `skipped`. */
  readonly issues: readonly Issue[];
  /** URL of the section document, when it came from the network. */
  readonly url: string | undefined;
}

/** `gov-error`: the widget shows an error instead of data. */
export interface GovErrorDetail {
  readonly code: ContractErrorCode;
  /** What the reader is told, in the widget's language. */
  readonly message: string;
  /** Whether the widget offers a retry. */
  readonly retryable: boolean;
  readonly url: string | undefined;
  /** The technical cause, in English. */
  readonly cause: string;
}

export interface GovEventMap {
  'gov-load': GovLoadDetail;
  'gov-error': GovErrorDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-load': CustomEvent<GovLoadDetail>;
    'gov-error': CustomEvent<GovErrorDetail>;
  }
}

/**
 * Dispatches a bubbling, composed CustomEvent. Returns `false` when a listener called `preventDefault()` on a
 * cancelable event.
 */
export function emit<M extends object, K extends keyof M & string>(
  target: EventTarget,
  type: K,
  detail: M[K],
  options: { cancelable?: boolean } = {},
): boolean {
  const event = new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  return target.dispatchEvent(event);
}
