// Toolbar switches for every story — language, direction, theme and care mode — and docs pages generated
// from custom-elements.json.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { argTypesOf } from './argtypes.mjs';

setCustomElementsManifest(manifest);

/** Marks the `care` attributes the toolbar set, so switching it off removes only those. */
const CARE_MARK = 'data-story-care';

/** Applies the care switch to every gov-* element in the story, including elements a story adds later. */
function applyCare(root: Element, on: boolean): void {
  for (const el of root.querySelectorAll('*')) {
    if (!el.localName.startsWith('gov-')) continue;
    if (on && !el.hasAttribute('care')) {
      el.setAttribute('care', '');
      el.setAttribute(CARE_MARK, '');
    } else if (!on && el.hasAttribute(CARE_MARK)) {
      el.removeAttribute('care');
      el.removeAttribute(CARE_MARK);
    }
  }
}

const observers = new WeakMap<Element, MutationObserver>();

const withGlobals: Decorator = (story, context) => {
  const { lang, dir, theme, care } = context.globals as Record<string, string>;
  const careOn = care === 'on';
  const watch = (el: Element | undefined): void => {
    if (!el) return;
    observers.get(el)?.disconnect();
    const observer = new MutationObserver(() => applyCare(el, careOn));
    observer.observe(el, { childList: true, subtree: true });
    observers.set(el, observer);
    // After the story's template has rendered into the root.
    queueMicrotask(() => applyCare(el, careOn));
  };
  // The theme sets color-scheme on the story root: the widgets follow the host page's colour scheme
  // (docs/decisions/0003-dark-mode-follows-the-host.md), as they would on a county site that supports dark mode.
  const style = styleMap({
    colorScheme: theme === 'dark' ? 'dark' : 'light',
    background: 'Canvas',
    color: 'CanvasText',
    padding: '1em',
  });
  return html`<div class="gov-story-root" lang=${lang ?? 'zh-Hans'} dir=${dir ?? 'ltr'} style=${style} ${ref(watch)}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withGlobals],
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language of the story root (the widgets read the nearest lang)',
      toolbar: {
        title: '语言',
        icon: 'globe',
        items: [
          { value: 'zh-Hans', title: '简体中文 (zh-Hans)' },
          { value: 'zh-Hant', title: '繁體中文 (zh-Hant)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Direction of the story root',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'color-scheme of the story root',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    care: {
      description: 'care attribute (aging-friendly mode) on every gov-* element',
      toolbar: {
        title: 'Care',
        icon: 'accessibility',
        items: [
          { value: 'off', title: 'Care off' },
          { value: 'on', title: '关怀模式 (care) on' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'zh-Hans', dir: 'ltr', theme: 'light', care: 'off' },
  parameters: {
    // The webmaster's first page, then each widget with its docs page ahead of its stories.
    options: { storySort: { order: ['开始使用 Getting started', 'Widgets', ['*', ['Docs', '*']], 'Readers'] } },
    controls: { expanded: true },
    // Our own tables from the manifest (./argtypes.mjs says why): public API only, no row hidden by another.
    docs: { toc: true, extractArgTypes: (tagName: string) => argTypesOf(manifest, tagName) },
  },
};

export default preview;
