/**
 * Controls the widgets share, so they look, label and behave the same: the search field and the toggle chip.
 * The widget keeps what is its own (the wrapper, a hint, what a chip group holds).
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface SearchField {
  /** The visible label. */
  readonly label: string;
  readonly value: string;
  readonly onInput: (event: InputEvent) => void;
  /** The id of a hint that describes the field. */
  readonly hintId?: string;
  readonly placeholder?: string;
}

/** A labelled search input (`#search`), without the browser's autocomplete. `part` is the widget's name for it. */
export function searchField(field: SearchField, part: string): TemplateResult {
  return html`<label class="label" for="search">${field.label}</label>
    <input
      id="search"
      class="input"
      part=${part}
      type="search"
      name="q"
      autocomplete="off"
      enterkeyhint="search"
      aria-describedby=${field.hintId ?? nothing}
      placeholder=${field.placeholder ?? nothing}
      .value=${field.value}
      @input=${field.onInput}
    />`;
}

/**
 * One chip of a chip group: a toggle button (`aria-pressed`) in a list item. `part` is the widget's name for
 * it; `key` names the value it stands for (`data-key`), for the widget's tests and styles.
 */
export function chip(pressed: boolean, content: unknown, onClick: () => void, part: string, key?: string): TemplateResult {
  return html`<li><button type="button" class="chip" part=${part} data-key=${key ?? nothing} aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>${content}</button></li>`;
}
