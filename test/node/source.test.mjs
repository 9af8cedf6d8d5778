// Checks on the source tree that keep promises of the embedding API honest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { VERSION } from '../../dist/npm/version.js';

const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(`${dir}/${n}`).isDirectory() ? walk(`${dir}/${n}`) : [`${dir}/${n}`]));
const sources = walk('src').filter((f) => f.endsWith('.ts') && !f.startsWith('src/generated/'));
const read = (f) => readFileSync(f, 'utf8');

/** The public CSS custom properties of CONTRACT.md §5. */
const TOKENS = [
  '--gov-color-primary',
  '--gov-color-text',
  '--gov-color-muted',
  '--gov-color-surface',
  '--gov-color-border',
  '--gov-color-danger',
  '--gov-font-family',
  '--gov-font-size',
  '--gov-radius',
  '--gov-space',
];

/** Properties of ours beyond the contract's (an extension: optional, documented like the rest). */
const EXTENSIONS = ['--gov-loading-block-size'];

test('the version in code is the version of the package', () => {
  assert.equal(VERSION, JSON.parse(read('package.json')).version);
});

test('no rem units in the source (host pages change the root font size)', () => {
  assert.deepEqual(
    sources.filter((f) => /\d(\.\d+)?rem\b/.test(read(f))),
    [],
  );
});

test('every --gov-* property used is a documented token, and every token is used and documented', () => {
  const used = new Set();
  const documented = new Set();
  for (const file of sources) {
    const text = read(file);
    for (const [, name] of text.matchAll(/var\(\s*(--gov-[a-z-]+)/g)) used.add(name);
    for (const [, name] of text.matchAll(/@cssproperty\s+(--gov-[a-z-]+)/g)) documented.add(name);
  }
  const all = [...TOKENS, ...EXTENSIONS];
  assert.deepEqual(
    [...used].filter((t) => !all.includes(t)),
    [],
    'used but not a contract token or a listed extension',
  );
  assert.deepEqual(
    all.filter((t) => !used.has(t)),
    [],
    'token never used',
  );
  assert.deepEqual(
    all.filter((t) => !documented.has(t)),
    [],
    'token without @cssproperty',
  );
});

test('no HTML injection sinks or eval in the source', () => {
  const sink = /unsafeHTML|unsafeSVG|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;
  assert.deepEqual(
    sources.filter((f) => sink.test(read(f))),
    [],
  );
});

test('generated locale modules hold text, not XML escapes', () => {
  for (const locale of ['en', 'zh-Hant']) {
    const code = read(`src/generated/locales/${locale}.ts`);
    assert.doesNotMatch(code, /&(amp|lt|gt|quot|apos);/, `${locale}.ts`);
  }
});

test("no module configures @lit/localize, and every msg() is the widgets' own (a host app configures it once per page)", () => {
  // @lit/localize's configuration is once per page: a widget module that configured it at load time would make
  // the app's own configureLocalization() throw. Its page-wide msg() would answer in the app's catalog.
  assert.deepEqual(
    sources.filter((f) => /\bconfigure(Reentrant|Transform)?Localization\s*\(/.test(read(f))),
    [],
  );
  assert.deepEqual(
    sources.filter((f) => /import\s*\{[^}]*\bmsg\b[^}]*\}\s*from\s*'@lit\/localize'/.test(read(f))),
    [],
  );
});

test('@lit/localize is used through its public API only, so its versions can float (caret ranges)', () => {
  // Its internal modules (runtime-msg, id-generation) change without notice; no source, script or test imports them.
  const files = ['src', 'scripts', 'test', 'bin', '.storybook'].flatMap((dir) => walk(dir)).filter((f) => /\.(ts|mjs|js)$/.test(f));
  assert.deepEqual(
    files.filter((f) => /['"]@lit\/localize\/internal/.test(read(f))),
    [],
  );
  const pkg = JSON.parse(read('package.json'));
  const ranges = { ...pkg.dependencies, ...pkg.devDependencies };
  for (const name of ['lit', '@lit/localize', '@lit/localize-tools']) assert.match(ranges[name], /^\^/, `${name} is pinned`);
});

test('each widget resolves its language per msg() call: no module-global locale, no withLocale', () => {
  // A string built in an event handler or an announcement used to need a wrap; a forgotten one showed zh-Hans.
  assert.deepEqual(
    sources.filter((f) => /\bwithLocale\b|\bcurrentLocale\b/.test(read(f))),
    [],
  );
  assert.deepEqual(
    sources.filter((f) => /import\s*\{[^}]*\bmsg\b[^}]*\}\s*from\s*'[^']*i18n\.js'/.test(read(f))),
    [],
    'i18n.ts exports no msg of its own',
  );
});

test('every msg() call has a literal, readable id, and one id names one text', async () => {
  // The lookup and the bundles' numbering (scripts/prune-messages.mjs) go by that id; lit-localize extract too.
  const { default: ts } = await import('typescript');
  const texts = new Map();
  const problems = [];
  let calls = 0;
  for (const file of sources) {
    const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node) => {
      const callee = ts.isCallExpression(node) ? node.expression : undefined;
      if (callee && ((ts.isIdentifier(callee) && callee.text === 'msg') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 'msg'))) {
        calls++;
        const where = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const [template, options] = node.arguments;
        const id = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p) => p.name?.getText(source) === 'id') : undefined;
        const value = id && ts.isPropertyAssignment(id) && ts.isStringLiteral(id.initializer) ? id.initializer.text : undefined;
        if (value === undefined) problems.push(`${where}: msg() without a literal { id: '…' }`);
        else if (!/^(core|feed|directory|ask)\.[a-z0-9]+(-[a-z0-9]+)*$/.test(value))
          problems.push(`${where}: id ${value} is not <core|feed|directory|ask>.<words>`);
        else {
          const text = template.getText(source).replace(/\$\{[^}]*\}/g, '${}');
          if (texts.has(value) && texts.get(value) !== text) problems.push(`${where}: id ${value} also names ${texts.get(value)}`);
          texts.set(value, text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.deepEqual(problems, []);
  assert.ok(calls > 250, `only ${calls} msg() calls found`);
});

test('generated locale modules are built, not committed, and no merge driver is needed', () => {
  assert.match(read('.gitignore'), /^\/?src\/generated\/?$/m);
  const attributes = read('.gitattributes')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
  assert.deepEqual(attributes, ['CHANGELOG.md merge=union']);
});

// ---- CSS parts: every part a widget renders is documented (@csspart) on it or on GovElement, every documented
// part is rendered, and custom-elements.json lists exactly those (docs/parts.md is the naming guide).

const BASE_FILE = 'src/core/gov-element.ts';
const WIDGETS = readdirSync('src/widgets').filter((w) => statSync(`src/widgets/${w}`).isDirectory());

/** The argument texts of the call whose `(` is at `open`, split at top-level commas. */
function argumentsAt(text, open) {
  const args = [];
  let depth = 0;
  let quote = null;
  let start = open + 1;
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) {
      depth -= 1;
      if (depth === 0) {
        args.push(text.slice(start, i).trim());
        return args;
      }
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  throw new Error(`unbalanced call at ${open}`);
}

/** Helpers that render `part=${part}` from a parameter: name → index of that parameter. */
function partHelpers() {
  const helpers = new Map();
  for (const file of sources) {
    const text = read(file);
    for (const match of text.matchAll(/function\s+([A-Za-z]\w*)\s*\(/g)) {
      const params = argumentsAt(text, match.index + match[0].length - 1).map((p) => p.replace(/[?:].*$/s, '').trim());
      const index = params.indexOf('part');
      if (index >= 0) helpers.set(match[1], index);
    }
  }
  return helpers;
}

/** Part names rendered, per file: static `part="a b"` and string literals passed to the part helpers. */
function renderedParts() {
  const helpers = partHelpers();
  const byFile = new Map();
  for (const file of sources) {
    const text = read(file);
    const names = new Set();
    for (const [, value] of text.matchAll(/\bpart="([^"]*)"/g)) for (const name of value.split(/\s+/).filter(Boolean)) names.add(name);
    for (const [, expression] of text.matchAll(/\bpart=\$\{([^}]*)\}/g)) {
      assert.match(expression, /^(ifDefined\()?part\)?$/, `${file}: part=\${${expression}} — pass part names through a helper's \`part\` parameter`);
    }
    for (const [name, index] of helpers) {
      for (const match of text.matchAll(new RegExp(`(?<![\\w.])${name}\\(`, 'g'))) {
        if (/function\s+$/.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
        const arg = argumentsAt(text, match.index + match[0].length - 1)[index];
        if (arg === undefined || arg === 'part') continue;
        const literal = /^'([^']*)'$/.exec(arg);
        assert.ok(literal, `${file}: ${name}(…) is given part ${arg}, not a string literal`);
        for (const part of literal[1].split(/\s+/).filter(Boolean)) names.add(part);
      }
    }
    if (names.size > 0) byFile.set(file, names);
  }
  return byFile;
}

/** `@csspart name - …` of a file's JSDoc, in order. */
const documentedParts = (file) => [...read(file).matchAll(/@csspart\s+([\w-]+)\s+-\s+\S/g)].map((m) => m[1]);

function partsByOwner() {
  const rendered = { base: new Set() };
  for (const widget of WIDGETS) rendered[widget] = new Set();
  for (const [file, names] of renderedParts()) {
    // The shared view pieces of src/core/view/ draw GovElement's own states (a lazy view's loading and failure).
    const owner = file === BASE_FILE || file.startsWith('src/core/view/') ? 'base' : /^src\/widgets\/([^/]+)\//.exec(file)?.[1];
    assert.ok(owner in rendered, `${file} renders parts (${[...names]}) but is neither GovElement, a core view nor in a widget folder`);
    for (const name of names) rendered[owner].add(name);
  }
  return rendered;
}

test('every part rendered is documented with @csspart on its widget or on GovElement, and every documented part is rendered', () => {
  const rendered = partsByOwner();
  const base = documentedParts(BASE_FILE);
  assert.deepEqual([...new Set(base)], base, 'GovElement documents a part twice');
  assert.deepEqual(
    base.filter((p) => !rendered.base.has(p)),
    [],
    'documented on GovElement but not rendered by it',
  );
  assert.deepEqual(
    [...rendered.base].filter((p) => !base.includes(p)),
    [],
    'rendered by GovElement but not documented on it',
  );
  for (const widget of WIDGETS) {
    const own = documentedParts(`src/widgets/${widget}/${widget}.ts`);
    assert.deepEqual([...new Set(own)], own, `${widget} documents a part twice`);
    assert.deepEqual(
      own.filter((p) => base.includes(p)),
      [],
      `${widget} documents again a part GovElement documents`,
    );
    assert.deepEqual(
      own.filter((p) => !rendered[widget].has(p)),
      [],
      `${widget}: documented but not rendered`,
    );
    assert.deepEqual(
      [...rendered[widget]].filter((p) => !own.includes(p) && !base.includes(p)),
      [],
      `${widget}: rendered but not documented`,
    );
  }
});

test('custom-elements.json lists every part of every widget, each once with a description', async () => {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  const manifest = await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: process.cwd(), noWrite: true });
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const base = documentedParts(BASE_FILE);
  for (const widget of WIDGETS) {
    const element = declarations.find((d) => d.tagName === `gov-${widget}`);
    assert.ok(element, `no declaration with tagName gov-${widget}`);
    const listed = (element.cssParts ?? []).map((p) => p.name);
    assert.deepEqual([...listed].sort(), [...documentedParts(`src/widgets/${widget}/${widget}.ts`), ...base].sort(), `gov-${widget} cssParts`);
    for (const part of element.cssParts) assert.ok(part.description?.trim(), `gov-${widget} part ${part.name} has no description`);
  }
});

test('docs/parts.md lists every part of every widget, and no other', () => {
  const guide = read('docs/parts.md');
  const section = (heading) => {
    const start = guide.indexOf(`### \`${heading}\``);
    assert.ok(start >= 0, `docs/parts.md has no section ### \`${heading}\``);
    const end = guide.indexOf('\n#', start + 1);
    return [...guide.slice(start, end < 0 ? undefined : end).matchAll(/^\| `([\w-]+)` \|/gm)].map((m) => m[1]);
  };
  assert.deepEqual(section('GovElement'), documentedParts(BASE_FILE), 'GovElement');
  for (const widget of WIDGETS) {
    assert.deepEqual(section(`gov-${widget}`), documentedParts(`src/widgets/${widget}/${widget}.ts`), `gov-${widget}`);
  }
});

test('every widget folder has the same anatomy (docs/architecture.md)', () => {
  const widgets = readdirSync('src/widgets').filter((n) => statSync(`src/widgets/${n}`).isDirectory());
  assert.deepEqual(widgets.sort(), ['account-directory', 'ask-form', 'policy-feed']);
  // Optional: events.ts (events of the widget's own), model/ (further pure logic), controllers/ (flows with network,
  // timers or storage), lazy/ (the entry modules of chunks loaded on demand).
  const allowed = new Set(['define.ts', 'index.ts', 'events.ts', 'labels.ts', 'model.ts', 'model', 'views', 'controllers', 'lazy']);
  for (const name of widgets) {
    const entries = readdirSync(`src/widgets/${name}`);
    for (const required of [`${name}.ts`, `${name}.styles.ts`, 'define.ts', 'index.ts', 'labels.ts', 'model.ts', 'views']) {
      assert.ok(entries.includes(required), `src/widgets/${name}/ has no ${required}`);
    }
    const stray = entries.filter((e) => !allowed.has(e) && e !== `${name}.ts` && e !== `${name}.styles.ts`);
    assert.deepEqual(stray, [], `src/widgets/${name}/: files outside the anatomy`);
    for (const folder of ['views', 'model', 'controllers']) {
      if (!entries.includes(folder)) continue;
      const named = readdirSync(`src/widgets/${name}/${folder}`).filter((f) => /-(view|controller)\.ts$|^view-/.test(f));
      assert.deepEqual(named, [], `src/widgets/${name}/${folder}/: the folder says what a file is, its name says which`);
    }
  }
});

test('a lazy/ module is imported only with import(), so it stays a chunk of its own (docs/architecture.md, "Lazy views")', () => {
  const problems = [];
  for (const file of sources) {
    const text = read(file);
    for (const [statement, path] of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']*\/lazy\/[^']*)'/gm)) {
      problems.push(`${file}: ${statement.trim().split('\n')[0]} (${path})`);
    }
  }
  assert.deepEqual(problems, [], 'static imports of lazy modules');
  for (const widget of WIDGETS) {
    const dir = `src/widgets/${widget}/lazy`;
    let names = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    const element = read(`src/widgets/${widget}/${widget}.ts`);
    for (const name of names) {
      const specifier = `./lazy/${name.replace(/\.ts$/, '.js')}`;
      assert.ok(element.includes(`import('${specifier}')`), `${dir}/${name} is not loaded by ${widget}.ts with import('${specifier}')`);
      // Everything it exports comes from the widget's views/, controllers/ and model/: no new code is written here.
      assert.deepEqual(
        read(`${dir}/${name}`)
          .split('\n')
          .filter(
            (line) => /^(import|export|const|let|function|class)\b/.test(line) && !/^export (\{[^}]*\}|\*) from '\.\.\/(views|controllers|model)\//.test(line),
          ),
        [],
        `${dir}/${name} re-exports from views/, controllers/ and model/ only`,
      );
    }
  }
});
