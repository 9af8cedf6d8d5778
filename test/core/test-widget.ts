/** A minimal widget on the element base, to test the base alone. */
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { pickText, validatePolicyFeed, type LoadedSection, type LocalizedText } from '../../src/contract/index.js';
import { GovElement } from '../../src/core/gov-element.js';
import { defineElement } from '../../src/core/define.js';

export class TestWidget extends GovElement<'policies', { titles: LocalizedText[] }> {
  protected readonly section = 'policies' as const;
  protected readonly validator = validatePolicyFeed;
  protected readonly recordNoun = 'item';

  protected createModel(loaded: LoadedSection<'policies'>): { titles: LocalizedText[] } {
    return { titles: loaded.document.items.map((item) => item.title) };
  }

  protected countRecords(model: { titles: LocalizedText[] }): number {
    return model.titles.length;
  }

  protected override loadingBlockSize(): string {
    return '20em';
  }

  /** The retry label built right now, outside any render (as an event handler or an announcement builds text). */
  retryLabelNow(): string {
    return this.msg('重试', { id: 'core.try-again' });
  }

  protected renderModel(model: { titles: LocalizedText[] }): unknown {
    // repeat() calls its template while Lit commits, after render() has returned.
    return html`<ul part="list">
      ${repeat(model.titles, (title) => html`<li class="text">${pickText(title, this.language)}</li>`)}
    </ul>
    <p class="retry-label">${repeat([0], () => this.msg('重试', { id: 'core.try-again' }))}</p>`;
  }
}

defineElement('test-gov-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-gov-widget': TestWidget;
  }
}
