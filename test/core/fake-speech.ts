/**
 * A stand-in for the browser's `speechSynthesis` (headless browsers have no voices): it records what is spoken
 * and cancelled, and lets a test deliver voices late (`voiceschanged`) and end a reading.
 */

/** A voice as a browser describes one. */
export const voice = (lang: string, name = `Voice ${lang}`, localService = true, isDefault = false): SpeechSynthesisVoice => ({
  default: isDefault,
  lang,
  localService,
  name,
  voiceURI: name,
});

/** Records text, language and voice; `onend`/`onerror` are what the widgets listen with. */
export class FakeUtterance extends EventTarget {
  text: string;
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  onend: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(text = '') {
    super();
    this.text = text;
  }
}

export class FakeSpeech extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  /** Every utterance spoken, in order. */
  readonly spoken: FakeUtterance[] = [];
  cancels = 0;
  #current: FakeUtterance | undefined;

  get speaking(): boolean {
    return this.#current !== undefined;
  }

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }

  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
    this.#current = utterance;
  }

  /** As Chromium does: the utterance being read ends with an `interrupted` error. */
  cancel(): void {
    this.cancels++;
    const current = this.#current;
    this.#current = undefined;
    current?.onerror?.(new Event('error'));
  }

  /** Voices arriving late, as Chromium delivers them. */
  deliver(...voices: SpeechSynthesisVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  /** The reading comes to its end. */
  finish(): void {
    const current = this.#current;
    this.#current = undefined;
    current?.onend?.(new Event('end'));
  }
}

const NAMES = ['speechSynthesis', 'SpeechSynthesisUtterance'] as const;

/**
 * Puts `speech` (or nothing at all, for a browser without speechSynthesis) in place of the browser's, before the
 * widget under test is created; the returned function puts the browser's back.
 */
export function installSpeech(speech: FakeSpeech | undefined): () => void {
  const saved = NAMES.map((name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const);
  Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: speech ? FakeUtterance : undefined, configurable: true, writable: true });
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else Reflect.deleteProperty(window, name);
    }
  };
}
