/**
 * A small host application that localizes itself with @lit/localize, as an integrator's app does: French and
 * English, its own `msg()` ids, its own element re-rendering on locale change. The two host-localize tests
 * configure it before and after importing the widgets.
 */
import { LitElement, html } from 'lit';
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

/** The text of the widget's error title: its UI language, whatever the app's locale is. */
export const errorTitleOf = (el: Element): string => el.shadowRoot?.querySelector('.error-title')?.textContent?.trim() ?? '';
