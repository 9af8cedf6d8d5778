// The editor data and JSX types generated from the manifest (scripts/editor-data.mjs, run by `npm run build`):
// every attribute of the manifest is listed, nothing private is, and a React 19 TSX file that uses the tags
// typechecks — with a typo caught — under both the `bundler` and the old `node` module resolution (typesVersions).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { elementsOf, publicFields } from '../../scripts/lib/manifest.mjs';

const root = resolve(import.meta.dirname, '../..');
const json = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const elements = elementsOf(json('custom-elements.json'));

test('the manifest has the three widgets, each with what its base class documents', () => {
  assert.deepEqual(
    elements.map((e) => e.tagName),
    ['gov-account-directory', 'gov-ask-form', 'gov-policy-feed'],
  );
  for (const element of elements) {
    // Inherited from GovElement's JSDoc: lost once when a declaration came between the JSDoc and the class.
    assert.ok(
      element.cssProperties?.some((p) => p.name === '--gov-color-primary'),
      `${element.tagName}: CSS properties`,
    );
    assert.ok(
      element.slots?.some((s) => s.name === ''),
      `${element.tagName}: the fallback slot`,
    );
    for (const event of ['gov-load', 'gov-error'])
      assert.ok(
        element.events?.some((e) => e.name === event),
        `${element.tagName}: ${event}`,
      );
  }
});

test('VS Code custom data and web-types list every attribute of the manifest', () => {
  const vscode = json('dist/vscode.html-custom-data.json');
  const webTypes = json('dist/web-types.json');
  assert.equal(json('package.json')['web-types'], './dist/web-types.json');
  for (const element of elements) {
    const tag = vscode.tags.find((t) => t.name === element.tagName);
    const web = webTypes.contributions.html.elements.find((e) => e.name === element.tagName);
    const names = element.attributes.map((a) => a.name).sort();
    assert.deepEqual(tag.attributes.map((a) => a.name).sort(), names, `${element.tagName} in vscode.html-custom-data.json`);
    assert.deepEqual(web.attributes.map((a) => a.name).sort(), names, `${element.tagName} in web-types.json`);
    assert.deepEqual(web.events.map((e) => e.name).sort(), element.events.map((e) => e.name).sort());
    assert.deepEqual(web.css.parts.map((p) => p.name).sort(), element.cssParts.map((p) => p.name).sort());
    // Public properties only: no private, protected, `#` or static member is API.
    const properties = web.js.properties.map((p) => p.name);
    assert.deepEqual(
      properties,
      publicFields(element).map((m) => m.name),
    );
    for (const member of element.members.filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#'))) {
      assert.ok(!properties.includes(member.name), `${element.tagName}: ${member.name} is not public`);
    }
  }
});

test('typesVersions maps every typed export, for projects on the old "node" module resolution', () => {
  const pkg = json('package.json');
  const mapped = pkg.typesVersions['*'];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath === '.' || typeof target !== 'object' || !target.types) continue;
    assert.deepEqual(mapped[subpath.slice(2)], [target.types.slice(2)], subpath);
  }
});

const APP = `import 'gov-widgets/jsx';
import type { GovAccountDirectory } from 'gov-widgets/account-directory';

export function App({ data }: { data: unknown }) {
  const directory = (el: GovAccountDirectory | null): void => {
    void el?.reload();
  };
  return (
    <main>
      <gov-policy-feed src="/disclosure.json" limit={5} kind="policy" searchable paging heading-level="3" />
      <gov-account-directory ref={directory} data={data} show-inactive={false} stale-days="14" group-by="platform" />
      <gov-ask-form src="/questions.json" view="lookup" endpoint-origins="https://x.gov.cn" care />
    </main>
  );
}
`;

const TYPO = `import 'gov-widgets/jsx';
export const typo = <gov-policy-feed limt={5} />;
`;

const tsc = promisify(execFile);

for (const moduleResolution of ['bundler', 'node']) {
  test(`a React 19 TSX file typechecks with the tags, and a misspelt attribute fails (moduleResolution ${moduleResolution})`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-widgets-jsx-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
    symlinkSync(root, join(dir, 'node_modules/gov-widgets'));
    symlinkSync(join(root, 'node_modules/@types/react'), join(dir, 'node_modules/@types/react'));
    symlinkSync(join(root, 'node_modules/csstype'), join(dir, 'node_modules/csstype'));
    const config = (files) => ({
      compilerOptions: {
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        target: 'es2022',
        module: moduleResolution === 'node' ? 'commonjs' : 'esnext',
        moduleResolution,
        skipLibCheck: true,
        types: [],
        lib: ['es2022', 'dom'],
      },
      files,
    });
    writeFileSync(join(dir, 'app.tsx'), APP);
    writeFileSync(join(dir, 'typo.tsx'), TYPO);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config(['app.tsx'])));
    writeFileSync(join(dir, 'tsconfig.typo.json'), JSON.stringify(config(['typo.tsx'])));
    const bin = join(root, 'node_modules/typescript/bin/tsc');
    await tsc(process.execPath, [bin, '-p', join(dir, 'tsconfig.json')]).catch((error) => assert.fail(`app.tsx:\n${error.stdout}`));
    const failed = await tsc(process.execPath, [bin, '-p', join(dir, 'tsconfig.typo.json')]).then(
      () => undefined,
      (error) => error,
    );
    assert.ok(failed, 'a misspelt attribute must not typecheck');
    assert.match(failed.stdout, /limt/);
  });
}
