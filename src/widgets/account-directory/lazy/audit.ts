/**
 * The audit view's chunk (`audit`, for supervisors): the audit itself and its summary and per-account results,
 * loaded where the attribute turns the view on. Only the element imports this module, and only with `import()`
 * (docs/architecture.md, "Lazy views").
 */
export { auditResult } from '../model/audit.js';
export { renderAccountAudit, renderAuditSummary } from '../views/audit.js';
