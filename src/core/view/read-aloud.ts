/**
 * The read-aloud button of one item (a policy, an account, an answer): 朗读, and 停止 while that item is read.
 * The label names the action the button does now, rather than `aria-pressed` on a constant 朗读: a reader sees
 * "停止" and knows what pressing does, and a screen reader does not say "朗读, pressed" while the voice talks.
 */
import { css, html, nothing } from 'lit';
import { str } from '@lit/localize';
import type { Msg } from '../i18n.js';
import type { Speaker } from '../read-aloud.js';

/**
 * The button, or nothing without a speaker (off, or no voice for the widget's language). `key` names the item
 * within the widget, `name` makes its accessible name unique ("朗读：<title>"), and `text` gives the words to read,
 * built only when pressed. `part` is the widget's name for it.
 */
export function readAloudButton(speaker: Speaker | undefined, msg: Msg, key: string, name: string, text: () => string, part: string): unknown {
  if (!speaker) return nothing;
  const reading = speaker.speaking === key;
  return html`<button
    class="button secondary compact read-aloud"
    part=${part}
    type="button"
    data-read-aloud=${key}
    aria-label=${reading ? msg(str`停止朗读：${name}`, { id: 'core.stop-reading-aloud' }) : msg(str`朗读：${name}`, { id: 'core.read-aloud-name' })}
    @click=${() => speaker.toggle(key, text())}
  >${reading ? msg('停止', { id: 'core.stop' }) : msg('朗读', { id: 'core.read-aloud' })}</button>`;
}

/** Room above the button, which ends its item; the size and colours are the shared `.button`'s. */
export const readAloudStyles = css`
  .read-aloud {
    margin-block-start: 0.5em;
    padding-block: 0.25em;
  }
`;
