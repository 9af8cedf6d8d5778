/**
 * The disclosure contract in code: types, validation, loading, localized text and URL safety. Pure: no
 * Lit, no DOM beyond `fetch`/`URL`, so the CLI and Node tests use it as the widgets do.
 */
export * from './types.js';
export * from './errors.js';
export { type Issue, isRfc3339, countSkipped } from './check.js';
export * from './limits.js';
export * from './validate.js';
export * from './load.js';
export { fetchTextWithin, describeFailure, type TimedAnswer, type TimedRequestOptions } from './http.js';
export * from './localized.js';
export * from './url.js';
export * from './dates.js';
export * from './audit.js';
export * from './matrix.js';
export * from './rules.js';
export * from './api.js';
