/**
 * Semantic rules across the documents of one site, for the command-line validator (`gov-widgets validate`) and
 * any other tool: what the JSON Schema and the item-by-item validator cannot see because it spans documents or
 * records. Pure: it reads parsed JSON (as published, before validation, so paths point at what the author
 * wrote) and never fetches, throws or touches the DOM.
 *
 * - `unique-id`: ids repeat across documents (feed pages, answered pages) or inside a list that the validator
 *   does not de-duplicate (`recipients`). A repeat inside one list is reported here too, at `….id`.
 * - `reference`: `parent_id`, `issuer_id`, `organization_id`, `recipients`, `answer.organization_id` name an
 *   organization of the discovery document; `interprets` and `superseded_by` a policy; `replaced_by` an
 *   account; an answered question's `service_code` a service. Organization parents do not loop.
 * - `interpretation`: a policy and its interpretation name each other. An interpretation names the policy it
 *   explains (`interprets`), and that policy lists the interpretation's URL under `interpretations`. A listed
 *   URL that belongs to an interpretation of another policy, or an `interprets` naming an interpretation, is an
 *   error; a link given in one direction only is a warning.
 * - `consistency`: a superseded policy still marked in force, a merged account without a successor, …
 * - `audit` (warnings): the State Council rules for official accounts, by {@link auditAccounts}.
 */
import { auditAccounts, type AuditFlag } from './audit.js';
import { childPath, isRecord, own } from './check.js';
import { safeUrl } from './url.js';
import { validateAccounts } from './validate.js';
import type { Account } from './types.js';

export type RuleName = 'unique-id' | 'reference' | 'interpretation' | 'consistency' | 'audit';

export interface RuleFinding {
  readonly rule: RuleName;
  readonly severity: 'error' | 'warning';
  /** URL of the document the path belongs to. */
  readonly document: string;
  /** JSON path inside that document. */
  readonly path: string;
  readonly message: string;
  /** For `audit`: which of the audit rules (`stale`, `duplicate`, `no-interaction`, `unverified`). */
  readonly audit?: AuditFlag['rule'];
}

/** What kind of document a {@link RuleDocument} is; `answered` is a further page of answered questions. */
export type RuleDocumentKind = 'discovery' | 'policies' | 'accounts' | 'questions' | 'answered';

/** One parsed document (or an inline section of the discovery document) as published. */
export interface RuleDocument {
  readonly kind: RuleDocumentKind;
  /** The URL of the document: the base of its relative URLs, and what findings name. */
  readonly url: string;
  readonly json: unknown;
  /** JSON path of `json` inside the document at `url`: `$`, or `$.policies` for an inline section. */
  readonly root?: string;
}

export interface RuleOptions {
  /** The moment the account audit counts from (ms); defaults to now. */
  readonly now?: number;
  /** Days without a post after which an account is stale; defaults to the audit's 14. */
  readonly staleDays?: number;
}

interface Located {
  readonly document: string;
  readonly path: string;
}

interface PolicyRecord extends Located {
  readonly id: string;
  readonly kind: string | undefined;
  readonly url: string | null;
  readonly gov: Record<string, unknown> | undefined;
}

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

const arrayAt = (record: unknown, key: string): readonly unknown[] => {
  if (!isRecord(record)) return [];
  const value = own(record, key);
  return Array.isArray(value) ? value : [];
};

const recordAt = (record: unknown, key: string): Record<string, unknown> | undefined => {
  if (!isRecord(record)) return undefined;
  const value = own(record, key);
  return isRecord(value) ? value : undefined;
};

const quote = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** Checks the rules over a site's documents; findings come in document order, errors and warnings mixed. */
export function checkRules(documents: readonly RuleDocument[], options: RuleOptions = {}): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const error = (rule: RuleName, at: Located, message: string): void => {
    findings.push({ rule, severity: 'error', document: at.document, path: at.path, message });
  };
  const warning = (rule: RuleName, at: Located, message: string): void => {
    findings.push({ rule, severity: 'warning', document: at.document, path: at.path, message });
  };
  const at = (doc: RuleDocument, ...keys: (string | number)[]): Located => ({
    document: doc.url,
    path: keys.reduce<string>((path, key) => childPath(path, key), doc.root ?? '$'),
  });

  /** Reports a repeated id: the first occurrence wins, every later one is a finding. */
  const uniqueIds = (what: string) => {
    const seen = new Map<string, Located>();
    return (id: string, where: Located): void => {
      const first = seen.get(id);
      if (!first) {
        seen.set(id, where);
        return;
      }
      const elsewhere = first.document === where.document ? `at ${first.path}` : `in ${first.document} at ${first.path}`;
      error('unique-id', where, `${what} id ${quote(id)} is used already (${elsewhere})`);
    };
  };

  // ---------------------------------------------------------------------------------------------------
  // Organizations

  const discovery = documents.find((doc) => doc.kind === 'discovery');
  const organizations = new Map<string, { parent: string | undefined; at: Located }>();
  if (discovery) {
    const unique = uniqueIds('organization');
    arrayAt(discovery.json, 'organizations').forEach((org, i) => {
      const id = isRecord(org) ? idOf(own(org, 'id')) : undefined;
      if (id === undefined) return;
      const where = at(discovery, 'organizations', i, 'id');
      unique(id, where);
      if (!organizations.has(id))
        organizations.set(id, { parent: idOf(own(org as Record<string, unknown>, 'parent_id')), at: at(discovery, 'organizations', i) });
    });
    for (const [id, org] of organizations) {
      if (org.parent === undefined) continue;
      const where = { document: org.at.document, path: `${org.at.path}.parent_id` };
      if (!organizations.has(org.parent)) {
        error('reference', where, `parent_id ${quote(org.parent)} is not an organization of the discovery document`);
        continue;
      }
      // Follow the parents; a chain that comes back to this organization is a loop.
      const visited = new Set([id]);
      let next: string | undefined = org.parent;
      while (next !== undefined && organizations.has(next)) {
        if (visited.has(next)) {
          if (next === id) error('reference', where, `organization ${quote(id)} is its own ancestor (parent_id loops)`);
          break;
        }
        visited.add(next);
        next = organizations.get(next)!.parent;
      }
    }
  }
  /** Organization references are checked only when the discovery document is among the documents. */
  const organization = (value: unknown, where: Located, field: string): void => {
    const id = idOf(value);
    if (id === undefined || !discovery) return;
    if (!organizations.has(id)) error('reference', where, `${field} ${quote(id)} is not an organization of the discovery document`);
  };

  // ---------------------------------------------------------------------------------------------------
  // Policies (every feed page)

  const policies: PolicyRecord[] = [];
  const policiesById = new Map<string, PolicyRecord>();
  const uniquePolicy = uniqueIds('policy');
  for (const doc of documents) {
    if (doc.kind !== 'policies') continue;
    arrayAt(doc.json, 'items').forEach((item, i) => {
      if (!isRecord(item)) return;
      const id = idOf(own(item, 'id'));
      if (id === undefined) return;
      const gov = recordAt(item, '_gov');
      const kind = typeof own(gov ?? {}, 'kind') === 'string' ? (own(gov!, 'kind') as string) : undefined;
      const record: PolicyRecord = { id, kind, url: safeUrl(own(item, 'url'), doc.url), gov, ...at(doc, 'items', i) };
      uniquePolicy(id, { document: record.document, path: `${record.path}.id` });
      policies.push(record);
      if (!policiesById.has(id)) policiesById.set(id, record);
    });
  }
  const policyByUrl = new Map<string, PolicyRecord>();
  for (const policy of policies) if (policy.url && !policyByUrl.has(policy.url)) policyByUrl.set(policy.url, policy);

  for (const policy of policies) {
    const gov = policy.gov;
    if (!gov) continue;
    const field = (key: string): Located => ({ document: policy.document, path: `${policy.path}._gov.${key}` });
    organization(own(gov, 'issuer_id'), field('issuer_id'), 'issuer_id');

    const supersededBy = idOf(own(gov, 'superseded_by'));
    if (supersededBy !== undefined) {
      if (supersededBy === policy.id) error('reference', field('superseded_by'), 'a policy cannot be superseded by itself');
      else if (!policiesById.has(supersededBy)) error('reference', field('superseded_by'), `superseded_by ${quote(supersededBy)} is not a policy of the feed`);
      if (own(gov, 'legal_force') === 'in_force') {
        warning('consistency', field('legal_force'), `marked in force, but superseded by ${quote(supersededBy)}`);
      }
    }

    const interprets = idOf(own(gov, 'interprets'));
    if (interprets !== undefined) {
      const target = policiesById.get(interprets);
      if (interprets === policy.id) error('reference', field('interprets'), 'an interpretation cannot interpret itself');
      else if (!target) error('reference', field('interprets'), `interprets ${quote(interprets)} is not a policy of the feed`);
      else if (target.kind === 'interpretation') {
        error('interpretation', field('interprets'), `interprets ${quote(interprets)}, which is itself an interpretation, not a policy`);
      } else {
        if (policy.kind !== undefined && policy.kind !== 'interpretation') {
          warning('interpretation', field('kind'), `has interprets but its kind is ${quote(policy.kind)}, not "interpretation"`);
        }
        if (target.kind !== undefined && target.kind !== 'policy' && target.kind !== 'plan') {
          warning('interpretation', field('interprets'), `interprets ${quote(interprets)}, whose kind is ${quote(target.kind)}`);
        }
        // The way back: the policy should list this interpretation's URL.
        const listed = arrayAt(target.gov, 'interpretations').some(
          (link) => isRecord(link) && policy.url !== null && safeUrl(own(link, 'url'), target.document) === policy.url,
        );
        if (!listed) {
          warning(
            'interpretation',
            field('interprets'),
            policy.url === null
              ? `interprets ${quote(interprets)}, but has no URL the policy could list`
              : `interprets ${quote(interprets)}, but that policy does not list this interpretation's URL under _gov.interpretations`,
          );
        }
      }
    } else if (policy.kind === 'interpretation') {
      warning('interpretation', field('kind'), 'an interpretation should name the policy it explains (_gov.interprets)');
    }

    // The way there: each interpretation a policy lists should be an interpretation of this policy.
    arrayAt(gov, 'interpretations').forEach((link, j) => {
      if (!isRecord(link)) return;
      const url = safeUrl(own(link, 'url'), policy.document);
      const item = url === null ? undefined : policyByUrl.get(url);
      if (!item) return; // a page outside the feed (a video, a Q&A page …): fine
      const where = { document: policy.document, path: `${policy.path}._gov.interpretations[${j}].url` };
      const names = idOf(own(item.gov ?? {}, 'interprets'));
      if (item === policy) error('interpretation', where, 'a policy lists itself as its interpretation');
      else if (names !== undefined && names !== policy.id) {
        error('interpretation', where, `this URL is the interpretation ${quote(item.id)}, which interprets ${quote(names)}, not this policy`);
      } else if (names === undefined) {
        warning('interpretation', where, `this URL is the item ${quote(item.id)}, which does not name this policy back (_gov.interprets)`);
      }
    });
  }

  // ---------------------------------------------------------------------------------------------------
  // Accounts

  for (const doc of documents) {
    if (doc.kind !== 'accounts') continue;
    const raw = arrayAt(doc.json, 'accounts');
    const ids = new Map<string, number>();
    const uniqueAccount = uniqueIds('account');
    raw.forEach((account, i) => {
      const id = isRecord(account) ? idOf(own(account, 'id')) : undefined;
      if (id === undefined) return;
      uniqueAccount(id, at(doc, 'accounts', i, 'id'));
      if (!ids.has(id)) ids.set(id, i);
    });
    raw.forEach((account, i) => {
      if (!isRecord(account)) return;
      organization(own(account, 'organization_id'), at(doc, 'accounts', i, 'organization_id'), 'organization_id');
      const id = idOf(own(account, 'id'));
      const replacedBy = idOf(own(account, 'replaced_by'));
      const status = own(account, 'status');
      if (replacedBy !== undefined) {
        const where = at(doc, 'accounts', i, 'replaced_by');
        if (replacedBy === id) error('reference', where, 'an account cannot be replaced by itself');
        else if (!ids.has(replacedBy)) error('reference', where, `replaced_by ${quote(replacedBy)} is not an account of the directory`);
        else {
          const successor = raw[ids.get(replacedBy)!] as Record<string, unknown>;
          const successorStatus = own(successor, 'status') ?? 'active';
          if (successorStatus === 'closed' || successorStatus === 'merged') {
            warning('consistency', where, `replaced by ${quote(replacedBy)}, which is ${String(successorStatus)} itself`);
          }
        }
        if (status !== 'merged' && status !== 'closing' && status !== 'closed') {
          warning(
            'consistency',
            at(doc, 'accounts', i, 'status'),
            `has replaced_by but its status is ${quote(typeof status === 'string' ? status : JSON.stringify(status ?? 'active'))}`,
          );
        }
      } else if (status === 'merged') {
        warning('consistency', at(doc, 'accounts', i, 'replaced_by'), 'a merged account should name the account that took over (replaced_by)');
      }
    });

    // The audit runs on what a widget would show: the validated accounts.
    let accounts: readonly Account[] = [];
    try {
      accounts = validateAccounts(doc.json, doc.url).value.accounts;
    } catch {
      // A document refused as a whole is the validator's error, not the audit's.
    }
    const report = auditAccounts(accounts, {
      ...(options.now === undefined ? {} : { now: options.now }),
      ...(options.staleDays === undefined ? {} : { staleDays: options.staleDays }),
    });
    for (const { account, flags } of report.accounts) {
      const index = ids.get(account.id);
      const where = index === undefined ? at(doc, 'accounts') : at(doc, 'accounts', index);
      for (const flag of flags) {
        findings.push({ rule: 'audit', audit: flag.rule, severity: 'warning', ...where, message: auditMessage(flag, report.staleDays) });
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Questions (the section and further pages of answered questions)

  const services = new Set<string>();
  let servicesKnown = false;
  for (const doc of documents) {
    if (doc.kind !== 'questions') continue;
    const list = isRecord(doc.json) ? own(doc.json, 'services') : undefined;
    if (Array.isArray(list)) servicesKnown = true;
    for (const service of arrayAt(doc.json, 'services')) {
      const code = isRecord(service) ? own(service, 'service_code') : undefined;
      if (typeof code === 'string') services.add(code);
    }
  }
  const uniqueAnswered = uniqueIds('answered question');
  for (const doc of documents) {
    if (doc.kind !== 'questions' && doc.kind !== 'answered') continue;
    if (doc.kind === 'questions') {
      const seen = new Set<string>();
      arrayAt(doc.json, 'recipients').forEach((recipient, i) => {
        const id = idOf(recipient);
        if (id === undefined) return;
        if (seen.has(id)) error('unique-id', at(doc, 'recipients', i), `recipient ${quote(id)} is listed twice`);
        seen.add(id);
        organization(id, at(doc, 'recipients', i), 'recipient');
      });
    }
    arrayAt(doc.json, 'answered').forEach((question, i) => {
      if (!isRecord(question)) return;
      const id = idOf(own(question, 'id'));
      if (id !== undefined) uniqueAnswered(id, at(doc, 'answered', i, 'id'));
      organization(own(question, 'organization_id'), at(doc, 'answered', i, 'organization_id'), 'organization_id');
      const answer = recordAt(question, 'answer');
      if (answer) organization(own(answer, 'organization_id'), at(doc, 'answered', i, 'answer', 'organization_id'), 'answer.organization_id');
      const code = own(question, 'service_code');
      if (servicesKnown && typeof code === 'string' && !services.has(code)) {
        error('reference', at(doc, 'answered', i, 'service_code'), `service_code ${quote(code)} is not one of the services`);
      }
    });
  }

  return findings;
}

function auditMessage(flag: AuditFlag, staleDays: number): string {
  switch (flag.rule) {
    case 'stale':
      return flag.days === null
        ? `no last_post_at: counts as a "zombie" account (no post within ${staleDays} days)`
        : `last post ${flag.days} days ago: a "zombie" account (no post within ${staleDays} days)`;
    case 'duplicate':
      return `more than one active ${flag.platform} account of ${quote(flag.organizationId)} (also ${flag.others.map(quote).join(', ')})`;
    case 'no-interaction':
      return 'no interaction channel (functions lacks "interact")';
    case 'unverified':
      return 'not verified by the platform';
  }
}
