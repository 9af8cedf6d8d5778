/**
 * Opens a whole test page (test/server/pages-middleware.mjs, test/server/hosts-middleware.mjs) in an iframe and
 * waits until its probe (test/pages/probe.js) says every widget on it has loaded or failed.
 */
export interface Probe {
  violations: string[];
  errors: string[];
  warnings: string[];
  events: string[];
  definedBy: Record<string, string[]>;
  consoleErrors: string[];
  /** The ids of the page's own forms that were submitted. */
  submits: string[];
  origins: () => string[];
}

export interface OpenPage {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly probe: Probe;
  /** The shadow root of the first element with this tag. */
  readonly root: (tag: string) => ShadowRoot;
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** Opens a test page in an iframe and waits until every widget on it has loaded or failed. */
export function openPage(path: string): Promise<OpenPage> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    // In the viewport: engines throttle frames they consider hidden.
    Object.assign(iframe.style, { position: 'fixed', top: '0', left: '0', width: '1000px', height: '800px', border: '0' });
    const timer = setTimeout(() => {
      const probe = (iframe.contentWindow as unknown as { __govProbe?: Probe } | null)?.__govProbe;
      reject(new Error(`${path}: the widgets did not all load within 15 s; probe: ${JSON.stringify(probe)}`));
    }, 15_000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== iframe.contentWindow || (event.data as { type?: string })?.type !== 'gov-page-ready') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      const win = iframe.contentWindow as unknown as { __govProbe: Probe };
      const doc = iframe.contentDocument!;
      resolve({
        frame: iframe,
        doc,
        probe: win.__govProbe,
        root: (tag) => {
          const root = doc.querySelector(tag)?.shadowRoot;
          if (!root) throw new Error(`${path}: no <${tag}> with a shadow root`);
          return root;
        },
      });
    });
    iframe.src = path;
    frame = iframe;
    document.body.append(iframe);
  });
}
