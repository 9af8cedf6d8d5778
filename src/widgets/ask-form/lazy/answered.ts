/**
 * The answered questions' chunk (答复): their pager and their view, loaded the first time the reader opens the
 * view. Only the element imports this module, and only with `import()` (docs/architecture.md, "Lazy views").
 */
export { AnsweredController } from '../controllers/answered.js';
export { renderAnswered } from '../views/answered.js';
