/**
 * The read-aloud button of one item (a policy, an account, an answer): 朗读, and 停止 while that item is read.
 * Drawn by the speaker (src/core/speech.ts, a chunk loaded where reading aloud is on), so a page without it
 * carries none of it.
 */
import { css, nothing } from 'lit';
import type { Msg } from '../i18n.js';
import type { Speaker } from '../read-aloud.js';

/**
 * The button, or nothing without a speaker (off, no voice for the widget's language, or its code not loaded yet).
 * `key` names the item within the widget, `name` makes its accessible name unique ("朗读：<title>"), and `text`
 * gives the words to read, built only when pressed. `part` is the widget's name for it.
 */
export function readAloudButton(speaker: Speaker | undefined, msg: Msg, key: string, name: string, text: () => string, part: string): unknown {
  return speaker ? speaker.button(msg, key, name, text, part) : nothing;
}

/** Room above the button, which ends its item; the size and colours are the shared `.button`'s. */
export const readAloudStyles = css`
  .read-aloud {
    margin-block-start: 0.5em;
    padding-block: 0.25em;
  }
`;
