/** A minimal widget on the element base, to test the base alone. */
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { pickText, validatePolicyFeed, type LoadedSection, type LocalizedText } from '../../src/contract/index.js';
import { DataController } from '../../src/core/data-controller.js';
import { GovElement } from '../../src/core/gov-element.js';
import { defineElement } from '../../src/core/define.js';

export class TestWidget extends GovElement<'policies', { titles: LocalizedText[] }> {
  protected readonly loader = new DataController(this, {
    section: 'policies',
    validator: validatePolicyFeed,
    recordNoun: 'item',
    createModel: (loaded: LoadedSection<'policies'>) => ({ titles: loaded.document.items.map((item) => item.title) }),
    countRecords: (model: { titles: LocalizedText[] }) => model.titles.length,
    errorLabels: (msg) => ({
      title: msg('政策信息暂时无法显示', { id: 'core.policies-cannot-be-shown-right' }),
      section: msg('政策信息', { id: 'core.policies' }),
    }),
  });

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
