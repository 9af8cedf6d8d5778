/**
 * The draft: what the reader typed into the non-personal fields (category, recipient, title, description),
 * kept in `localStorage` for {@link DRAFT_MAX_AGE_MS} (24 hours) across reloads, and the idempotency key of a
 * question that was sent but not yet confirmed, with the non-personal fields as sent. Name, phone and
 * e-mail are never written: {@link DraftStore.save} copies the allowed fields by name, so nothing else can
 * slip in.
 *
 * One draft per page (origin and path: `?from=timeline` and other query strings do not make new ones) and
 * submit endpoint. Expired drafts of any page are deleted when a form starts.
 *
 * Storage may be missing or throw on every access (WeChat and Safari in private mode, a full quota, a
 * sandboxed frame): every method catches, and the form simply works without a draft.
 */
import { isUuid } from '../model/payload.js';

export interface Draft {
  service_code?: string;
  organization_id?: string;
  title?: string;
  description?: string;
  /** The key of the question once a send has started, until it succeeds. */
  idempotency_key?: string;
  /** True once a send has started: the question may have reached the server already. */
  sent?: boolean;
  /** The non-personal fields as last sent under `idempotency_key` (to ask for its receipt after a reload). */
  sent_question?: SentQuestion;
}

/** What a sent question was, without its contact details. */
export interface SentQuestion {
  service_code: string;
  organization_id?: string;
  title: string;
  description: string;
  publish_consent: boolean;
}

/** The fields a draft may hold. Personal data is not among them, by construction. */
const TEXT_FIELDS = ['service_code', 'organization_id', 'title', 'description'] as const;

/** Drafts older than this are deleted rather than restored (a shared computer's next reader must not get them). */
export const DRAFT_MAX_AGE_MS = 24 * 3_600_000;

/** The prefix of every draft's storage key. */
export const DRAFT_PREFIX = 'gov-ask-form:draft:v1:';

/**
 * The storage key of a page's draft: the page's origin and path (no query, no fragment), and the submit
 * endpoint (two forms on one page that send to different places keep two drafts).
 */
export function draftKey(pageUrl: string, submitUrl: string): string {
  let page = pageUrl.split(/[?#]/)[0]!;
  try {
    const url = new URL(pageUrl);
    page = `${url.origin}${url.pathname}`;
  } catch {
    // Not a URL (a test's label): its part before any query.
  }
  return `${DRAFT_PREFIX}${page}|${submitUrl}`;
}

export type StorageSource = () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null | undefined;

/** `localStorage`, or `null` where reading the property itself throws. */
export const browserStorage: StorageSource = () => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

function sentQuestionOf(value: unknown): SentQuestion | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (typeof r.service_code !== 'string' || typeof r.title !== 'string' || typeof r.description !== 'string' || typeof r.publish_consent !== 'boolean')
    return undefined;
  if (r.organization_id !== undefined && typeof r.organization_id !== 'string') return undefined;
  const out: SentQuestion = { service_code: r.service_code, title: r.title, description: r.description, publish_consent: r.publish_consent };
  if (typeof r.organization_id === 'string') out.organization_id = r.organization_id;
  return out;
}

/**
 * Deletes every draft (of any page) that is older than {@link DRAFT_MAX_AGE_MS} or unreadable. Looks at
 * no more than `limit` keys of the storage. Returns how many it deleted.
 */
export function sweepDrafts(storage: StorageSource = browserStorage, now: number = Date.now(), limit = 1000): number {
  let deleted = 0;
  try {
    const area = storage() as Storage | null | undefined;
    if (!area || typeof area.key !== 'function') return 0;
    const keys: string[] = [];
    for (let i = 0; i < Math.min(area.length, limit); i++) {
      const key = area.key(i);
      if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
    }
    for (const key of keys) {
      if (!isFresh(savedAtOf(area.getItem(key)), now)) {
        area.removeItem(key);
        deleted++;
      }
    }
  } catch {
    // Storage refused: nothing to sweep.
  }
  return deleted;
}

/** Whether a draft saved at `savedAt` (its stored `saved_at`, any value) may still be restored at `now`. */
function isFresh(savedAt: unknown, now: number): boolean {
  return typeof savedAt === 'number' && Number.isFinite(savedAt) && now - savedAt <= DRAFT_MAX_AGE_MS;
}

/** The `saved_at` of a stored draft's text, unchecked (`undefined` when it is not a JSON object). */
function savedAtOf(raw: string | null): unknown {
  if (!raw) return undefined;
  try {
    const json = JSON.parse(raw) as unknown;
    return typeof json === 'object' && json !== null ? (json as Record<string, unknown>).saved_at : undefined;
  } catch {
    return undefined;
  }
}

export class DraftStore {
  constructor(
    readonly key: string,
    private readonly storage: StorageSource = browserStorage,
    private readonly now: () => number = Date.now,
  ) {}

  /** The saved draft, or `undefined` (none, unreadable, or too old: then it is deleted). */
  load(): Draft | undefined {
    let raw: string | null | undefined;
    try {
      raw = this.storage()?.getItem(this.key);
    } catch {
      return undefined;
    }
    return this.parse(raw ?? null);
  }

  /** A draft from its stored text (as `load` reads it, or as a `storage` event from another tab carries it). */
  parse(raw: string | null): Draft | undefined {
    if (!raw) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      this.clear();
      return undefined;
    }
    if (typeof json !== 'object' || json === null) return undefined;
    const record = json as Record<string, unknown>;
    if (!isFresh(record.saved_at, this.now())) {
      this.clear();
      return undefined;
    }
    const draft: Draft = {};
    for (const field of TEXT_FIELDS) {
      const value = record[field];
      if (typeof value === 'string' && value !== '') draft[field] = value;
    }
    if (isUuid(record.idempotency_key)) draft.idempotency_key = record.idempotency_key;
    if (record.sent === true) draft.sent = true;
    const sent = sentQuestionOf(record.sent_question);
    if (sent && draft.idempotency_key) draft.sent_question = sent;
    return draft;
  }

  /** Saves the allowed fields of `draft` (an empty draft removes the entry). Returns false when storage failed. */
  save(draft: Draft): boolean {
    const out: Record<string, unknown> = {};
    for (const field of TEXT_FIELDS) {
      const value = draft[field];
      if (typeof value === 'string' && value !== '') out[field] = value;
    }
    if (isUuid(draft.idempotency_key)) out.idempotency_key = draft.idempotency_key;
    if (draft.sent === true) out.sent = true;
    const sent = sentQuestionOf(draft.sent_question);
    if (sent && out.idempotency_key) out.sent_question = sent;
    if (Object.keys(out).length === 0) return this.clear();
    out.saved_at = this.now();
    try {
      const storage = this.storage();
      if (!storage) return false;
      storage.setItem(this.key, JSON.stringify(out));
      return true;
    } catch {
      return false;
    }
  }

  clear(): boolean {
    try {
      this.storage()?.removeItem(this.key);
      return true;
    } catch {
      return false;
    }
  }
}
