// The published schema is emitted from the contract's shapes (src/contract/shapes.ts, decision 0009) by
// npm run build. The committed copy (src/contract/schema/disclosure.schema.json, kept so that a change of the
// contract shows in review) must be what the build emits, and every description must have a place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFINITIONS, emitSchema, schemaText } from '../../dist/npm/contract/schema/emit.js';
import { DESCRIPTIONS } from '../../dist/npm/contract/schema/descriptions.js';

test('the published schema is the one emitted from the shapes', () => {
  assert.equal(readFileSync('dist/schema/disclosure.schema.json', 'utf8'), schemaText());
});

test('the committed schema is not stale (refresh: npm run build && cp dist/schema/disclosure.schema.json src/contract/schema/)', () => {
  assert.equal(readFileSync('src/contract/schema/disclosure.schema.json', 'utf8'), schemaText());
});

test('every definition of the schema has a description, and every description a place', () => {
  const { schema, places } = emitSchema();
  for (const [name] of DEFINITIONS) assert.ok(schema.$defs[name].description, `$defs/${name} has no description`);
  for (const place of Object.keys(DESCRIPTIONS)) assert.ok(places.has(place), `a description for ${place}, which the schema does not have`);
});

test('an "expected" field is required by the schema (the validator reports it missing)', () => {
  const { schema } = emitSchema();
  assert.ok(schema.$defs.policyFeed.required.includes('title'));
  assert.ok(schema.$defs.discovery.required.includes('version'));
});
