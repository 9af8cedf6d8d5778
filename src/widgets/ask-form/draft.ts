/**
 * The draft: what the reader typed into the non-personal fields (category, recipient, title, description),
 * kept in `localStorage` across reloads, and the idempotency key of a question that was sent but not yet
 * confirmed. Name, phone and e-mail are never written: {@link DraftStore.save} copies the allowed fields
 * by name, so nothing else can slip in.
 *
 * Storage may be missing or throw on every access (WeChat and Safari in private mode, a full quota, a
 * sandboxed frame): every method catches, and the form simply works without a draft.
 */
import { isUuid } from './payload.js';

export interface Draft {
  service_code?: string;
  organization_id?: string;
  title?: string;
  description?: string;
  /** The key of the question once a send has started, until it succeeds. */
  idempotency_key?: string;
  /** True once a send has started: the question may have reached the server already. */
  sent?: boolean;
}

/** The fields a draft may hold. Personal data is not among them, by construction. */
const TEXT_FIELDS = ['service_code', 'organization_id', 'title', 'description'] as const;

/** Drafts older than this are dropped rather than restored. */
export const DRAFT_MAX_AGE_MS = 30 * 86_400_000;

const PREFIX = 'gov-ask-form:draft:v1:';

/**
 * The storage key of a page's draft: the page URL without its fragment, and the submit endpoint (two forms
 * on one page that send to different places keep two drafts).
 */
export function draftKey(pageUrl: string, submitUrl: string): string {
  return `${PREFIX}${pageUrl.split('#')[0]}|${submitUrl}`;
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

export class DraftStore {
  constructor(
    readonly key: string,
    private readonly storage: StorageSource = browserStorage,
    private readonly now: () => number = Date.now,
  ) {}

  /** The saved draft, or `undefined` (none, unreadable, or too old). */
  load(): Draft | undefined {
    let raw: string | null | undefined;
    try {
      raw = this.storage()?.getItem(this.key);
    } catch {
      return undefined;
    }
    if (!raw) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (typeof json !== 'object' || json === null) return undefined;
    const record = json as Record<string, unknown>;
    const savedAt = record.saved_at;
    if (typeof savedAt !== 'number' || this.now() - savedAt > DRAFT_MAX_AGE_MS) return undefined;
    const draft: Draft = {};
    for (const field of TEXT_FIELDS) {
      const value = record[field];
      if (typeof value === 'string' && value !== '') draft[field] = value;
    }
    if (isUuid(record.idempotency_key)) draft.idempotency_key = record.idempotency_key;
    if (record.sent === true) draft.sent = true;
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
