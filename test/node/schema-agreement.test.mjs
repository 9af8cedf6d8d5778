// The browser-side validator (src/contract/validate.ts, no Ajv) and the published JSON Schema must agree:
// a document is schema-valid exactly when the validator finds no schema issue in it. Checked on the test
// fixtures and on every single-field mutation of them. (The schema is emitted from the validator's shapes,
// decision 0009; schema-generated.test.mjs compares what both keep, on documents generated from the schema.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ContractError, detectKind, validateDocument } from '../../dist/npm/contract/index.js';
import { paths, withoutKey, withValue } from '../lib/json-edit.mjs';

const schema = JSON.parse(readFileSync('dist/schema/disclosure.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addSchema(schema);
const DEF = { discovery: '', policies: '/$defs/policyFeed', accounts: '/$defs/accountsDocument', questions: '/$defs/questionsDocument' };
const validatorFor = (kind) => ajv.getSchema(`${schema.$id}#${DEF[kind]}`);

const BASE = 'https://county.example/disclosure.json';

/** Our verdict: valid when nothing schema-level was reported and the document was not refused. */
function ours(json) {
  try {
    const result = validateDocument(json, BASE);
    return { valid: !result.issues.some((issue) => issue.kind === 'schema'), issues: result.issues };
  } catch (error) {
    assert.ok(error instanceof ContractError, `validateDocument threw ${error}`);
    return { valid: false, issues: [{ path: error.path, message: error.message }] };
  }
}

function theirs(json, kind) {
  const validate = validatorFor(kind);
  return { valid: validate(json), errors: validate.errors };
}

function fixtures(dir = 'test/fixtures') {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...fixtures(path));
    else if (name.endsWith('.json')) out.push(path);
  }
  return out;
}

const REPLACEMENTS = [null, 42, 1.5, -1, true, [], {}, '', 'x', '2026-02-30', { en: 7 }];
const urlField = (path) => /url|submit|lookup|avatar|image/.test(String(path.at(-1)));

test('the schema compiles under Ajv strict mode', () => {
  assert.ok(validatorFor('discovery'));
});

test('validator and schema agree on every fixture', () => {
  for (const file of fixtures()) {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const kind = detectKind(json);
    if (!kind) continue;
    const a = ours(json);
    const b = theirs(json, kind);
    assert.equal(a.valid, b.valid, `${file}: ours ${JSON.stringify(a.issues.slice(0, 3))} / Ajv ${JSON.stringify(b.errors?.slice(0, 3))}`);
  }
});

test('validator and schema agree on every single-field mutation of the fixtures', () => {
  let checked = 0;
  for (const file of [
    'test/fixtures/disclosure-inline.json',
    'test/fixtures/data/policies.json',
    'test/fixtures/data/accounts.json',
    'test/fixtures/data/questions.json',
    'test/fixtures/generic-feed.json',
  ]) {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const kind = detectKind(json);
    for (const path of paths(json)) {
      const variants = REPLACEMENTS.filter((r) => !(r === '' && urlField(path))).map((r) => withValue(json, path, r));
      if (path.length > 0) variants.push(withoutKey(json, path));
      for (const variant of variants) {
        // A mutation may turn the document into another kind (a feed without its version and items …):
        // compare with the schema of the kind the document now has.
        const a = ours(variant);
        const b = theirs(variant, detectKind(variant) ?? kind);
        assert.equal(
          a.valid,
          b.valid,
          `${file} ${JSON.stringify(path)} → ${JSON.stringify(variant === undefined ? 'removed' : path.reduce((n, k) => n?.[k], variant))}: ` +
            `ours ${JSON.stringify(a.issues.slice(0, 2))} / Ajv ${JSON.stringify(b.errors?.slice(0, 2))}`,
        );
        checked++;
      }
    }
  }
  assert.ok(checked > 2000, `only ${checked} mutations`);
});

test('validator and schema agree at and just past every bound (limits.ts = maxItems / maxLength / maxProperties)', () => {
  const feed = (items) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'f', items });
  const item = (extra = {}) => ({ id: 'a', title: 't', date_published: '2026-11-01', ...extra });
  const texts = (n, c = '字') => c.repeat(n);
  const cases = [];
  for (const [n, valid] of [
    [0, true],
    [1, false],
  ]) {
    cases.push(
      [`${500 + n} organizations`, { version: '1.0', organizations: Array.from({ length: 500 + n }, (_, i) => ({ id: `o${i}`, name: 'n' })) }, valid],
      [`${10_000 + n} items`, feed(Array.from({ length: 10_000 + n }, (_, i) => item({ id: `i${i}` }))), valid],
      [`${5_000 + n} accounts`, { accounts: Array.from({ length: 5_000 + n }, (_, i) => ({ id: `a${i}`, name: 'n', platform: 'weibo' })) }, valid],
      [
        `${100 + n} services`,
        { endpoints: { submit: '/q' }, services: Array.from({ length: 100 + n }, (_, i) => ({ service_code: `s${i}`, service_name: 'n' })) },
        valid,
      ],
      [`${500 + n} recipients`, { endpoints: { submit: '/q' }, recipients: Array.from({ length: 500 + n }, (_, i) => `o${i}`) }, valid],
      [`${50 + n} tags`, feed([item({ tags: Array.from({ length: 50 + n }, (_, i) => `t${i}`) })]), valid],
      [`a title of ${500 + n}`, feed([item({ title: texts(500 + n, '😀') })]), valid],
      [`a summary of ${20_000 + n}`, feed([item({ summary: texts(20_000 + n) })]), valid],
      [`a 文号 of ${200 + n}`, feed([item({ _gov: { doc_number: texts(200 + n) } })]), valid],
      [`an id of ${200 + n}`, feed([item({ id: texts(200 + n, 'x') })]), valid],
      [`${20 + n} languages`, feed([item({ title: Object.fromEntries(Array.from({ length: 20 + n }, (_, i) => [`x-l${i}`, 't'])) })]), valid],
    );
  }
  for (const [what, json, valid] of cases) {
    const kind = detectKind(json);
    assert.equal(ours(json).valid, valid, `ours: ${what}`);
    assert.equal(theirs(json, kind).valid, valid, `Ajv: ${what}`);
  }
});
