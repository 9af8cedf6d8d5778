/**
 * Rows to the contract's records: a policy list to JSON Feed items (`_gov` fields), a 备案 ledger to
 * accounts. A row with any error is left out (its problems say why); blank rows are skipped silently.
 */
import type { Account, PolicyItem } from '../../contract/types.js';
import { MAX_ID_LENGTH, MAX_ITEMS, MAX_PROSE_TEXT, MAX_SHORT_TEXT, MAX_TITLE_TEXT } from '../../contract/limits.js';
import type { HeaderMatch } from './headers.js';
import { accountId, organizationId, organizationKey, policyId } from './ids.js';
import type { Problems, Where } from './problems.js';
import { blankRow, cellText, RowReader, type Cell } from './rows.js';
import { readCount, readFunctions, readKind, readLegalForce, readPlatform, readStatus, readYesNo } from './values.js';

export interface SheetRows {
  readonly where: Where;
  readonly header: HeaderMatch;
  /** Index (0-based) of the header row; data rows follow it. */
  readonly headerRow: number;
  readonly rows: readonly (readonly Cell[])[];
}

export interface Tally {
  rows: number;
  converted: number;
  leftOut: number;
}

export interface Options {
  readonly baseUrl: string | undefined;
  /** Organization ids by {@link organizationKey} of their names, from the discovery document (kept as they are). */
  readonly knownOrganizations: ReadonlyMap<string, string>;
}

/** Each data row with its 1-based row number, blank rows skipped. */
function* dataRows(sheet: SheetRows): Generator<{ row: readonly Cell[]; number: number }> {
  for (let i = sheet.headerRow + 1; i < sheet.rows.length; i++) {
    const row = sheet.rows[i]!;
    if (!blankRow(row)) yield { row, number: i + 1 };
  }
}

const TAG_SEPARATORS = /[,，、;；|｜\s]+/;

/**
 * @param issuers when given (the discovery document is ours and is updated), each 发布机构 becomes an
 *   organization there and the item names it by `issuer_id`; otherwise an issuer the discovery document does
 *   not know stays text (`issuer`).
 */
export function readPolicies(
  sheet: SheetRows,
  problems: Problems,
  options: Options,
  tally: Tally,
  issuers: Map<string, DerivedOrganization> | undefined,
): { item: PolicyItem; row: number }[] {
  const out: { item: PolicyItem; row: number }[] = [];
  for (const { row, number } of dataRows(sheet)) {
    tally.rows++;
    const r = new RowReader({ ...sheet.where, row: number }, sheet.header, row, problems, options.baseUrl);
    const title = r.text('title', MAX_TITLE_TEXT, true);
    const published = r.date('date_published', true);
    const docNumber = r.text('doc_number', MAX_SHORT_TEXT);
    const indexNo = r.text('index_no', MAX_SHORT_TEXT);
    const issuer = r.text('issuer', MAX_TITLE_TEXT);
    const signed = r.date('signed_date');
    const effective = r.date('effective_date');
    const expiry = r.date('expiry_date');
    const force = r.value('legal_force', (c) => readLegalForce(cellText(c)), 'bad-legal-force');
    const kind = r.value('kind', (c) => readKind(cellText(c)), 'bad-kind');
    const topic = r.text('topic', MAX_TITLE_TEXT);
    const url = r.url('url');
    const summary = r.text('summary', MAX_PROSE_TEXT);
    const tagText = r.text('tags', MAX_PROSE_TEXT);
    const tags = tagText === undefined ? [] : [...new Set(tagText.split(TAG_SEPARATORS).filter(Boolean))];
    if (tags.length > MAX_ITEMS.perItem) r.report('tags', 'too-long', { number: MAX_ITEMS.perItem });
    if (tags.some((tag) => [...tag].length > MAX_TITLE_TEXT)) r.report('tags', 'too-long', { number: MAX_TITLE_TEXT });
    const id = title !== undefined && published !== undefined ? policyId({ index_no: indexNo, doc_number: docNumber, title, date: published }) : undefined;
    if (id !== undefined && [...id].length > MAX_ID_LENGTH) r.report(indexNo ? 'index_no' : 'doc_number', 'too-long', { number: MAX_ID_LENGTH });
    if (r.failed || title === undefined || published === undefined || id === undefined) {
      tally.leftOut++;
      continue;
    }
    const issuerId = issuer === undefined ? undefined : organizationFor(issuer, options, issuers);
    const gov: NonNullable<PolicyItem['_gov']> = {
      ...(docNumber && { doc_number: docNumber }),
      ...(indexNo && { index_no: indexNo }),
      ...(issuerId ? { issuer_id: issuerId } : issuer ? { issuer } : {}),
      ...(kind && { kind }),
      ...(topic && { topic }),
      ...(signed && { signed_date: signed }),
      ...(effective && { effective_date: effective }),
      ...(expiry && { expiry_date: expiry }),
      ...(force && { legal_force: force }),
    };
    const item: PolicyItem = {
      id,
      title,
      ...(url && { url }),
      date_published: published,
      ...(summary && { summary }),
      ...(tags.length > 0 && { tags }),
      ...(Object.keys(gov).length > 0 && { _gov: gov }),
    };
    out.push({ item, row: number });
    tally.converted++;
  }
  return out;
}

export interface DerivedOrganization {
  readonly id: string;
  readonly name: string;
}

/**
 * The id of the organization named `name`: the discovery document's own, else one derived this run (added
 * to `derived`); `undefined` when the name is unknown and nothing may be derived.
 */
function organizationFor(name: string, options: Options, derived: Map<string, DerivedOrganization> | undefined): string | undefined {
  const key = organizationKey(name);
  const known = options.knownOrganizations.get(key) ?? derived?.get(key)?.id;
  if (known !== undefined || derived === undefined) return known;
  const id = organizationId(name);
  derived.set(key, { id, name });
  return id;
}

export function readAccounts(
  sheet: SheetRows,
  problems: Problems,
  options: Options,
  tally: Tally,
  organizations: Map<string, DerivedOrganization>,
): { account: Account; row: number }[] {
  const out: { account: Account; row: number }[] = [];
  for (const { row, number } of dataRows(sheet)) {
    tally.rows++;
    const r = new RowReader({ ...sheet.where, row: number }, sheet.header, row, problems, options.baseUrl);
    const name = r.text('name', MAX_TITLE_TEXT, true);
    const platformText = r.text('platform', MAX_TITLE_TEXT, true);
    const platform = platformText === undefined ? undefined : (readPlatform(platformText) ?? 'other');
    if (platform === 'other' && platformText !== undefined && readPlatform(platformText) === undefined) r.report('platform', 'other-platform', {}, 'warning');
    const organization = r.text('organization', MAX_TITLE_TEXT);
    const handle = r.text('handle', MAX_SHORT_TEXT);
    const url = r.url('url');
    const followers = r.value('followers', readCount, 'bad-count');
    const lastPost = r.date('last_post_at');
    const lastReply = r.date('last_reply_at');
    const verified = r.value('verified', readYesNo, 'bad-yes-no');
    const status = r.value('status', (c) => readStatus(cellText(c)), 'bad-status');
    const functionsText = r.text('functions', MAX_PROSE_TEXT);
    const functions = functionsText === undefined ? undefined : readFunctions(functionsText);
    if (functionsText !== undefined && functions === undefined) r.report('functions', 'bad-functions');
    const description = r.text('description', MAX_PROSE_TEXT);
    const qr = r.url('qr');
    if (r.failed || name === undefined || platform === undefined) {
      tally.leftOut++;
      continue;
    }
    const organizationIdOf = organization === undefined ? undefined : organizationFor(organization, options, organizations);
    const account: Account = {
      id: accountId(platform === 'other' ? `other:${platformText ?? ''}` : platform, handle ?? name),
      name,
      platform,
      ...(platform === 'other' && platformText && readPlatform(platformText) === undefined && { platform_label: platformText }),
      ...(organizationIdOf && { organization_id: organizationIdOf }),
      ...(handle && { handle }),
      ...(url && { url }),
      ...(qr && { qr: { url: qr } }),
      ...(verified !== undefined && { verified }),
      ...(functions && { functions }),
      ...(followers !== undefined && { followers: { count: followers } }),
      ...(lastPost && { last_post_at: lastPost }),
      ...(lastReply && { last_reply_at: lastReply }),
      ...(status && { status }),
      ...(description && { description }),
    };
    out.push({ account, row: number });
    tally.converted++;
  }
  return out;
}
