/** What the directory's view pieces need from the element, and small helpers they share. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { pickLocalized, type AccountStatus, type AuditFlag, type LocalizedText, type UiLocale } from '../../contract/index.js';
import type { DirectoryEntry, DirectoryModel, GroupBy } from './model.js';

export interface ViewContext {
  readonly model: DirectoryModel;
  /** Language of content (names, descriptions). */
  readonly language: string;
  /** Locale of UI text, dates and numbers. */
  readonly locale: UiLocale;
  /** The moment relative times and the audit count from. */
  readonly now: number;
  readonly groupBy: GroupBy;
  /** Audit flags by account id; undefined when the audit view is off. */
  readonly audit: ReadonlyMap<string, readonly AuditFlag[]> | undefined;
  readonly openQr: (entry: DirectoryEntry, opener: HTMLElement) => void;
}

/** Localized data text, bidi-isolated, marked with its language when it is not the reader's. */
export function dataText(text: LocalizedText | null | undefined, language: string, className = ''): TemplateResult {
  const picked = pickLocalized(text, language);
  return html`<span class="text ${className}" lang=${picked.lang && picked.lang !== language ? picked.lang : nothing}>${picked.text}</span>`;
}

/** The name of an account's organization, or words saying it is not named. */
export function organizationText(entry: DirectoryEntry, language: string): TemplateResult {
  return entry.organization ? dataText(entry.organization.name, language) : html`<span>${msg('未注明单位')}</span>`;
}

/** The status in words (active has none). */
export function statusLabel(status: AccountStatus): string {
  switch (status) {
    case 'active':
      return msg('正常');
    case 'paused':
      return msg('暂停更新');
    case 'closing':
      return msg('即将关停');
    case 'closed':
      return msg('已关停');
    case 'merged':
      return msg('已合并');
  }
}
