// The published schema and the widgets' validator agree on what they KEEP, over every document of the schema,
// on documents generated from the schema itself (fast-check arbitraries built by walking the JSON Schema):
// - a schema-valid document comes back whole: every value kept, but for URLs (resolved against the document),
//   values the validator reports as unusable (`semantic`: an unsafe URL, a duplicate id, a run of combining
//   marks cut) and the elements those leave out; it never has a `schema` issue;
// - in a mutated, schema-invalid document, the place of each Ajv error is a reported issue (or holds one), or
//   lies under a left-out element, or the validator refused the document as a whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  ContractError,
  safeUrl,
  validateAccounts,
  validateAnsweredPage,
  validateDocument,
  validateFieldErrors,
  validateLookupResponse,
  validatePolicyFeed,
  validateQuestions,
  validateSubmitResponse,
} from '../../dist/npm/contract/index.js';
import { childPath, INVALID, OMIT } from '../../dist/npm/contract/check.js';
import { submitPayload } from '../../dist/npm/contract/shapes.js';
import { paths, withoutKey as without, withValue } from '../lib/json-edit.mjs';

const schema = JSON.parse(readFileSync('dist/schema/disclosure.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addSchema(schema);
const at = (pointer) => ajv.getSchema(`${schema.$id}#${pointer}`);

const BASE = 'https://county.example/data/disclosure.json';
const RUNS = Number(process.env.GOV_SCHEMA_RUNS ?? 120);

/** The payload has no validator in the package (the widget builds it): its shape's check is its validator. */
function checkPayload(json) {
  const ctx = { base: BASE, issues: [] };
  const value = submitPayload.check(json, '$', ctx);
  if (value === INVALID || value === OMIT) throw new ContractError('shape', 'not a usable submit payload', { path: '$' });
  return { value, issues: ctx.issues };
}

/** A discovery document: its inline sections come back apart from it (`sections`); put them back. */
function readDiscovery(json) {
  const result = validateDocument(json, BASE);
  const value = { ...result.discovery.value };
  for (const name of ['policies', 'accounts', 'questions']) {
    const ref = result.discovery.sections[name];
    if (ref && 'url' in ref) value[name] = ref.url;
    else if (result.sections[name]) value[name] = result.sections[name];
  }
  return { value, issues: result.issues };
}

/** Every document of the schema (every $def a validator reads as a whole), with that validator. */
const DOCUMENTS = {
  discovery: readDiscovery,
  policyFeed: (json) => validatePolicyFeed(json, BASE),
  accountsDocument: (json) => validateAccounts(json, BASE),
  questionsDocument: (json) => validateQuestions(json, BASE),
  answeredPage: (json) => validateAnsweredPage(json, BASE),
  submitPayload: checkPayload,
  submitResponse: (json) => validateSubmitResponse(json, BASE),
  fieldErrors: (json) => validateFieldErrors(json, BASE),
  lookupResponse: (json) => validateLookupResponse(json, BASE),
};

test('the agreement test covers every document of the schema', () => {
  const documents = Object.keys(schema.$defs).filter((name) =>
    /Document$|^discovery$|^policyFeed$|^answeredPage$|^submit|^fieldErrors$|^lookupResponse$/.test(name),
  );
  assert.deepEqual(Object.keys(DOCUMENTS).sort(), documents.sort());
});

// ---------------------------------------------------------------------------------------------------
// Arbitraries from the schema

const resolve = (pointer) =>
  pointer
    .split('/')
    .slice(1)
    .reduce((node, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')], schema);
const defPointer = (ref) => ref.slice(1);

/** Strings a site may write where the schema says URL: relative, absolute, and some no widget links. */
const urlString = fc.oneof(
  { weight: 4, arbitrary: fc.webUrl() },
  { weight: 3, arbitrary: fc.constantFrom('policies.json', '../q.json', '/api/questions', './a b.png', '?page=2', '#top', '//cdn.example/x.png') },
  { weight: 1, arbitrary: fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 'ftp://x.example/') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
const dateString = day.map((d) => d.toISOString().slice(0, 10));
const dateTimeString = fc.tuple(day, fc.constantFrom('Z', '+08:00', '-05:30')).map(([d, zone]) => d.toISOString().slice(0, 19) + zone);

/** Keys no document of the contract has (or not everywhere): `name`/`email` are personal data in an answer. */
const UNKNOWN_KEYS = ['x_note', 'constructor', 'toString', 'name', 'email', 'hasOwnProperty'];

const cache = new Map();

/** The arbitrary of the schema node at `pointer` (a JSON pointer into the published schema). */
function arbitrary(pointer) {
  if (cache.has(pointer)) return cache.get(pointer);
  const made = fc.constant(null).chain(() => build(pointer));
  cache.set(pointer, made);
  return made;
}

function build(pointer) {
  const node = resolve(pointer);
  if (node.$ref === '#/$defs/url') return urlString;
  if (node.$ref) return arbitrary(defPointer(node.$ref));
  if (node.enum) return fc.constantFrom(...node.enum);
  if (node.anyOf) {
    if (node.anyOf.every((branch) => branch.format)) return fc.oneof(dateString, dateTimeString);
    return fc.oneof(...node.anyOf.map((_, i) => arbitrary(`${pointer}/anyOf/${i}`)));
  }
  switch (node.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: node.minimum ?? -1e6, max: node.maximum ?? 1e9 });
    case 'number':
      return fc.double({ min: node.minimum ?? -1e9, max: node.maximum ?? 1e12, noNaN: true, noDefaultInfinity: true });
    case 'string': {
      if (node.format === 'date') return dateString;
      if (node.pattern) return fc.stringMatching(new RegExp(node.pattern, 'u'));
      const minLength = node.minLength ?? 0;
      // Lengths up to the bound for short texts; longer ones are tested at their bounds elsewhere.
      const maxLength = Math.min(node.maxLength ?? 40, Math.max(minLength, 40));
      return fc.oneof(
        fc.string({ unit: 'binary', minLength, maxLength }),
        fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength, 8) }).filter((s) => [...s].length >= minLength && [...s].length <= maxLength),
      );
    }
    case 'array':
      return fc.array(arbitrary(`${pointer}/items`), { maxLength: Math.min(node.maxItems ?? 3, 3) });
    case 'object': {
      if (node.additionalProperties) {
        return fc.dictionary(fc.stringMatching(new RegExp(node.propertyNames.pattern, 'u')), arbitrary(`${pointer}/additionalProperties`), {
          minKeys: node.minProperties ?? 0,
          maxKeys: Math.min(node.maxProperties ?? 3, 3),
        });
      }
      const shape = {};
      for (const key of Object.keys(node.properties ?? {})) shape[key] = arbitrary(`${pointer}/properties/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      // Unknown fields are allowed and ignored: a validator that kept one would fail the comparison.
      const unknown = UNKNOWN_KEYS.filter((key) => !Object.hasOwn(node.properties ?? {}, key));
      return fc
        .tuple(
          fc.record(shape, { requiredKeys: node.required ?? [] }),
          fc.dictionary(fc.constantFrom(...unknown), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
        )
        .map(([known, extra]) => ({ ...extra, ...known }));
    }
  }
  throw new Error(`no arbitrary for ${pointer}: ${JSON.stringify(node).slice(0, 200)}`);
}

// ---------------------------------------------------------------------------------------------------
// What is kept

/** Issues at `path` or under it. */
const issuesAt = (issues, path) => issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`));

/** The branch of an anyOf that the value takes (the first one Ajv accepts). */
function branchOf(pointer, node, value) {
  for (let i = 0; i < node.anyOf.length; i++) if (at(`${pointer}/anyOf/${i}`)(value)) return `${pointer}/anyOf/${i}`;
  throw new Error(`no branch of ${pointer} takes ${JSON.stringify(value)}`);
}

/**
 * Asserts that `kept` is `input` as the validator should keep it: a missing value is excused by a semantic
 * issue at its path (or under it), a left-out element by an issue naming it.
 */
function assertKept(pointer, input, kept, path, issues) {
  const node = resolve(pointer);
  if (node.$ref === '#/$defs/url') {
    const safe = safeUrl(input, BASE);
    assert.equal(kept, safe, `${path}: URL ${JSON.stringify(input)} kept as ${JSON.stringify(kept)}`);
    return;
  }
  if (node.$ref) return assertKept(defPointer(node.$ref), input, kept, path, issues);
  if (node.anyOf && !node.anyOf.every((branch) => branch.format)) return assertKept(branchOf(pointer, node, input), input, kept, path, issues);
  if (node.type === 'number' && typeof kept === 'string') {
    assert.equal(kept, String(input), `${path}: a number id is kept as its string`);
    return;
  }
  if (node.type === 'array') {
    let k = 0;
    for (let i = 0; i < input.length; i++) {
      const itemPath = childPath(path, i);
      if (issues.some((issue) => issue.path === itemPath && issue.skipped)) continue;
      assertKept(`${pointer}/items`, input[i], kept[k++], itemPath, issues);
    }
    assert.equal(k, kept.length, `${path}: ${kept.length} kept of ${input.length}, ${k} accounted for`);
    return;
  }
  if (node.type === 'object') {
    assert.ok(kept && typeof kept === 'object', `${path}: an object is kept as ${JSON.stringify(kept)}`);
    const props = node.additionalProperties ? Object.keys(input) : Object.keys(node.properties ?? {});
    for (const key of props) {
      if (!Object.hasOwn(input, key)) continue;
      const propPointer = node.additionalProperties ? `${pointer}/additionalProperties` : `${pointer}/properties/${key}`;
      const keyPath = childPath(path, key);
      if (!Object.hasOwn(kept, key)) {
        assert.ok(
          issuesAt(issues, keyPath).some((issue) => issue.kind === 'semantic' || UNUSABLE.test(issue.message)),
          `${keyPath}: ${JSON.stringify(input[key]).slice(0, 80)} left out without a semantic issue`,
        );
        continue;
      }
      assertKept(propPointer, input[key], kept[key], keyPath, issues);
    }
    for (const key of Object.keys(kept)) assert.ok(props.includes(key) && Object.hasOwn(input, key), `${path}: ${key} kept but not given`);
    return;
  }
  if (typeof input === 'string' && kept !== input) {
    // Schema-valid text is within its bounds; only a run of combining marks is cut, and reported.
    assert.ok(issuesAt(issues, path).length > 0, `${path}: ${JSON.stringify(input)} kept as ${JSON.stringify(kept)} without an issue`);
    return;
  }
  assert.deepEqual(kept, input, `${path}: kept as given`);
}

const UNUSABLE = /not an http\(s\) or relative URL|QR payload/;

/** Runs the validator of a document: the result, or the ContractError it throws. */
function read(name, json) {
  try {
    return DOCUMENTS[name](json);
  } catch (error) {
    assert.ok(error instanceof ContractError, `${name}: threw ${error}`);
    return { error };
  }
}

for (const name of Object.keys(DOCUMENTS)) {
  const pointer = `/$defs/${name}`;
  const validate = at(pointer);

  test(`${name}: a document generated from the schema is valid for Ajv and kept whole by the validator`, () => {
    fc.assert(
      fc.property(arbitrary(pointer), (json) => {
        assert.ok(validate(json), `generated an invalid ${name}: ${ajv.errorsText(validate.errors)}`);
        const result = read(name, json);
        if (result.error) {
          // Valid per the schema, but a value the whole document needs is unusable (an unsafe endpoint).
          assert.match(result.error.message, UNUSABLE, `${name} refused: ${result.error.message}`);
          return;
        }
        // An inline section refused because a URL it needs is unusable is reported as a refusal (kind schema).
        const schemaIssues = result.issues.filter((issue) => issue.kind === 'schema' && !UNUSABLE.test(issue.message));
        assert.deepEqual(schemaIssues, [], `${name}: schema issues on a schema-valid document`);
        assertKept(pointer, json, result.value, '$', result.issues);
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
  });

  test(`${name}: every Ajv error of a mutated document is a reported issue, or under a left-out element`, () => {
    const replacement = fc.oneof(
      fc.constantFrom(null, 42, 1.5, -1, true, [], {}, '', 'x', '2026-02-30', { en: 7 }, '1.0', 'ftp://x'),
      fc.jsonValue({ maxDepth: 1 }),
    );
    let invalid = 0;
    fc.assert(
      fc.property(arbitrary(pointer), fc.nat(), replacement, fc.boolean(), (json, pick, value, remove) => {
        const places = [...paths(json)];
        const place = places[pick % places.length];
        const mutated = remove && place.length > 0 ? without(json, place) : withValue(json, place, value);
        if (validate(mutated)) return;
        invalid++;
        const result = read(name, mutated);
        if (result.error) return; // refused as a whole: nothing is kept
        const skipped = result.issues.filter((issue) => issue.skipped).map((issue) => issue.path);
        // An inline section refused as a whole (reported once, at its first problem) is left out too.
        if (name === 'discovery') {
          for (const section of ['policies', 'accounts', 'questions']) {
            if (isObject(mutated?.[section]) && !Object.hasOwn(result.value, section)) skipped.push(`$.${section}`);
          }
        }
        for (const error of validate.errors) {
          const base = pointerToPath(error.instancePath, mutated);
          const where = error.keyword === 'required' ? childPath(base, error.params.missingProperty) : base;
          const covered =
            issuesAt(result.issues, where).length > 0 || skipped.some((path) => where === path || where.startsWith(`${path}.`) || where.startsWith(`${path}[`));
          assert.ok(
            covered,
            `${name} ${JSON.stringify(place)}: Ajv ${where} ${error.message}, but no issue there: ${JSON.stringify(result.issues.slice(0, 4))}`,
          );
        }
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
    assert.ok(invalid > RUNS / 10, `only ${invalid} of ${RUNS} mutations were invalid`);
  });
}

// ---------------------------------------------------------------------------------------------------
// Helpers

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `/items/3/title/0` → `$.items[3].title["0"]`: a number is an index only where the document has an array. */
function pointerToPath(pointer, json) {
  let path = '$';
  let node = json;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    path = childPath(path, Array.isArray(node) ? Number(key) : key);
    node = node?.[key];
  }
  return path;
}
