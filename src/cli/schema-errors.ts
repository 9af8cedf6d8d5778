/**
 * Ajv's errors as the validator reports them: one per path, the most specific. Paths are built by the
 * contract's own {@link childPath}, so a schema error and a validator issue about the same value carry the same
 * path. Pure: the command line compiles the schema with Ajv (src/cli/schema.ts), the validator page runs the
 * same validators as Ajv's standalone code (scripts/validator-page.mjs), and both read their errors here.
 */
import type { ErrorObject } from 'ajv';
import { childPath } from '../contract/check.js';

export type SchemaKind = 'discovery' | 'policies' | 'accounts' | 'questions' | 'answered';

export interface SchemaError {
  readonly path: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Ajv's own message (English). */
  readonly message: string;
}

/** What a compiled (or standalone) Ajv validator looks like from here. */
export interface SchemaValidator {
  (json: unknown): boolean;
  errors?: readonly ErrorObject[] | null | undefined;
}

/** The options the schema is compiled with, wherever it is compiled. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true } as const;

/** The schema's `$defs` each document kind is checked against (the discovery document: the schema itself). */
export const SCHEMA_DEFS: Readonly<Record<Exclude<SchemaKind, 'discovery'>, string>> = {
  policies: 'policyFeed',
  accounts: 'accountsDocument',
  questions: 'questionsDocument',
  answered: 'answeredPage',
};

/** `/items/3/_gov` → `$.items[3]._gov`. */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<string>((path, key) => childPath(path, /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key), '$');
}

/** The check of one parsed document by the validator of its kind (none: no errors). */
export function schemaErrorsOf(validators: Readonly<Partial<Record<SchemaKind, SchemaValidator>>>): (json: unknown, kind: SchemaKind) => SchemaError[] {
  return (json, kind) => {
    const validate = validators[kind];
    const errors: readonly ErrorObject[] = validate && !validate(json) ? (validate.errors ?? []) : [];
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
