// What an app built with Vite pays for importing gov-widgets from npm (issue 12: "an app importing one widget
// pays for one widget"). Each app is a page (`<html lang="zh-Hans">`) and a main.js, built by Vite's own
// `build()` with its defaults (production mode, Vite's minifier) in a temporary folder inside the worktree;
// nothing is fetched. The package is what `npm pack` would publish (its `files`), unpacked into the app's
// node_modules/gov-widgets, so package.json `exports` and `sideEffects` apply as they do for a user; Lit and
// @lit/localize resolve from the worktree's node_modules (the folder is inside it).
//
// A first visit loads the page, the entry chunk and every chunk it imports statically: that is the figure,
// brotli q11 per file (as a server sends them) summed. Chunks reached only through import() (the QR encoder,
// other languages' strings) are listed apart. The baseline is the same app with a bare Lit + @lit/localize
// element instead of a widget, built in the same run: "gov-widgets costs" is app − baseline.
//
// The target of issue 12: the feed's app − baseline ≤ dist/gov-policy-feed.js − a bare Lit + localize
// bundle (bench/lib/bytes.mjs), i.e. the npm path costs no more than the CDN bundle minus the Lit the app has.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotli, gzip } from '../../scripts/check-size.mjs';

const define = (name) => `import 'gov-widgets/${name}/define';`;

/**
 * The apps: what main.js holds besides the bare element every app has; `cdn` names the script bundle that is the
 * app's counterpart on a CDN page.
 */
export const APPS = [
  { id: 'baseline', label: 'bare Lit + @lit/localize element', code: '' },
  { id: 'policy-feed', label: "import 'gov-widgets/policy-feed/define'", code: define('policy-feed'), cdn: 'gov-policy-feed.js' },
  {
    id: 'account-directory',
    label: "import 'gov-widgets/account-directory/define'",
    code: define('account-directory'),
    cdn: 'gov-account-directory.js',
  },
  { id: 'ask-form', label: "import 'gov-widgets/ask-form/define'", code: define('ask-form'), cdn: 'gov-ask-form.js' },
  {
    id: 'all-three',
    label: 'import the three define modules',
    code: ['policy-feed', 'account-directory', 'ask-form'].map(define).join('\n'),
    cdn: 'gov-widgets.js',
  },
  // The package's root module (src/index.ts) re-exports all three classes and the contract: through it, one
  // class must cost what its own module costs.
  {
    id: 'root-class',
    label: "the feed class from 'gov-widgets' (the root module), defined by the app",
    code: "import { GovPolicyFeed } from 'gov-widgets';\ncustomElements.define('gov-policy-feed', GovPolicyFeed);",
    cdn: 'gov-policy-feed.js',
  },
  // Context, not a widget: what Vite's own import() runtime (its preload helper) adds to an app, which a widget
  // with a lazy chunk brings along and an app with lazy routes of its own already has.
  {
    id: 'own-import',
    label: 'bare element + one import() of its own',
    code: "document.addEventListener('click', () => import('./route.js'), { once: true });",
    extra: { 'route.js': "export const route = 'about';\n" },
  },
];

// The app's own element, in every app: the baseline is this alone, so the difference is what gov-widgets adds.
const BARE_ELEMENT = `
import { LitElement, html, css } from 'lit';
import { configureLocalization, msg } from '@lit/localize';
configureLocalization({ sourceLocale: 'zh-Hans', targetLocales: ['en'], loadLocale: async () => ({ templates: {} }) });
class AppBare extends LitElement {
  static properties = { name: {} };
  static styles = css\`:host { display: block; }\`;
  render() { return html\`<p>\${msg('你好')} \${this.name}</p>\`; }
}
customElements.define('app-bare', AppBare);
`;

const PAGE = `<!doctype html>
<html lang="zh-Hans">
  <head><meta charset="utf-8"><title>app</title><script type="module" src="./main.js"></script></head>
  <body><app-bare name="县"></app-bare></body>
</html>
`;

/** Unpacks the package as `npm pack` publishes it into `target` (so `files`, `exports` and `sideEffects` are the real ones). */
function unpack(root, target) {
  const out = join(target, '..');
  mkdirSync(out, { recursive: true });
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8' }));
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(out, filename), '-C', target, '--strip-components=1']);
  rmSync(join(out, filename));
}

/** Builds one app with Vite and sorts its output into what a first visit loads and what loads later. */
async function buildApp(build, dir, app) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), PAGE);
  for (const [name, text] of Object.entries(app.extra ?? {})) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'main.js'), `${app.code}\n${BARE_ELEMENT}`);
  const result = await build({ root: dir, configFile: false, envFile: false, logLevel: 'silent', build: { write: false } });
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const byName = new Map(output.map((file) => [file.fileName, file]));
  const size = (file) => {
    const bytes = Buffer.from(file.type === 'chunk' ? file.code : file.source);
    return { name: file.fileName, min: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
  };
  // The first visit: the page, the entry and its static imports, transitively.
  const first = new Set(output.filter((f) => f.fileName.endsWith('.html')).map((f) => f.fileName));
  const visit = (name) => {
    if (first.has(name)) return;
    first.add(name);
    for (const next of byName.get(name)?.imports ?? []) visit(next);
  };
  for (const chunk of output) if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName);
  const files = output.filter((f) => !f.fileName.endsWith('.map')).map((f) => ({ ...size(f), lazy: !first.has(f.fileName) }));
  const sum = (rows, key) => rows.reduce((n, r) => n + r[key], 0);
  const eager = files.filter((f) => !f.lazy);
  const lazy = files.filter((f) => f.lazy);
  return {
    ...app,
    files,
    first: { min: sum(eager, 'min'), gzip: sum(eager, 'gzip'), brotli: sum(eager, 'brotli') },
    lazy: { min: sum(lazy, 'min'), gzip: sum(lazy, 'gzip'), brotli: sum(lazy, 'brotli') },
  };
}

/**
 * Builds every app of {@link APPS} against the package in `root` (built: dist/npm must exist) and returns each
 * app's first-visit and lazy bytes; the baseline's are subtracted by the caller. `prepare(packageDir)`, when
 * given, runs on the unpacked package before the apps are built (to try a change without rebuilding).
 */
export async function measureNpmApps({ root = process.cwd(), prepare } = {}) {
  const { build } = await import('vite');
  const work = mkdtempSync(join(resolve(root), '.npm-app-'));
  try {
    // The apps' own package.json: without it the worktree's is the nearest, and `gov-widgets` would resolve to
    // the worktree itself (a package importing its own name) instead of the unpacked copy.
    writeFileSync(join(work, 'package.json'), `${JSON.stringify({ name: 'npm-bench-app', private: true, type: 'module' })}\n`);
    const pkg = join(work, 'node_modules', 'gov-widgets');
    unpack(root, pkg);
    await prepare?.(pkg);
    const apps = [];
    for (const app of APPS) apps.push(await buildApp(build, join(work, app.id), app));
    return apps;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
