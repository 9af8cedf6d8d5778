/**
 * Read aloud (语音阅读) with the browser's own `speechSynthesis`: no service, no request. What every bundle
 * carries is only this: whether a widget reads aloud (`care`, or the `read-aloud` attribute) and the text of an
 * item. The reading itself (voices, the button, Esc; src/core/speech.ts) is a chunk loaded where a widget reads
 * aloud and the browser can speak. See docs/decisions/0017-read-aloud.md.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UiLocale } from '../contract/localized.js';
import type { Msg } from './i18n.js';
import { LazyModule } from './lazy.js';
import type * as SpeechCode from './speech.js';

export interface ReadAloudHost extends ReactiveControllerHost, Element {
  /** Care mode turns reading aloud on where no `read-aloud` attribute says otherwise. */
  readonly care: boolean;
  /** The `read-aloud` attribute: absent (follow `care`), `off`, or anything else for on. */
  readonly readAloud?: string | null | undefined;
  readonly uiLocale: UiLocale;
  readonly renderRoot: ParentNode;
}

/** What a view needs to draw the buttons: the key of the item being read, and the way to start or stop one. */
export interface Speaker {
  readonly speaking: string | undefined;
  toggle(key: string, text: string): void;
  /** The button of item `key` (src/core/view/read-aloud.ts says what each argument is). */
  button(msg: Msg, key: string, name: string, text: () => string, part: string): unknown;
}

export class ReadAloud implements ReactiveController {
  readonly #host: ReadAloudHost;
  readonly #code: LazyModule<typeof SpeechCode>;
  #speech: SpeechCode.Speech | undefined;

  constructor(host: ReadAloudHost) {
    this.#host = host;
    this.#code = new LazyModule(host, 'reading aloud', () => import('./speech.js'));
    host.addController(this);
  }

  hostUpdate(): void {
    const setting = this.#host.readAloud;
    const wanted = setting == null ? this.#host.care : setting !== 'off';
    // Once: a chunk that failed stays failed (warned), with no button, rather than fetched on every update.
    if (wanted && typeof speechSynthesis === 'object') this.#code.want();
    const code = this.#code.module;
    if (code && !this.#speech) this.#speech = new code.Speech(this.#host);
  }

  /** What the views draw read-aloud buttons with; `undefined` when there are to be none (off, no voice, not loaded). */
  get speaker(): Speaker | undefined {
    return this.#speech?.speaker;
  }
}

/**
 * The text to read for one item: its parts as sentences in the widget's language, each a value or a
 * `[label, value]` pair; empty ones left out, no stop added after a part that ends a sentence itself. Plain
 * text from the same model text the view shows, never HTML.
 */
export function spokenText(locale: string, parts: readonly (string | undefined | readonly [string, string | undefined])[]): string {
  const zh = locale !== 'en';
  return parts
    .map((part) => (typeof part === 'object' ? (part[1] ? part[0] + (zh ? '：' : ': ') + part[1] : '') : (part ?? '')).trim())
    .reduce((all, part) => (!part ? all : !all ? part : all + (/[。！？.!?]$/.test(all) ? (zh ? '' : ' ') : zh ? '。' : '. ') + part), '');
}
