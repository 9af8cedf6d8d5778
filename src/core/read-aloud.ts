/**
 * Read aloud (语音阅读) with the browser's own `speechSynthesis`: no service, no request. One controller per
 * widget tracks whether the browser has an on-device voice for the widget's language (voices arrive late, with
 * `voiceschanged`), which of the widget's items is being read, and Esc. One item speaks at a time on the whole
 * page: starting one stops any other. See docs/decisions/0017-read-aloud.md.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UiLocale } from '../contract/localized.js';

export interface ReadAloudHost extends ReactiveControllerHost {
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
}

// Voice tags as browsers give them (`zh-CN`, `zh_CN`, `cmn-Hans-CN`, `zh-HK`, `en-GB`), lower case, `-` only.
const VOICE_LANGUAGES: Record<UiLocale, RegExp> = {
  'zh-Hans': /^(zh|cmn)(-hans)?(-(cn|sg))?$/,
  'zh-Hant': /^(zh|cmn|yue)(-hant)?-(tw|hk|mo)$|^zh-hant$/,
  en: /^en(-|$)/,
};

const synth = (): SpeechSynthesis | undefined =>
  typeof speechSynthesis === 'object' && typeof SpeechSynthesisUtterance === 'function' ? speechSynthesis : undefined;

/** Stops the one controller on the page whose item is being read. */
let active: (() => void) | undefined;

export class ReadAloud implements ReactiveController, Speaker {
  readonly #host: ReadAloudHost;
  #synth: SpeechSynthesis | undefined;
  #utterance: SpeechSynthesisUtterance | undefined;
  /** The key of the item being read. */
  speaking: string | undefined;

  constructor(host: ReadAloudHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#synth = synth();
    this.#synth?.addEventListener('voiceschanged', this.#voicesChanged);
  }

  hostDisconnected(): void {
    this.#synth?.removeEventListener('voiceschanged', this.#voicesChanged);
    this.stop();
  }

  hostUpdated(): void {
    // Turned off, the voice gone, or the item's button no longer drawn (another page, a filter): nothing but Esc
    // could stop the reading, so it stops now; with no button to redraw, without another update.
    const key = this.speaking;
    if (key !== undefined && !(this.speaker && this.#host.renderRoot.querySelector(`[data-read-aloud="${CSS.escape(key)}"]`))) this.#stop(false);
  }

  /** This controller when the widget draws read-aloud buttons (on, and a voice for its language), else `undefined`. */
  get speaker(): Speaker | undefined {
    const setting = this.#host.readAloud;
    return (setting == null ? this.#host.care : setting !== 'off') && this.#voice() ? this : undefined;
  }

  /** Reads `text` as item `key`, or stops when `key` is the item being read. */
  toggle(key: string, text: string): void {
    const again = this.speaking === key;
    active?.();
    const voice = this.#voice();
    if (again || !voice || !this.#synth) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = utterance.onerror = () => {
      if (this.#utterance === utterance) this.#clear();
    };
    this.#utterance = utterance;
    this.speaking = key;
    active = this.stop;
    document.addEventListener('keydown', this.#onKey);
    this.#synth.speak(utterance);
    this.#host.requestUpdate();
  }

  /** Stops this widget's reading, if it is reading. */
  readonly stop = (): void => this.#stop(true);

  #stop(redraw: boolean): void {
    if (this.speaking === undefined) return;
    // Cleared first: the `end` or `error` that cancel() fires then finds nothing of this reading.
    this.#clear(redraw);
    this.#synth?.cancel();
  }

  #clear(redraw = true): void {
    this.speaking = this.#utterance = undefined;
    if (active === this.stop) active = undefined;
    document.removeEventListener('keydown', this.#onKey);
    if (redraw) this.#host.requestUpdate();
  }

  /**
   * An on-device voice for the widget's language: the browser's default one if it fits, else the first. A
   * network voice (`localService` false, such as Chrome's "Google" voices) would send the text to its vendor.
   */
  #voice(): SpeechSynthesisVoice | undefined {
    const pattern = VOICE_LANGUAGES[this.#host.uiLocale];
    const voices = (this.#synth?.getVoices() ?? []).filter((v) => v.localService && pattern.test(v.lang.toLowerCase().replace(/_/g, '-')));
    return voices.find((v) => v.default) ?? voices[0];
  }

  #voicesChanged = (): void => this.#host.requestUpdate();

  // Esc anywhere on the page: the reader may have moved on from the button. The key keeps its other meanings.
  #onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.stop();
  };
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
