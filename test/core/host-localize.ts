/**
 * A small host application that localizes itself with @lit/localize, as an integrator's app does: French and
 * English, its own `msg()` ids, its own element re-rendering on locale change. The two host-localize tests
 * configure it before and after importing the widgets.
 */
import { LitElement, html } from 'lit';
import { fixture } from '@open-wc/testing';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';

const FRENCH = { templates: { 'app-greeting': 'Bonjour, citoyen' } };

/** Configures @lit/localize for the app (throws if something on the page already did). */
export function configureHostApp(): { setLocale: (locale: string) => Promise<void>; getLocale: () => string } {
  return configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['fr'],
    loadLocale: async () => FRENCH,
  });
}

export class HostGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  override render() {
    return html`<p>${msg('Hello, citizen', { id: 'app-greeting' })}</p>`;
  }
}
if (!customElements.get('host-greeting')) customElements.define('host-greeting', HostGreeting);

/** The text of a widget's error title: its UI language, whatever the app's locale is. */
const errorTitleOf = (el: Element): string => el.shadowRoot?.querySelector('.error-title')?.textContent?.trim() ?? '';

/** What three feeds without data (lang="en", "zh-TW" and none) show as their error title. */
export const EXPECTED_TITLES = ['Policies cannot be shown right now', '政策資訊暫時無法顯示', '政策信息暂时无法显示'];

/**
 * Mounts the app's greeting beside three feeds in English, Traditional and Simplified Chinese (their data
 * missing, so each shows its error in its own language); `titles()` reads the feeds' error titles again, after
 * `reload()` if asked, and `greeting()` the app's text.
 */
export async function mountAppAndFeeds(): Promise<{ titles: (reload?: boolean) => Promise<string[]>; greeting: () => Promise<string> }> {
  const wrapper = await fixture(html`<div>
    <host-greeting></host-greeting>
    <gov-policy-feed lang="en" src="/no-such-document.json"></gov-policy-feed>
    <gov-policy-feed lang="zh-TW" src="/no-such-document.json"></gov-policy-feed>
    <gov-policy-feed src="/no-such-document.json"></gov-policy-feed>
  </div>`);
  type Feed = HTMLElement & { loadComplete: Promise<void>; reload: () => Promise<void> };
  const feeds = [...wrapper.querySelectorAll<Feed>('gov-policy-feed')];
  const host = wrapper.querySelector<HostGreeting>('host-greeting')!;
  return {
    titles: async (reload = false) => {
      await Promise.all(feeds.map((feed) => (reload ? feed.reload() : feed.loadComplete)));
      return feeds.map(errorTitleOf);
    },
    greeting: async () => {
      await host.updateComplete;
      return host.shadowRoot!.textContent.trim();
    },
  };
}
