/** What the form's controllers need from the element. */
import type { ReactiveControllerHost } from 'lit';
import type { LoadOptions } from '../../contract/index.js';
import type { UiLocale } from '../../contract/index.js';

export interface AskHost extends ReactiveControllerHost {
  readonly uiLocale: UiLocale;
  /** Time limit of a request, ms. */
  readonly requestTimeout: number;
  readonly loadOptions: LoadOptions;
  /** Moves focus to the element matching `selector` in the shadow root after the next render. */
  focusAfterUpdate(selector: string): void;
  /** Says `text` through the widget's polite live region. */
  announce(text: string): void;
  /** The technical cause of a failure, for the integrator. */
  warn(message: string): void;
}
