// Storybook's docs tables (.storybook/argtypes.mjs) against the manifest: every attribute, public property, event,
// part and CSS property of each widget has its row in the right section, and nothing private or protected does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { argTypesOf } from '../../.storybook/argtypes.mjs';
import { declarationOf, publicFields } from '../../scripts/lib/manifest.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const rows = (argTypes, category) =>
  Object.values(argTypes)
    .filter((a) => a.table.category === category && !a.table.disable)
    .map((a) => a.name)
    .sort();

for (const tagName of ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form']) {
  test(`${tagName}: the docs tables list the manifest's public API, each in its section`, () => {
    const declaration = declarationOf(manifest, tagName);
    const argTypes = argTypesOf(manifest, tagName);
    const attributes = declaration.attributes.map((a) => a.name).sort();
    assert.deepEqual(rows(argTypes, 'attributes'), attributes);
    const withAttribute = new Set(declaration.attributes.map((a) => a.fieldName ?? a.name));
    assert.deepEqual(
      rows(argTypes, 'properties'),
      publicFields(declaration)
        .map((m) => m.name)
        .filter((name) => !withAttribute.has(name))
        .sort(),
    );
    assert.deepEqual(rows(argTypes, 'events'), declaration.events.map((e) => e.name).sort());
    assert.deepEqual(rows(argTypes, 'css shadow parts'), declaration.cssParts.map((p) => p.name).sort());
    assert.deepEqual(rows(argTypes, 'css custom properties'), declaration.cssProperties.map((p) => p.name).sort());
    const listed = new Set(Object.values(argTypes).map((a) => a.name));
    for (const member of declaration.members.filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#'))) {
      if (attributes.includes(member.name) || declaration.cssParts.some((p) => p.name === member.name)) continue;
      assert.ok(!listed.has(member.name), `${member.name} is not public API`);
    }
  });
}

test('an attribute named like a part keeps its row (kind, filters, heading on the feed)', () => {
  const argTypes = argTypesOf(manifest, 'gov-policy-feed');
  for (const name of ['kind', 'filters', 'heading']) {
    assert.equal(argTypes[name].table.category, 'attributes', name);
    assert.equal(argTypes[`part:${name}`].table.category, 'css shadow parts', name);
  }
  // A story's arg (camelCase) lands on the attribute's row, with its control.
  assert.equal(argTypes.headingLevel.name, 'heading-level');
  assert.equal(argTypes.searchable.control, 'boolean');
});
