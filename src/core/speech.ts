/**
 * Reading aloud itself, loaded on demand (src/core/read-aloud.ts loads it where a widget reads aloud and the
 * browser has `speechSynthesis`): whether the browser has an on-device voice for the widget's language (voices
 * arrive late, with `voiceschanged`), which of the widget's items is being read, Esc, and the 朗读 / 停止 button.
 * One item speaks at a time on the whole page: starting one stops any other. See docs/decisions/0017-read-aloud.md.
 */
import { html, type ReactiveController } from 'lit';
import { str } from '@lit/localize';
import type { UiLocale } from '../contract/localized.js';
import type { Msg } from './i18n.js';
import type { ReadAloudHost, Speaker } from './read-aloud.js';

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

export class Speech implements ReactiveController, Speaker {
  readonly #host: ReadAloudHost;
  #synth: SpeechSynthesis | undefined;
  #utterance: SpeechSynthesisUtterance | undefined;
  /** The key of the item being read. */
  speaking: string | undefined;

  /** Made once the host is connected (the chunk arrives later): it starts listening at once. */
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

  /**
   * The button of one item: 朗读, and 停止 while that item is read. The label names the action the button does
   * now, rather than `aria-pressed` on a constant 朗读: a reader sees "停止" and knows what pressing does, and a
   * screen reader does not say "朗读, pressed" while the voice talks.
   */
  button(msg: Msg, key: string, name: string, text: () => string, part: string): unknown {
    const reading = this.speaking === key;
    return html`<button
      class="button secondary compact read-aloud"
      part=${part}
      type="button"
      data-read-aloud=${key}
      aria-label=${reading ? msg(str`停止朗读：${name}`, { id: 'core.stop-reading-aloud' }) : msg(str`朗读：${name}`, { id: 'core.read-aloud-name' })}
      @click=${() => this.toggle(key, text())}
    >${reading ? msg('停止', { id: 'core.stop' }) : msg('朗读', { id: 'core.read-aloud' })}</button>`;
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
