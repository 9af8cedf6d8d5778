/**
 * What the form's controllers are given: the element, through its public surface only (updates, its UI
 * locale, the time limit), and the form's own tools, which the element hands over privately — so the element
 * needs no public methods for its controllers.
 */
import type { ReactiveControllerHost } from 'lit';
import type { UiLocale } from '../../../contract/index.js';
import type { PagedDataController } from '../../../core/data-controller.js';
import type { FocusTarget } from '../../../core/focus.js';
import type { AskModel } from '../model.js';

export interface AskHost extends ReactiveControllerHost, Element {
  readonly uiLocale: UiLocale;
  /** Time limit of a request, ms. */
  readonly requestTimeout: number;
}

export interface AskTools {
  /** The element's data: further pages of answered questions load through it. */
  readonly loader: PagedDataController<'questions', AskModel>;
  /** Moves focus to `target` after the next render (the element's {@link FocusAfterUpdate}). */
  focus(target: FocusTarget): void;
  /** Says `text` through the form's polite live region; the same text twice is announced twice. */
  announce(text: string): void;
  /** The language a question is sent in (the payload's `locale`). */
  payloadLocale(): string;
  /** The honeypot's value, read from the DOM at submit time. */
  honeypotValue(): string;
}
