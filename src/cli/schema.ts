/**
 * The JSON Schema check in Node: Ajv (draft 2020-12) in strict mode, with formats, compiled from the published
 * schema. What its errors become is src/cli/schema-errors.ts, shared with the validator page.
 */
import { readFileSync } from 'node:fs';
// CommonJS packages whose module.exports is also their default export, so these imports work in Node and tsc.
import Ajv2020, { type Options } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { AJV_OPTIONS, SCHEMA_DEFS, schemaErrorsOf, type SchemaError, type SchemaKind } from './schema-errors.js';

export { pointerToPath, type SchemaError, type SchemaKind } from './schema-errors.js';

interface Schema {
  readonly $id: string;
  readonly $defs?: Readonly<Record<string, unknown>>;
}

/**
 * Ajv with the schema added, and the reference of each document kind's schema in it (undefined: that kind is
 * not checked). The build compiles the same into standalone code for the validator page (`options.code`).
 */
export function schemaAjv(schema: Schema, options: Options = {}): { ajv: Ajv2020; refs: Partial<Record<SchemaKind, string>> } {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...options });
  addFormats(ajv);
  ajv.addSchema(schema);
  const refs: Partial<Record<SchemaKind, string>> = { discovery: schema.$id };
  for (const kind of ['policies', 'accounts', 'questions', 'answered'] as const) {
    if (schema.$defs?.[SCHEMA_DEFS[kind]]) refs[kind] = `${schema.$id}#/$defs/${SCHEMA_DEFS[kind]}`;
  }
  return { ajv, refs };
}

/** Compiles the published schema once; returns the check of one parsed document. */
export function schemaChecker(schemaUrl: URL): (json: unknown, kind: SchemaKind) => SchemaError[] {
  const { ajv, refs } = schemaAjv(JSON.parse(readFileSync(schemaUrl, 'utf8')) as Schema);
  return schemaErrorsOf(Object.fromEntries(Object.entries(refs).map(([kind, ref]) => [kind, ajv.getSchema(ref)])));
}
