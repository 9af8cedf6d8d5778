/**
 * Issue reporting: the one format in which every widget tells the integrator what it could not use. The
 * reader is told in the widget (in their language); the technical cause — URL, JSON path, HTTP status — goes
 * to `console.warn`, always prefixed `[gov-widgets] <tag>` so a page can filter for it.
 */
import type { Issue } from '../contract/check.js';
import type { ContractError } from '../contract/errors.js';

/** How many issues one report lists: a document with thousands of bad items does not flood the console. */
const LISTED = 20;

/** A technical note for the integrator, from the widget `from`. */
export function warn(from: Element, message: string, ...details: unknown[]): void {
  console.warn(`[gov-widgets] <${from.localName}> ${message}`, ...details);
}

/** The problems found item by item in a document that is still shown; nothing when there are none. */
export function reportIssues(from: Element, issues: readonly Issue[], url: string | undefined): void {
  if (issues.length === 0) return;
  const lines = issues.slice(0, LISTED).map((issue) => `  ${issue.path}: ${issue.message}`);
  if (issues.length > LISTED) lines.push(`  … and ${issues.length - LISTED} more`);
  warn(from, `${url ?? 'data'}: ${issues.length} problem(s), the rest is shown:\n${lines.join('\n')}`);
}

/**
 * A document (or a further page, named by `what`) that could not be used: its code, message, and where.
 * `url` names the request when the error itself carries none.
 */
export function reportError(from: Element, error: ContractError, what?: string, url?: string): void {
  const where = [error.url ?? url, error.path].filter(Boolean).join(' at ');
  warn(from, `${what ? `${what} ` : ''}${error.code}: ${error.message}${where ? ` (${where})` : ''}`, error.cause ?? '');
}
