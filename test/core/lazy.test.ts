// Code loaded on demand (src/core/lazy.ts, src/core/view/lazy.ts): what the reader sees while a view's chunk
// loads, when it fails (never an empty box), and after a retry; the cause goes to console.warn.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LazyModule } from '../../src/core/lazy.js';
import { localizer } from '../../src/core/i18n.js';
import { lazyView } from '../../src/core/view/lazy.js';
import { captureWarnings } from '../helpers.js';

interface Deferred {
  resolve: (value: { readonly words: string }) => void;
  reject: (error: Error) => void;
}

/** The chunk's loads, each settled by the test. */
const loads: Deferred[] = [];

class LazyHost extends LitElement {
  readonly view = new LazyModule(
    this,
    'the test view',
    () =>
      new Promise<{ readonly words: string }>((resolve, reject) => {
        loads.push({ resolve, reject });
      }),
  );

  protected override willUpdate(): void {
    this.view.want();
  }

  protected override render(): unknown {
    return lazyView(
      this.view,
      localizer('zh-Hans'),
      (module) => html`<p class="view">${module.words}</p>`,
      () => void this.view.load(),
    );
  }
}
customElements.define('test-lazy-host', LazyHost);

const text = (el: Element, selector: string): string => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';

describe('lazy views', () => {
  beforeEach(() => {
    loads.length = 0;
  });

  it('says it is loading while the chunk loads, then shows the view', async () => {
    const el = await fixture<LazyHost>(html`<test-lazy-host></test-lazy-host>`);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')?.getAttribute('role')).to.equal('status');
    expect(text(el, '.loading-text')).to.equal('正在加载…');
    expect(loads).to.have.length(1);
    loads[0]!.resolve({ words: 'VIEW' });
    await el.view.settled;
    await el.updateComplete;
    expect(text(el, '.view')).to.equal('VIEW');
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an alert with a retry when the chunk fails, warns with the cause, and shows the view after a retry', async () => {
    const el = await fixture<LazyHost>(html`<test-lazy-host></test-lazy-host>`);
    const { warnings } = await captureWarnings(async () => {
      loads[0]!.reject(new TypeError('Failed to fetch dynamically imported module: /dist/chunks/test-x.js'));
      await el.view.settled;
      await el.updateComplete;
    });
    const alert = el.shadowRoot!.querySelector('[part~="error"]');
    expect(alert?.getAttribute('role')).to.equal('alert');
    expect(alert?.textContent).to.contain('无法连接到服务器');
    expect(warnings.join('\n')).to.contain('the test view').and.contain('test-x.js');
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await el.updateComplete;
    expect(loads, 'loaded again').to.have.length(2);
    expect(text(el, '.loading-text')).to.equal('正在加载…');
    loads[1]!.resolve({ words: 'VIEW' });
    await el.view.settled;
    await el.updateComplete;
    expect(text(el, '.view')).to.equal('VIEW');
  });

  it('after a failure, fetches again only when the reader retries, not on every update', async () => {
    const el = await fixture<LazyHost>(html`<test-lazy-host></test-lazy-host>`);
    await captureWarnings(async () => {
      loads[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
      await el.view.settled;
      await el.updateComplete;
    });
    el.requestUpdate();
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(loads, 'no load on its own').to.have.length(1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    expect(loads, 'the retry loads').to.have.length(2);
    loads[1]!.resolve({ words: 'VIEW' });
    await el.view.settled;
    await el.updateComplete;
    expect(text(el, '.view')).to.equal('VIEW');
  });

  it('loads once however often it is asked, and not again once loaded', async () => {
    const el = await fixture<LazyHost>(html`<test-lazy-host></test-lazy-host>`);
    void el.view.load();
    void el.view.load();
    expect(loads).to.have.length(1);
    loads[0]!.resolve({ words: 'VIEW' });
    await el.view.settled;
    await el.view.load();
    expect(loads).to.have.length(1);
    expect(el.view.module?.words).to.equal('VIEW');
  });
});
