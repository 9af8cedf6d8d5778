/**
 * A stand-in voice for the read-aloud story, used only where the browser has no on-device voice (headless and many
 * Linux browsers have none): instead of sound, it shows what would be read in a caption at the foot of the canvas,
 * as text, and ends after a pause as long as the reading would take. Where the browser has a real voice, the story
 * uses that one and this does nothing.
 */

const CAPTION_ID = 'story-voice-caption';

class CaptionUtterance extends EventTarget {
  text: string;
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  onend: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(text = '') {
    super();
    this.text = text;
  }
}

const voice = (lang: string, name: string): SpeechSynthesisVoice => ({ default: lang === 'zh-CN', lang, localService: true, name, voiceURI: name });

class CaptionVoice extends EventTarget {
  #current: CaptionUtterance | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #voices = [voice('zh-CN', 'Story voice (zh-CN)'), voice('zh-TW', 'Story voice (zh-TW)'), voice('en-US', 'Story voice (en-US)')];

  get speaking(): boolean {
    return this.#current !== undefined;
  }
  getVoices(): SpeechSynthesisVoice[] {
    return this.#voices;
  }
  speak(utterance: CaptionUtterance): void {
    this.cancel();
    this.#current = utterance;
    this.#caption(`🔊 ${utterance.voice?.name ?? utterance.lang}: ${utterance.text}`);
    // About four characters a second, as a voice reads Chinese.
    this.#timer = setTimeout(() => this.#end('end'), Math.min(30_000, 400 + utterance.text.length * 250));
  }
  cancel(): void {
    if (this.#current) this.#end('error');
  }
  #end(type: 'end' | 'error'): void {
    clearTimeout(this.#timer);
    const current = this.#current;
    this.#current = undefined;
    this.#caption('');
    const event = new Event(type);
    if (type === 'end') current?.onend?.(event);
    else current?.onerror?.(event);
  }
  #caption(text: string): void {
    let caption = document.getElementById(CAPTION_ID);
    if (!caption) {
      caption = document.createElement('p');
      caption.id = CAPTION_ID;
      caption.style.cssText = 'position:fixed;inset-inline:0;inset-block-end:0;margin:0;padding:0.5em 1em;background:#000;color:#fff;font:16px/1.5 sans-serif';
      document.body.append(caption);
    }
    caption.textContent = text;
    caption.hidden = !text;
  }
}

const hasChineseVoice = (synth: SpeechSynthesis | undefined): boolean => Boolean(synth?.getVoices().some((v) => v.localService && /^zh/i.test(v.lang)));

/**
 * Installs the caption voice when the browser has no on-device Chinese voice (call before the widgets connect).
 * Browsers list their voices late (`voiceschanged`), so it waits up to half a second for them first.
 */
export async function installStoryVoice(): Promise<void> {
  const flag = globalThis as { __storyVoice?: boolean };
  if (flag.__storyVoice) return;
  const real = typeof speechSynthesis === 'object' ? speechSynthesis : undefined;
  if (real && !hasChineseVoice(real)) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 500);
      const arrived = (): void => {
        clearTimeout(timer);
        resolve();
      };
      real.addEventListener('voiceschanged', arrived, { once: true });
    });
  }
  if (hasChineseVoice(real)) return;
  flag.__storyVoice = true;
  Object.defineProperty(window, 'speechSynthesis', { value: new CaptionVoice(), configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: CaptionUtterance, configurable: true });
}
