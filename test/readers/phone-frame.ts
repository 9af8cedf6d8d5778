/**
 * A phone in the test page: an iframe of a phone's viewport whose own page loads the widgets from src/, so
 * lengths, media and container queries are those of a 390 × 844 screen in every engine (an iframe is a
 * viewport of its own; `srcdoc` shares this page's origin and base URL, so the demo data is served as usual).
 */

/** The demo's data (demo/data/), as the test runner serves it. */
export const DEMO = new URL('/demo/data/disclosure.json', location.href).href;

/** An iPhone 12's viewport, in CSS px. */
export const PHONE = { width: 390, height: 844 } as const;

export interface Frame {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  /** Every widget of the frame's page, once each has shown its data. */
  readonly widgets: Widget[];
}

import type { GovAccountDirectory } from '../../src/widgets/account-directory/account-directory.js';
import type { GovPolicyFeed } from '../../src/widgets/policy-feed/policy-feed.js';

type Widget = GovPolicyFeed | GovAccountDirectory;

let current: HTMLIFrameElement | undefined;
afterEach(() => {
  current?.remove();
  current = undefined;
});

// The source files themselves (the test runner compiles .ts on request), not the names tests import them by.
const DEFINES = ['/src/widgets/policy-feed/define.ts', '/src/widgets/account-directory/define.ts'];

/**
 * Opens `body` as the page of an iframe `width` × `height` px and waits until every widget on it has shown
 * its data (or failed) and the fonts are in.
 */
export async function openFrame(body: string, width: number = PHONE.width, height: number = PHONE.height): Promise<Frame> {
  const frame = document.createElement('iframe');
  // In the viewport and not scaled: engines throttle frames they consider hidden.
  Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', width: `${width}px`, height: `${height}px`, border: '0' });
  frame.srcdoc = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${DEFINES.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body style="margin: 0">${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  current = frame;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await Promise.all(['gov-policy-feed', 'gov-account-directory'].map((tag) => win.customElements.whenDefined(tag)));
  const widgets = [...doc.querySelectorAll<Widget>('gov-policy-feed, gov-account-directory')];
  await Promise.all(widgets.map((el) => el.loadComplete));
  await doc.fonts.ready;
  return { frame, doc, widgets };
}

/** Waits for the widget's next render and a frame, so layout reflects a state change. */
export async function settled(el: Widget): Promise<void> {
  await el.updateComplete;
  const win = el.ownerDocument.defaultView ?? window;
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
}
