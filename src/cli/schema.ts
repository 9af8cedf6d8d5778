/**
 * The JSON Schema check: Ajv (draft 2020-12) in strict mode, with formats. Paths are built by the contract's
 * own {@link childPath}, so a schema error and a validator issue about the same value carry the same path.
 */
import { readFileSync } from 'node:fs';
// CommonJS packages whose module.exports is also their default export, so these imports work in Node and tsc.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { childPath } from '../contract/check.js';

export type SchemaKind = 'discovery' | 'policies' | 'accounts' | 'questions' | 'answered';

export interface SchemaError {
  readonly path: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Ajv's own message (English). */
  readonly message: string;
}

/** `/items/3/_gov` → `$.items[3]._gov`. */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<string>((path, key) => childPath(path, /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key), '$');
}

interface Schema {
  readonly $id: string;
  readonly $defs?: Readonly<Record<string, unknown>>;
}

/** Compiles the published schema once; returns the check of one parsed document. */
export function schemaChecker(schemaUrl: URL): (json: unknown, kind: SchemaKind) => SchemaError[] {
  const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as Schema;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  const def = (name: string): ValidateFunction | undefined => (schema.$defs?.[name] ? ajv.getSchema(`${schema.$id}#/$defs/${name}`) : undefined);
  const validators: Record<SchemaKind, ValidateFunction | undefined> = {
    discovery: ajv.getSchema(schema.$id),
    policies: def('policyFeed'),
    accounts: def('accountsDocument'),
    questions: def('questionsDocument'),
    answered: def('answeredPage'),
  };

  return (json, kind) => {
    const validate = validators[kind];
    const errors: ErrorObject[] = validate && !validate(json) ? (validate.errors ?? []) : [];
    // One error per path: the most specific (anyOf / oneOf / if only say that a branch failed).
    const byPath = new Map<string, SchemaError & { vague: boolean }>();
    for (const error of errors) {
      const params = error.params as Record<string, unknown>;
      const path =
        error.keyword === 'required' ? childPath(pointerToPath(error.instancePath), String(params['missingProperty'])) : pointerToPath(error.instancePath);
      const vague = error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if';
      const seen = byPath.get(path);
      if (!seen || (seen.vague && !vague)) {
        byPath.set(path, { path, keyword: error.keyword, params, message: error.message ?? error.keyword, vague });
      }
    }
    return [...byPath.values()].map(({ vague: _vague, ...error }) => error);
  };
}
