/**
 * The matrix view's chunk (`view="matrix"`): organizations × platforms as a table, loaded where the attribute
 * turns the view on. Only the element imports this module, and only with `import()` (docs/architecture.md,
 * "Lazy views").
 */
export { matrixOf } from '../model/matrix.js';
export { matrixStyles, renderMatrix } from '../views/matrix.js';
