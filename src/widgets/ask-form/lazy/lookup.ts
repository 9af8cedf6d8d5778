/**
 * The lookup view's chunk (查询): its controller and its view, loaded the first time the reader opens the view.
 * Only the element imports this module, and only with `import()` (docs/architecture.md, "Lazy views").
 */
export { LookupController } from '../controllers/lookup.js';
export { renderLookup } from '../views/lookup.js';
