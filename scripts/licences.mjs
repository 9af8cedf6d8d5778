// @ts-check
// Third-party licence notices for what the build bundles (Lit, @lit/localize, uqr, @rgrove/parse-xml, tslib's
// helpers in the script-tag bundles; Ajv and its helpers in dist/validate.html). The minifier drops every comment,
// so the notices are put back after it, in two places:
// - a one-line banner on each chunk that holds third-party code, naming those packages and their licences and
//   pointing to the notice file (a chunk of our own code only gets none: those bytes would cost every reader);
// - dist/THIRD_PARTY_NOTICES.md: each bundled package with its version, licence and full licence text (from the
//   package's own LICENSE file), which is what the BSD and MIT licences ask a binary redistribution to carry.
// The rollup builds (a separate process) and the validator page each record what they bundled in a sidecar,
// dist/.third-party.json; scripts/build.mjs then writes the notice file from it and removes the sidecar.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import MagicString from 'magic-string';

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.md';
const SIDECAR = '.third-party.json';

/** @typedef {{ name: string, version: string, license: string, dir: string }} ThirdParty */

/** @type {Map<string, ThirdParty>} */
const packageCache = new Map();

/**
 * The npm package a bundled module comes from, or null for our own code and virtual modules.
 * @param {string} id a Rollup module id
 * @returns {ThirdParty | null}
 */
export function packageOf(id) {
  const match = /^(.*[\\/]node_modules[\\/])((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id.replace(/^\0/, ''));
  if (!match) return null;
  const dir = `${match[1]}${match[2]}`;
  const cached = packageCache.get(dir);
  if (cached) return cached;
  const pkg = /** @type {{ name: string, version: string, license?: string }} */ (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
  const found = { name: pkg.name, version: pkg.version, license: pkg.license ?? 'UNKNOWN', dir };
  packageCache.set(dir, found);
  return found;
}

/**
 * The third-party packages whose code a chunk holds (modules tree-shaken to nothing do not count), by name.
 * @param {Record<string, { renderedLength: number }>} modules a rendered chunk's modules
 * @returns {ThirdParty[]}
 */
export function packagesIn(modules) {
  /** @type {Map<string, ThirdParty>} */
  const found = new Map();
  for (const [id, module] of Object.entries(modules)) {
    if (module.renderedLength === 0) continue;
    const pkg = packageOf(id);
    if (pkg) found.set(`${pkg.name}@${pkg.version}`, pkg);
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The one-line banner: the packages grouped by licence, ASCII only (a classic script may be read as GBK).
 * @param {ThirdParty[]} packages
 */
export function bannerFor(packages) {
  /** @type {Map<string, string[]>} */
  const byLicence = new Map();
  for (const pkg of packages) byLicence.set(pkg.license, [...(byLicence.get(pkg.license) ?? []), pkg.name]);
  const parts = [...byLicence].map(([licence, names]) => `${names.join(', ')} (${licence})`);
  return `/*! gov-widgets includes ${parts.join('; ')}. Notices: ${NOTICES_FILE} */`;
}

/**
 * What the builds so far recorded in dist/.third-party.json, by name@version.
 * @param {string} file
 * @returns {Record<string, ThirdParty>}
 */
const readRecord = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});

/**
 * Records what a build bundled in dist/.third-party.json (merged with what other builds recorded).
 * @param {string} dist
 * @param {Iterable<ThirdParty>} packages
 */
export function recordPackages(dist, packages) {
  const file = resolve(dist, SIDECAR);
  const seen = readRecord(file);
  for (const pkg of packages) seen[`${pkg.name}@${pkg.version}`] = pkg;
  writeFileSync(file, JSON.stringify(seen));
}

/**
 * A Rollup output plugin, last (after the minifier and the ASCII escaping): the banner on each chunk that holds
 * third-party code, with the source map shifted to match, and the packages recorded for the notice file.
 * @param {string} dist
 */
export function licenceBanner(dist = 'dist') {
  /** @type {ThirdParty[]} */
  const bundled = [];
  /** @type {import('rollup').Plugin} */
  const plugin = {
    name: 'gov-licence-banner',
    renderChunk(code, chunk) {
      const packages = packagesIn(chunk.modules);
      if (packages.length === 0) return null;
      bundled.push(...packages);
      const out = new MagicString(code).prepend(`${bannerFor(packages)}\n`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
    // generateBundle, not writeBundle: the validator page generates in memory and writes nothing.
    generateBundle() {
      recordPackages(dist, bundled);
    },
  };
  return plugin;
}

/** @param {string} dir a package's folder */
function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : null;
}

/**
 * Writes dist/THIRD_PARTY_NOTICES.md from what the builds recorded and removes the record.
 * @param {string} dist
 * @returns {string[]} the packages listed, as name@version
 */
export function writeNotices(dist = 'dist') {
  const file = resolve(dist, SIDECAR);
  const seen = readRecord(file);
  rmSync(file, { force: true });
  const packages = Object.values(seen).sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const sections = packages.map((pkg) => {
    const text = licenceText(pkg.dir);
    if (!text) throw new Error(`${pkg.name}@${pkg.version}: no LICENSE file in ${pkg.dir}, so no notice to ship`);
    return `## ${pkg.name} ${pkg.version}\n\nLicence: ${pkg.license}\n\n\`\`\`text\n${text}\n\`\`\`\n`;
  });
  const head = [
    '# Third-party notices',
    '',
    'gov-widgets is MIT-licensed (see LICENSE). Its script-tag bundles (`dist/*.js`, `dist/chunks/`), the classic',
    'build and the validator page (`dist/validate.html`) include code from the packages below, each under its own',
    'licence, reproduced here. Each bundle or chunk that holds such code starts with a one-line comment naming them.',
    'The npm modules (`dist/npm/`) bundle nothing: they import these packages as dependencies.',
    '',
  ].join('\n');
  writeFileSync(resolve(dist, NOTICES_FILE), `${head}\n${sections.join('\n')}`);
  return packages.map((pkg) => `${pkg.name}@${pkg.version}`);
}
