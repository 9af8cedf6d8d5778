/**
 * The receipt's chunk (受理编号 and 查询码 after a question was accepted): fetched while the question is being
 * sent, so it is there when the answer comes. Only the element imports this module, and only with `import()`
 * (docs/architecture.md, "Lazy views").
 */
export { receiptText, renderSuccess } from '../views/success.js';
