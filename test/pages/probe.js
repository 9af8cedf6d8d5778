// Loaded first (a classic script from 'self') by the whole-page tests (test/server/pages-middleware.mjs):
// records CSP violations, uncaught errors, console warnings and errors, form submissions, the origins fetched from and which script defined each gov-* element, in
// `window.__govProbe`. When every gov-* widget on the page has loaded or failed and every script has run, it posts
// {type: 'gov-page-ready'} to the parent frame, which then drives the page and reads `__govProbe`.
(() => {
  const TAGS = ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'];
  const probe = {
    violations: [],
    errors: [],
    warnings: [],
    events: [],
    /** tag → the URLs of the scripts whose customElements.define() call succeeded */
    definedBy: {},
  };
  window.__govProbe = probe;

  document.addEventListener('securitypolicyviolation', (e) => {
    probe.violations.push(`${e.violatedDirective} ${e.blockedURI || ''} ${e.sample || ''}`.trim());
  });
  window.addEventListener('error', (e) => {
    probe.errors.push(String(e.message || e.error || 'error event'));
  });
  window.addEventListener('unhandledrejection', (e) => {
    probe.errors.push(`unhandled rejection: ${String(e.reason)}`);
  });
  probe.consoleErrors = [];
  const error = console.error;
  console.error = (...args) => {
    probe.consoleErrors.push(args.map(String).join(' '));
    return error.apply(console, args);
  };
  // A form of the host page around the widgets (ASP.NET's <form runat=server>) must never be submitted by them.
  probe.submits = [];
  document.addEventListener(
    'submit',
    (e) => {
      probe.submits.push(e.target && e.target.id);
      e.preventDefault();
    },
    true,
  );
  /** The origins of every resource the page has fetched (scripts, styles, data, chunks). */
  probe.origins = () => [...new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin))];
  const warn = console.warn;
  console.warn = (...args) => {
    probe.warnings.push(args.map(String).join(' '));
    return warn.apply(console, args);
  };

  // Which copy's define() won: the first script URL in the caller's stack that is not this probe.
  const define = customElements.define;
  customElements.define = function (tag, ...rest) {
    const result = define.call(this, tag, ...rest);
    const urls = (new Error().stack || '').match(/https?:\/\/[^\s()@]+?(?=:\d+:\d+)/g) || [];
    const caller = urls.find((u) => !u.endsWith('/test/pages/probe.js')) || 'unknown';
    (probe.definedBy[tag] ||= []).push(caller.replace(location.origin, ''));
    return result;
  };

  // Ready when every script of the page has run and every defined widget has loaded or failed.
  probe.scriptsRan = false;
  probe.ready = false;
  function check() {
    // Widgets whose tag no script managed to define never load: they are counted by the tests, not awaited.
    const widgets = [...document.querySelectorAll(TAGS.join(', '))].filter((w) => customElements.get(w.localName));
    if (probe.ready || !probe.scriptsRan || probe.events.length < widgets.length) return;
    probe.ready = true;
    // Once every widget's update is complete (which waits for a view whose code loads on demand, such as a form
    // opened on its lookup), and a task later, so whatever the last event triggered has rendered. (Not an
    // animation frame: WebKit throttles those in frames it considers hidden.)
    Promise.all(widgets.map((w) => w.updateComplete)).then(() =>
      setTimeout(() => {
        parent.postMessage({ type: 'gov-page-ready' }, '*');
        probe.posted = true;
      }, 50),
    );
  }
  function done(e) {
    probe.events.push(`${e.type} ${e.target.localName}`);
    check();
  }
  // DOMContentLoaded comes after every module and deferred script has run.
  document.addEventListener('DOMContentLoaded', () => {
    probe.scriptsRan = true;
    check();
  });
  document.addEventListener('gov-load', done);
  document.addEventListener('gov-error', done);
})();
