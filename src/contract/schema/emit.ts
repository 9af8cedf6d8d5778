/**
 * The published JSON Schema (draft 2020-12), emitted from the shapes in `../shapes.ts`: the shapes the
 * widgets validate with are the schema's definitions, so the two cannot drift (decision 0009). Tooling only
 * (`npm run build` writes `dist/schema/disclosure.schema.json`): no widget bundle imports this module, so the
 * bundles do not carry schema emission or its descriptions.
 */
import { LANGUAGE_KEY, type AnyShape, type StringShape } from '../check.js';
import { MAX_LANGUAGES } from '../limits.js';
import * as shapes from '../shapes.js';
import { DESCRIPTIONS, SCHEMA_DESCRIPTION } from './descriptions.js';

/** A JSON Schema object, as JSON. */
export type JsonSchema = { [keyword: string]: unknown };

export const SCHEMA_ID = 'https://gov-widgets.invalid/schema/disclosure/1.json';

/** The schema's `$defs`, in order: each shape here is written once and referred to by `$ref` elsewhere. */
export const DEFINITIONS: readonly (readonly [string, AnyShape])[] = [
  ['text', shapes.text],
  ['prose', shapes.prose],
  ['contentText', shapes.contentText],
  ['shortText', shapes.shortText],
  ['id', shapes.id],
  ['date', shapes.dateValue],
  ['url', shapes.urlValue],
  ['version', shapes.version],
  ['organization', shapes.organization],
  ['jurisdiction', shapes.jurisdiction],
  ['discovery', shapes.discovery],
  ['attachment', shapes.attachment],
  ['interpretationLink', shapes.interpretationLink],
  ['gov', shapes.gov],
  ['policyItem', shapes.policyItem],
  ['policyFeed', shapes.policyFeed],
  ['account', shapes.account],
  ['accountsDocument', shapes.accountsDocument],
  ['answeredQuestion', shapes.answeredQuestion],
  ['questionsDocument', shapes.questionsDocument],
  ['answeredPage', shapes.answeredPage],
  ['submitPayload', shapes.submitPayload],
  ['submitResponse', shapes.submitResponse],
  ['fieldErrors', shapes.fieldErrors],
  ['lookupResponse', shapes.lookupResponse],
];

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });

/** A RegExp as a schema pattern (Ajv reads patterns with the `u` flag, where `\/` is allowed but noise). */
const pattern = (re: RegExp): string => re.source.replace(/\\\//g, '/');

function stringSchema(shape: StringShape): JsonSchema {
  const { minLength = 1, maxLength = shape.rule.cut, pattern: re } = shape.rule;
  const out: JsonSchema = { type: 'string' };
  if (minLength > 0) out['minLength'] = minLength;
  if (maxLength !== undefined) out['maxLength'] = maxLength;
  if (re) out['pattern'] = pattern(re);
  return shape.numbers ? { anyOf: [out, { type: 'number' }] } : out;
}

/**
 * Emits the schema, and the places it described (for the test that every description has a place).
 * @returns the schema as JSON, and every place (`def`, `def.prop`, `def.list[].prop`) it passed through
 */
export function emitSchema(): { schema: JsonSchema; places: Set<string> } {
  const names = new Map<AnyShape, string>(DEFINITIONS.map(([name, shape]) => [shape, name]));
  const places = new Set<string>();

  /** A `$ref` for a definition, else the shape written out; with the description of its place. */
  function emit(shape: AnyShape, place: string, isDefinition = false): JsonSchema {
    places.add(place);
    const body = plain(shape, place, isDefinition);
    const description = DESCRIPTIONS[place];
    return description === undefined ? body : { description, ...body };
  }

  function plain(shape: AnyShape, place: string, isDefinition = false): JsonSchema {
    const name = names.get(shape);
    return name !== undefined && !isDefinition ? ref(name) : emitBody(shape, place);
  }

  function emitBody(shape: AnyShape, place: string): JsonSchema {
    switch (shape.kind) {
      case 'string':
        return stringSchema(shape);
      case 'boolean':
        return { type: 'boolean' };
      case 'number': {
        const out: JsonSchema = { type: shape.rule.integer ? 'integer' : 'number' };
        if (shape.rule.minimum !== undefined) out['minimum'] = shape.rule.minimum;
        if (shape.rule.maximum !== undefined) out['maximum'] = shape.rule.maximum;
        return out;
      }
      case 'enum':
        return { enum: [...shape.values] };
      case 'date':
        return shape.day
          ? { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }
          : { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] };
      case 'url':
        return { type: 'string' };
      case 'text': {
        const entry = stringSchema(shape.text);
        return {
          anyOf: [
            entry,
            { type: 'object', minProperties: 1, maxProperties: MAX_LANGUAGES, propertyNames: { pattern: pattern(LANGUAGE_KEY) }, additionalProperties: entry },
          ],
        };
      }
      case 'list': {
        const out: JsonSchema = { type: 'array', items: emit(shape.of, `${place}[]`) };
        if (shape.rule.maxItems !== undefined) out['maxItems'] = shape.rule.maxItems;
        return out;
      }
      case 'nullable':
        return { anyOf: [plain(shape.of, place), { type: 'null' }] };
      case 'section':
        if (!DEFINITIONS.some(([name]) => name === shape.def)) throw new Error(`${place}: no definition ${shape.def}`);
        return { anyOf: [ref('url'), ref(shape.def)] };
      case 'object': {
        const properties: JsonSchema = {};
        for (const [key, prop] of Object.entries(shape.props)) properties[key] = emit(prop, `${place}.${key}`);
        // An expected field is reported when missing: required for the schema, optional in the type.
        const required = [...new Set([...(shape.rule.required ?? []), ...(shape.rule.expected ?? [])])];
        return required.length > 0 ? { type: 'object', properties, required } : { type: 'object', properties };
      }
    }
  }

  const $defs: JsonSchema = {};
  for (const [name, shape] of DEFINITIONS) $defs[name] = emit(shape, name, true);
  const schema: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'gov-widgets disclosure contract, version 1',
    description: SCHEMA_DESCRIPTION,
    $ref: '#/$defs/discovery',
    $defs,
  };
  return { schema, places };
}

/** The schema as the file `dist/schema/disclosure.schema.json` holds it. */
export function schemaText(): string {
  return `${JSON.stringify(emitSchema().schema, null, 2)}\n`;
}
