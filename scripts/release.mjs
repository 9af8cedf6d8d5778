#!/usr/bin/env node
// @ts-check
// npm run release: the webmaster's zip, release/out/gov-widgets-<version>.zip, holding one folder
// gov-widgets-<version>/ that works as it is when unzipped and served by any static server:
//
//   README.txt        what to copy where (Chinese, then English), the snippets with this release's SRI hashes
//   index.html        a sample page: the three widgets on the demo county's data, the snippet as docs/embedding.md
//                     writes it (charset, integrity + crossorigin, an import map covering the chunks)
//   validate.html     the data check, one self-contained page (works offline)
//   gov-widgets/      what goes on the site: the bundles, every chunk they can load, gov-widgets.css, sri.json,
//                     THIRD_PARTY_NOTICES.md (the notices the bundles' banners point to)
//   data/, assets/    the sample data (demo/data, copied byte for byte) and the files it names
//   server/           nginx, IIS (web.config) and Apache (.htaccess): MIME types, charset, caching
//   LICENSE
//
// The page and README are filled in from release/ at release time: every hash is read from the files being
// zipped (and checked against dist/sri.json), never written by hand. What a bundle can load is read from Rollup's
// own chunk graph (dist/bundles.json), and every relative import in the zipped code must name a zipped file.
// The zip is reproducible: entries sorted, one fixed modification time, the same compression level.
//
//   node scripts/release.mjs              builds first (npm run build), then writes the zip
//   node scripts/release.mjs --no-build   uses dist/ as it is (the test does this after npm test's build)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { sri } from './sri.mjs';

const ROOT = resolve(import.meta.dirname, '..');

/** The DOS epoch, as local time (zip times have no zone): every entry gets it, so the bytes never depend on when. */
const MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** @typedef {{ imports: string[], dynamicImports: string[], chunks: Record<string, { imports: string[], dynamicImports: string[] }> }} EntryGraph */

/**
 * Every file a bundle may load at run time (itself, its static and dynamic imports, theirs in turn), from the
 * chunk graph Rollup wrote (scripts/bundle-manifest.mjs); paths relative to dist/.
 * @param {Record<string, EntryGraph>} graph dist/bundles.json
 * @returns {string[]}
 */
export function runtimeFiles(graph) {
  /** @type {Set<string>} */
  const files = new Set();
  for (const [bundle, entry] of Object.entries(graph)) {
    files.add(bundle);
    const pending = [...entry.imports, ...entry.dynamicImports];
    while (pending.length > 0) {
      const file = /** @type {string} */ (pending.pop());
      if (files.has(file)) continue;
      files.add(file);
      const node = entry.chunks[file];
      if (node) pending.push(...node.imports, ...node.dynamicImports);
    }
  }
  return [...files].sort();
}

/**
 * The relative module specifiers a minified file names (`import("./chunks/x.js")`, `from"../gov-widgets.js"`,
 * `import"./x.js"`), resolved against its own path.
 * @param {string} path relative to dist/
 * @param {string} code
 */
export function relativeImports(path, code) {
  const found = new Set();
  for (const match of code.matchAll(/\b(?:import\s*\(\s*|from\s*|import\s*)["'](\.\.?\/[^"']+)["']/g)) {
    found.add(posix.normalize(posix.join(posix.dirname(path), /** @type {string} */ (match[1]))));
  }
  return [...found].sort();
}

/** @param {string} text @param {Record<string, string>} values */
function fill(text, values) {
  return text.replace(/\{\{([^}]+)\}\}/g, (whole, /** @type {string} */ key) => {
    if (!(key in values)) throw new Error(`release: no value for ${whole}`);
    return /** @type {string} */ (values[key]);
  });
}

/** Windows line ends and a byte order mark: Notepad before Windows 10 (1903) shows UTF-8 text right only so. */
const forNotepad = (/** @type {string} */ text) => `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`;

/**
 * The files of the release, by their path inside the zip's folder.
 * @param {{ root?: string, dist?: string }} [options]
 * @returns {{ version: string, files: Map<string, Uint8Array> }}
 */
export function releaseFiles({ root = ROOT, dist = join(root, 'dist') } = {}) {
  const graphFile = join(dist, 'bundles.json');
  if (!existsSync(graphFile)) throw new Error(`release: ${graphFile} is missing: run npm run build first (or npm run release without --no-build)`);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  /** @type {Record<string, EntryGraph>} */
  const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
  /** @type {{ [bundle: string]: string | Record<string, string>, chunks: Record<string, string> }} */
  const manifest = JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8'));

  /** @type {Map<string, Uint8Array>} */
  const files = new Map();
  const code = runtimeFiles(graph);
  for (const file of code) {
    if (!existsSync(join(dist, file))) throw new Error(`release: ${file} is in dist/bundles.json but not in ${dist}`);
    files.set(`gov-widgets/${file}`, readFileSync(join(dist, file)));
  }
  // What the code itself imports must be in the zip too (a chunk imports its bundle by its plain URL).
  for (const file of code.filter((f) => !f.endsWith('.classic.js'))) {
    for (const imported of relativeImports(file, readFileSync(join(dist, file), 'utf8'))) {
      if (!code.includes(imported)) throw new Error(`release: ${file} imports ${imported}, which no bundle's graph lists`);
    }
  }
  // sri.json is the webmaster's reference: it must describe exactly the bytes zipped.
  for (const file of code) {
    const listed = file.startsWith('chunks/') ? manifest.chunks[file] : manifest[file];
    const actual = sri(readFileSync(join(dist, file)));
    if (listed !== actual) throw new Error(`release: dist/sri.json says ${String(listed)} for ${file}, the file is ${actual}: run npm run build`);
  }
  const css = readFileSync(join(dist, 'gov-widgets.css'));
  files.set('gov-widgets/gov-widgets.css', css);
  files.set('gov-widgets/sri.json', readFileSync(join(dist, 'sri.json')));
  // The notices the bundles' banners point to ("Notices: THIRD_PARTY_NOTICES.md"), next to them.
  files.set('gov-widgets/THIRD_PARTY_NOTICES.md', readFileSync(join(dist, 'THIRD_PARTY_NOTICES.md')));
  files.set('validate.html', readFileSync(join(dist, 'validate.html')));

  // The sample data, byte for byte, and the files it names outside its folder (a QR image: "../assets/…").
  const data = join(root, 'demo/data');
  for (const name of readdirSync(data).filter((f) => f.endsWith('.json'))) {
    const bytes = readFileSync(join(data, name));
    files.set(`data/${name}`, bytes);
    for (const match of bytes.toString('utf8').matchAll(/"\.\.\/(assets\/[\w./-]+)"/g)) {
      const asset = /** @type {string} */ (match[1]);
      files.set(asset, readFileSync(join(root, 'demo', asset)));
    }
  }

  const tags = Object.keys(manifest)
    .filter((name) => name !== 'chunks')
    .sort()
    .map((name) => {
      const type = name.endsWith('.classic.js') ? '' : ' type="module"';
      const defer = name.endsWith('.classic.js') ? ' defer' : '';
      return `<script${type} src="/assets/gov-widgets/${name}" charset="utf-8" integrity="${String(manifest[name])}" crossorigin="anonymous"${defer}></script>`;
    });
  /** @param {string} base */
  const importMap = (base) => {
    const integrity = Object.fromEntries(graph['gov-widgets.js']?.dynamicImports.map((chunk) => [`${base}${chunk}`, manifest.chunks[chunk] ?? '']) ?? []);
    return JSON.stringify({ integrity }, null, 2);
  };
  const values = {
    version,
    'integrity:gov-widgets.js': String(manifest['gov-widgets.js']),
    'integrity:gov-widgets.css': sri(css),
    // Relative to the sample page; "./" makes the keys URLs (a bare "gov-widgets/…" would be a module name).
    importmap: importMap('./gov-widgets/'),
    'importmap:site': importMap('/assets/gov-widgets/'),
    tags: tags.join('\n'),
  };
  const template = join(root, 'release');
  files.set('index.html', Buffer.from(fill(readFileSync(join(template, 'index.html'), 'utf8'), values)));
  files.set('README.txt', Buffer.from(forNotepad(fill(readFileSync(join(template, 'README.txt'), 'utf8'), values))));
  for (const name of readdirSync(join(template, 'server')).sort()) {
    files.set(`server/${name}`, Buffer.from(fill(readFileSync(join(template, 'server', name), 'utf8'), values)));
  }
  files.set('LICENSE', readFileSync(join(root, 'LICENSE')));
  return { version, files };
}

/**
 * Writes `<out>/gov-widgets-<version>.zip`.
 * @param {{ root?: string, dist?: string, out?: string }} [options]
 * @returns {{ file: string, size: number, count: number, folder: string }}
 */
export function writeRelease({ root = ROOT, dist = join(root, 'dist'), out = join(root, 'release/out') } = {}) {
  const { version, files } = releaseFiles({ root, dist });
  const folder = `gov-widgets-${version}`;
  /** @type {Record<string, Uint8Array>} */
  const entries = {};
  for (const path of [...files.keys()].sort()) entries[`${folder}/${path}`] = /** @type {Uint8Array} */ (files.get(path));
  const zip = zipSync(entries, { level: 9, mtime: MTIME });
  const file = join(out, `${folder}.zip`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, zip);
  return { file, size: zip.byteLength, count: files.size, folder };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const { file, size, count } = writeRelease();
  console.log(`\n${relative(ROOT, file)}: ${count} files, ${size.toLocaleString('en')} bytes`);
}
