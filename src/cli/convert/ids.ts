/**
 * Identifiers that stay the same on every run and every machine, so a page that links to a policy or an
 * account keeps working after the next conversion.
 *
 * - An organization named only by a 主办单位 or 发布机构 text gets `org-` and the first 12 hex digits of the
 *   SHA-256 of its name (NFKC, white space removed): the same name always gives the same id, whatever the row
 *   or file it came from. An organization the discovery document already names by that name keeps its id.
 * - A policy is named by its 索引号 (unique by the national rules for government information), else by its
 *   文号, else `p-` and 12 hex digits of the SHA-256 of its title and publication date.
 * - An account is `a-` and 12 hex digits of the SHA-256 of its platform code and its handle (微信号, 账号ID),
 *   or its name where the ledger has no handle.
 */
import { createHash } from 'node:crypto';

const DIGITS = 12;

function digest(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex').slice(0, DIGITS);
}

/** The comparable form of an organization's name: NFKC, no white space of any width. */
export function organizationKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u3000\u200b]/g, '');
}

export function organizationId(name: string): string {
  return `org-${digest(organizationKey(name))}`;
}

export function policyId(fields: {
  readonly index_no?: string | undefined;
  readonly doc_number?: string | undefined;
  readonly title: string;
  readonly date: string;
}): string {
  return fields.index_no || fields.doc_number || `p-${digest(fields.title.normalize('NFKC'), fields.date)}`;
}

export function accountId(platform: string, handleOrName: string): string {
  return `a-${digest(platform, handleOrName.normalize('NFKC').trim())}`;
}
