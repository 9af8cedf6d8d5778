#!/usr/bin/env node
// @ts-check
// npm run build:
// 1. the npm entry points: tsc emits src/ into dist/npm/ (Lit stays a dependency), with types, then their css``
//    literals are minified and their message ids numbered as the bundles' are (scripts/npm-modules.mjs); and the
//    command line (src/cli/, Node only, tsconfig.cli.json) into dist/npm/cli/, which bin/gov-widgets.mjs runs;
// 2. the JSON Schema: dist/schema/disclosure.schema.json, emitted from the contract's shapes (src/contract/shapes.ts,
//    through dist/npm/contract/schema/emit.js; decision 0009);
// 3. the script-tag bundles: rollup (rollup.config.mjs) builds every src/bundles/<name>.ts into dist/<name>.js
//    (+ dist/chunks/ for lazy imports, + the classic dist/gov-widgets.classic.js);
// 4. dist/sri.json: the sha384 of each bundle, printed as <script> tags;
// 5. dist/gov-widgets.css: the host-page snippet that reserves each widget's loading height, through Lightning CSS
//    (scripts/css-literals.mjs: minified for the browsers we support, nothing lowered, its /*! header kept);
// 6. dist/validate.html: the validator page, one self-contained file (scripts/validator-page.mjs, decision 0021);
//    then dist/THIRD_PARTY_NOTICES.md, the licences of what the bundles and the page include (scripts/licences.mjs);
// 7. custom-elements.json: the manifest, from the widgets' JSDoc, and from it the editor data
//    (dist/vscode.html-custom-data.json, dist/web-types.json) and the JSX and Vue types (dist/npm/jsx.d.ts,
//    dist/npm/vue.d.ts; scripts/editor-data.mjs).
// Every .js, .mjs and .css file in dist/ is pure ASCII (scripts/ascii.mjs): the build fails otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { escapeTree, nonAsciiFiles } from './ascii.mjs';
import { minifyCss } from './css-literals.mjs';
import { minifyCssTree, numberMessagesTree } from './npm-modules.mjs';
import { hostCss } from './loading-heights.mjs';
import { printSri, writeSri } from './sri.mjs';
import { writeEditorData } from './editor-data.mjs';
import { buildValidatorPage } from './validator-page.mjs';
import { writeNotices } from './licences.mjs';

/**
 * @param {string} cmd
 * @param {string[]} args
 */
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const hasBundles = existsSync('src/bundles') && readdirSync('src/bundles').some((f) => f.endsWith('.ts'));

rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['tsc', '-p', 'tsconfig.cli.json']);
minifyCssTree('dist/npm');
numberMessagesTree('dist/npm');
escapeTree('dist/npm');
mkdirSync('dist/schema', { recursive: true });
// Built a moment ago by tsc (so the specifier is a variable: typecheck runs before any build exists).
const emitModule = '../dist/npm/contract/schema/emit.js';
const { schemaText } = /** @type {{ schemaText(): string }} */ (await import(emitModule));
writeFileSync('dist/schema/disclosure.schema.json', schemaText());
if (hasBundles) run('npx', ['rollup', '-c', '--silent']);
else console.log('No src/bundles/*.ts yet: no script-tag bundles built.');
printSri(writeSri('dist'));
writeFileSync('dist/gov-widgets.css', `${minifyCss(hostCss(), 'gov-widgets.css')}\n`);
// Every shipped script and stylesheet is ASCII (scripts/ascii.mjs says why): a byte above 0x7F fails the build.
const nonAscii = nonAsciiFiles('dist');
if (nonAscii.length > 0) {
  for (const { file, offset, byte } of nonAscii) console.error(`${file}: byte 0x${byte.toString(16)} at offset ${offset} is not ASCII`);
  process.exit(1);
}
if (hasBundles) await buildValidatorPage('dist');
// After every build that bundles third-party code has recorded it (scripts/licences.mjs).
console.log(`dist/THIRD_PARTY_NOTICES.md: ${writeNotices('dist').join(', ')}`);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
writeEditorData();
