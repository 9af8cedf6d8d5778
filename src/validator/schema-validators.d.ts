/**
 * The contract's JSON Schema as Ajv standalone validators, one per document kind: a module the page's build
 * makes from dist/schema/disclosure.schema.json (scripts/validator-page.mjs), so the page runs no `eval`.
 */
declare module 'gov:schema-validators' {
  interface StandaloneValidator {
    (json: unknown): boolean;
    errors?: import('ajv').ErrorObject[] | null;
  }
  export const discovery: StandaloneValidator;
  export const policies: StandaloneValidator | undefined;
  export const accounts: StandaloneValidator | undefined;
  export const questions: StandaloneValidator | undefined;
  export const answered: StandaloneValidator | undefined;
}
