/** What the directory's view pieces need from the element, and small helpers they share. */
import { nothing } from 'lit';
import { pickLocalized, type AccountStatus, type AuditFlag, type LocalizedText, type SortOrder, type UiLocale } from '../../../contract/index.js';
import type { DirectoryEntry, DirectoryModel, GroupBy } from '../model.js';
import type { Msg } from '../../../core/i18n.js';
import type { TextContext } from '../../../core/view/data-text.js';
import type { Speaker } from '../../../core/read-aloud.js';
import type * as AuditChunk from '../lazy/audit.js';

export interface ViewContext extends TextContext {
  /** The widget's `msg()`, in its UI language. */
  readonly msg: Msg;
  readonly model: DirectoryModel;
  /** Language of content (names, descriptions). */
  readonly language: string;
  /** Locale of UI text, dates and numbers. */
  readonly locale: UiLocale;
  /** The moment relative times and the audit count from. */
  readonly now: number;
  readonly groupBy: GroupBy;
  /**
   * The ranking the accounts are in (`sort`); the cards then show the figure it ranks by even when missing
   * (粉丝数未公布) and, for activity, the last reply too.
   */
  readonly sort?: SortOrder | undefined;
  /** Audit flags by account id; undefined when the audit view is off (or its code has not arrived yet). */
  readonly audit: ReadonlyMap<string, readonly AuditFlag[]> | undefined;
  /** The audit view's code (lazy/audit.ts), once loaded where the view is on. */
  readonly auditView?: typeof AuditChunk | undefined;
  readonly openQr: (entry: DirectoryEntry, opener: HTMLElement) => void;
  /** Draws a read-aloud button on each card (none when undefined). */
  readonly speaker?: Speaker | undefined;
}

/** Localized data text and the `lang` to mark it with (`nothing` when it is in the reader's language). */
export function localized(text: LocalizedText | null | undefined, language: string): { text: string; lang: string | typeof nothing } {
  const picked = pickLocalized(text, language);
  return { text: picked.text, lang: picked.lang && picked.lang !== language ? picked.lang : nothing };
}

/** The name of an account's organization (isolated, with its `lang`), or words saying it is not named. */
export function organizationName(msg: Msg, entry: DirectoryEntry, language: string): { text: string; lang: string | typeof nothing } {
  return entry.organization
    ? localized(entry.organization.name, language)
    : { text: msg('未注明单位', { id: 'directory.organization-not-given' }), lang: nothing };
}

/** The status in words (active has none). */
export function statusLabel(msg: Msg, status: AccountStatus): string {
  switch (status) {
    case 'active':
      return msg('正常', { id: 'directory.active' });
    case 'paused':
      return msg('暂停更新', { id: 'directory.paused' });
    case 'closing':
      return msg('即将关停', { id: 'directory.closing-soon' });
    case 'closed':
      return msg('已关停', { id: 'directory.closed' });
    case 'merged':
      return msg('已合并', { id: 'directory.merged' });
  }
}
