/**
 * One county's documents for the audit: the discovery document (or an accounts document given alone), its
 * accounts section inline or by URL, and — for the link check only — its policies feed with further pages.
 *
 * Everything is read through the command line's {@link Reader} (the folder rule for local files, the size and
 * time limits, network causes) and checked by the contract's own validators, exactly as a widget reads it:
 * what a widget would leave out is an error of the county, and the figures count what a widget would show.
 * A county whose documents cannot be read is a value saying why, never an exception.
 */
import type { Account, Jurisdiction, LocalizedText, Organization } from '../../contract/types.js';
import type { Issue } from '../../contract/check.js';
import { ContractError } from '../../contract/errors.js';
import { parseJson } from '../../contract/load.js';
import { detectKind, nestIssues, validateAccounts, validateDiscovery, validatePolicyFeed, validateSection } from '../../contract/validate.js';
import { decodeDocument } from '../decode.js';
import { loadReason, syntaxFinding } from '../check.js';
import type { CliLocale } from '../locale.js';
import type { Messages } from '../messages.js';
import { contractBase, displayName, Reader, resolveReference, targetUrl } from '../sources.js';
import { wordContractMessage } from '../wording.js';

/** Feed pages followed for the link check, at most, per county. */
export const MAX_POLICY_PAGES = 50;

/** Something wrong with a county's documents: the document, where in it, and what. */
export interface LoadProblem {
  /** How the document is named in the output (a path relative to the working folder, or the URL). */
  readonly document: string;
  readonly path: string;
  readonly message: string;
}

/** A link the county publishes, with the account it belongs to (or none, for a policy's link). */
export interface PublishedLink {
  readonly url: string;
  readonly accountId?: string;
  /** For a policy's link: the policy's title (as published, any language). */
  readonly policy?: LocalizedText;
  /** Where it is: `$.accounts[2].url`, `$.items[5].attachments[0].url`, with its document. */
  readonly document: string;
  readonly path: string;
}

export interface County {
  /** The target as given on the command line. */
  readonly target: string;
  /** How the target's document is named in the output. */
  readonly document: string;
  /** The target's real URL (`file:` or `http(s):`). */
  readonly url: string;
  readonly jurisdiction?: Jurisdiction;
  /** The organizations of the discovery document (none for an accounts document given alone). */
  readonly organizations: readonly Organization[];
  /** The accounts a widget would show; `undefined` when the accounts could not be read at all. */
  readonly accounts?: readonly Account[];
  /** Errors: documents that could not be read, and what the validator left out or refused. */
  readonly problems: readonly LoadProblem[];
  /** Links of accounts and policies, for `--check-links` (only gathered when asked). */
  readonly links: readonly PublishedLink[];
}

export interface LoadOptions {
  readonly cwd: string;
  readonly locale: CliLocale;
  readonly t: Messages;
  readonly fetch?: typeof fetch;
  /** Also read the policies feed and gather every link (for `--check-links`). */
  readonly gatherLinks: boolean;
  /** The audit's own words for what only the audit reports. */
  readonly words: { readonly noAccountsSection: string; readonly notDiscoveryOrAccounts: string };
}

type Parsed = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly message: string };

/** Reads, decodes (UTF-8, BOM allowed) and parses one document. */
async function readJson(reader: Reader, url: string, t: Messages): Promise<Parsed> {
  const read = await reader.read(url);
  if (!read.ok) return { ok: false, message: t.couldNotLoad(loadReason(read.reason, t)) };
  const decoded = decodeDocument(read.bytes);
  if (!decoded.ok) {
    const line = read.bytes.subarray(0, decoded.offset).reduce((lines, byte) => (byte === 0x0a ? lines + 1 : lines), 1);
    return { ok: false, message: t.notUtf8(decoded.encoding, decoded.offset + 1, line) };
  }
  try {
    return { ok: true, json: parseJson(decoded.text, contractBase(url)) };
  } catch (error) {
    // As `validate` words it: line and column, what was expected, the full-width hint.
    const finding = syntaxFinding(decoded.text, error, t);
    return { ok: false, message: finding.hint === undefined ? finding.message : `${finding.message}${t.separator}${finding.hint}` };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Loads one county; never throws for anything the documents hold. */
export async function loadCounty(target: string, options: LoadOptions): Promise<County> {
  const { cwd, locale, t } = options;
  const startUrl = targetUrl(target, cwd);
  const reader = new Reader(startUrl, options.fetch);
  const document = displayName(startUrl, cwd);
  const problems: LoadProblem[] = [];
  const links: PublishedLink[] = [];
  let organizations: readonly Organization[] = [];
  const name = (url: string): string => displayName(url, cwd);
  const problem = (url: string, path: string, message: string): void => {
    problems.push({ document: name(url), path, message });
  };
  /** The validator's issues, worded; those of a document checked under its stand-in base named by its real URL. */
  const issues = (url: string, list: readonly Issue[]): void => {
    for (const issue of list) problem(url, issue.path, wordContractMessage(issue.message, locale));
  };
  const refused = (url: string, path: string, error: unknown): void => {
    const err = error instanceof ContractError ? error : undefined;
    const message = error instanceof Error ? error.message : String(error);
    problem(url, err?.path ?? path, `${wordContractMessage(message, locale)}${err?.code ? ` (${err.code})` : ''}`);
  };
  const done = (accounts: readonly Account[] | undefined, jurisdiction?: Jurisdiction): County => ({
    target,
    document,
    url: startUrl,
    ...(jurisdiction ? { jurisdiction } : {}),
    organizations,
    ...(accounts ? { accounts } : {}),
    problems,
    links,
  });

  const start = await readJson(reader, startUrl, t);
  if (!start.ok) {
    problem(startUrl, '$', start.message);
    return done(undefined);
  }
  const kind = detectKind(start.json);
  const base = contractBase(startUrl);

  if (kind === 'accounts') {
    try {
      const result = validateAccounts(start.json, base);
      issues(startUrl, result.issues);
      if (options.gatherLinks) gatherAccountLinks(result.value.accounts, startUrl, '$', links, name);
      return done(result.value.accounts);
    } catch (error) {
      refused(startUrl, '$', error);
      return done(undefined);
    }
  }
  if (kind !== 'discovery') {
    problem(startUrl, '$', options.words.notDiscoveryOrAccounts);
    return done(undefined);
  }

  let jurisdiction: Jurisdiction | undefined;
  try {
    const discovery = validateDiscovery(start.json, base);
    issues(startUrl, discovery.issues);
    jurisdiction = discovery.value.jurisdiction;
    organizations = discovery.value.organizations ?? [];
  } catch (error) {
    refused(startUrl, '$', error);
    return done(undefined);
  }
  const record = isRecord(start.json) ? start.json : {};

  // The accounts section: inline, or a document of its own.
  let accounts: readonly Account[] | undefined;
  const section = record['accounts'];
  if (isRecord(section)) {
    try {
      const result = validateSection('accounts', section, base);
      issues(startUrl, nestIssues(result.issues, '$.accounts'));
      accounts = result.value.accounts;
      if (options.gatherLinks) gatherAccountLinks(accounts, startUrl, '$.accounts', links, name);
    } catch (error) {
      refused(startUrl, '$.accounts', error);
    }
  } else if (typeof section === 'string') {
    const next = resolveReference(section, startUrl);
    if (!next.ok) problem(startUrl, '$.accounts', t.refusedReference(JSON.stringify(section.slice(0, 200))));
    else {
      const read = await readJson(reader, next.url, t);
      if (!read.ok) problem(startUrl, '$.accounts', `${name(next.url)}: ${read.message}`);
      else {
        try {
          const result = validateAccounts(read.json, contractBase(next.url));
          issues(next.url, result.issues);
          accounts = result.value.accounts;
          if (options.gatherLinks) gatherAccountLinks(accounts, next.url, '$', links, name);
        } catch (error) {
          refused(next.url, '$', error);
        }
      }
    }
  } else {
    problem(startUrl, '$', options.words.noAccountsSection);
  }

  if (options.gatherLinks) await gatherPolicyLinks(record['policies'], startUrl, reader, t, links, name);
  return done(accounts, jurisdiction);
}

function gatherAccountLinks(accounts: readonly Account[], url: string, root: string, links: PublishedLink[], name: (url: string) => string): void {
  const document = name(url);
  accounts.forEach((account, i) => {
    const at = `${root}.accounts[${i}]`;
    const add = (href: string | null | undefined, path: string): void => {
      if (typeof href === 'string') links.push({ url: href, accountId: account.id, document, path: `${at}.${path}` });
    };
    add(account.url, 'url');
    add(account.qr?.url, 'qr.url');
    add(account.status_notice_url, 'status_notice_url');
  });
}

/** The links of a policies feed (items, attachments, interpretations), following `next_url` a bounded number of times. */
async function gatherPolicyLinks(
  section: unknown,
  startUrl: string,
  reader: Reader,
  t: Messages,
  links: PublishedLink[],
  name: (url: string) => string,
): Promise<void> {
  const seen = new Set<string>();
  let page: { json: unknown; url: string; root: string } | undefined;
  if (isRecord(section)) page = { json: section, url: startUrl, root: '$.policies' };
  else if (typeof section === 'string') {
    const next = resolveReference(section, startUrl);
    if (!next.ok) return;
    const read = await readJson(reader, next.url, t);
    // A feed that cannot be read is a broken link of the county's (the check says why, for a web URL).
    if (!read.ok) return unreadPage(next.url, name(startUrl), '$.policies', links);
    page = { json: read.json, url: next.url, root: '$' };
  }
  for (let pages = 0; page && pages < MAX_POLICY_PAGES; pages++) {
    seen.add(page.url);
    let nextRaw: unknown;
    try {
      const feed = validatePolicyFeed(page.json, contractBase(page.url)).value;
      const document = name(page.url);
      feed.items.forEach((item, i) => {
        const at = `${page!.root}.items[${i}]`;
        const policy = item.title ?? item.id;
        if (item.url) links.push({ url: item.url, policy, document, path: `${at}.url` });
        item.attachments?.forEach((attachment, j) => links.push({ url: attachment.url, policy, document, path: `${at}.attachments[${j}].url` }));
        item._gov?.interpretations?.forEach((link, j) => links.push({ url: link.url, policy, document, path: `${at}._gov.interpretations[${j}].url` }));
      });
      nextRaw = isRecord(page.json) ? page.json['next_url'] : undefined;
    } catch {
      return;
    }
    if (typeof nextRaw !== 'string' || nextRaw === '') return;
    const next = resolveReference(nextRaw, page.url);
    if (!next.ok || seen.has(next.url)) return;
    const read = await readJson(reader, next.url, t);
    if (!read.ok) return unreadPage(next.url, name(page.url), `${page.root}.next_url`, links);
    page = { json: read.json, url: next.url, root: '$' };
  }
}

function unreadPage(url: string, document: string, path: string, links: PublishedLink[]): void {
  if (/^https?:/.test(url)) links.push({ url, document, path });
}
