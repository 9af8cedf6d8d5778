/**
 * The error summary (the GOV.UK pattern): after a failed submit it takes focus, says there are problems and
 * links to each field. Links inside a shadow root cannot use fragment navigation (the page's URL would
 * change and nothing would move), so a click moves focus itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Msg } from '../../../core/i18n.js';

export interface SummaryEntry {
  /** The id of the control to focus; absent for a problem that belongs to no field. */
  readonly target?: string;
  readonly text: string;
}

export function renderSummary(
  msg: Msg,
  entries: readonly SummaryEntry[],
  onFollow: (target: string) => void,
  heading: string = msg('请修改以下问题后再提交', { id: 'ask.please-correct-the-following-before' }),
): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  const follow = (target: string) => (event: Event) => {
    event.preventDefault();
    onFollow(target);
  };
  // As GOV.UK Frontend does: the outer box takes focus, the inner one is the alert.
  return html`<div class="summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <h2 class="summary-title">${heading}</h2>
      <ul class="summary-list">
        ${entries.map((entry) =>
          entry.target ? html`<li><a href=${`#${entry.target}`} @click=${follow(entry.target)}>${entry.text}</a></li>` : html`<li>${entry.text}</li>`,
        )}
      </ul>
    </div>
  </div>`;
}
