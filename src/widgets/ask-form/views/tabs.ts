/**
 * The three views as an ARIA tab set: one tab stop, arrow keys (and Home/End) move between tabs and show
 * their panel at once (automatic activation: a panel is local and cheap to show).
 */
import { html, type TemplateResult } from 'lit';

export interface TabSpec<T extends string> {
  readonly id: T;
  readonly label: string;
}

export function renderTabs<T extends string>(
  tabs: readonly TabSpec<T>[],
  selected: T,
  label: string,
  onSelect: (id: T, focus: boolean) => void,
): TemplateResult {
  const keydown = (event: KeyboardEvent): void => {
    const index = tabs.findIndex((t) => t.id === selected);
    // In right-to-left text the arrows point the other way along the row.
    const rtl = getComputedStyle(event.currentTarget as HTMLElement).direction === 'rtl';
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = index + (rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        next = index + (rtl ? 1 : -1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = tabs.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    onSelect(tabs[(next + tabs.length) % tabs.length]!.id, true);
  };
  return html`<div class="tabs" role="tablist" aria-label=${label} part="tabs" @keydown=${keydown}>
    ${tabs.map(
      (tab) => html`<button
        class="tab"
        part="tab"
        type="button"
        role="tab"
        id=${`tab-${tab.id}`}
        aria-controls=${`panel-${tab.id}`}
        aria-selected=${tab.id === selected ? 'true' : 'false'}
        tabindex=${tab.id === selected ? '0' : '-1'}
        @click=${() => onSelect(tab.id, false)}
      >${tab.label}</button>`,
    )}
  </div>`;
}
