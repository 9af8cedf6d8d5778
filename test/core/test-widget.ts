/** A minimal widget on the element base, to test the base alone. */
import { html } from 'lit';
import { pickText, type LoadedSection, type LocalizedText } from '../../src/contract/index.js';
import { GovElement } from '../../src/core/gov-element.js';
import { defineElement } from '../../src/core/define.js';

export class TestWidget extends GovElement<'policies', { titles: LocalizedText[] }> {
  protected readonly section = 'policies' as const;
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

  protected renderModel(model: { titles: LocalizedText[] }): unknown {
    return html`<ul part="list">
      ${model.titles.map((title) => html`<li class="text">${pickText(title, this.language)}</li>`)}
    </ul>`;
  }
}

defineElement('test-gov-widget', TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'test-gov-widget': TestWidget;
  }
}
