/**
 * The audit of the accounts shown (the State Council rules, src/contract/audit.ts): the report, each account's
 * flags and the failing ones. Pure; loaded with the audit view (lazy/audit.ts).
 */
import { auditAccounts, type Account, type AuditFlag, type AuditReport } from '../../../contract/index.js';

export interface AuditResult {
  readonly report: AuditReport;
  readonly flags: ReadonlyMap<string, readonly AuditFlag[]>;
  readonly failing: ReadonlySet<string>;
}

export function auditResult(accounts: readonly Account[], now: number, staleDays: number): AuditResult {
  const report = auditAccounts(accounts, { now, staleDays });
  const flags = new Map(report.accounts.map((audit) => [audit.account.id, audit.flags]));
  const failing = new Set(report.accounts.filter((audit) => audit.flags.length > 0).map((audit) => audit.account.id));
  return { report, flags, failing };
}
