/**
 * The form's model: what a loaded questions section means for the form, language-independent (text is
 * picked at render). Pure.
 */
import type {
  AnsweredQuestion,
  FieldRequirement,
  LoadedSection,
  LocalizedText,
  Organization,
  QuestionConsent,
  QuestionsDocument,
  WorkingCalendar,
} from '../../contract/index.js';

/** The categories of the contract's example, used when a document lists none. */
export const DEFAULT_SERVICE_CODES = ['consult', 'complaint', 'suggestion', 'help'] as const;

/** Limits used when a document does not set them (a server that has stricter ones answers 422). */
export const DEFAULT_MAX_TITLE = 100;
export const DEFAULT_MAX_BODY = 5000;

export interface ServiceOption {
  readonly code: string;
  /** Absent for the default categories: the widget names them in the reader's language. */
  readonly name?: LocalizedText;
}

export interface RecipientOption {
  readonly id: string;
  /** The organization's name, or its id when the document has no such organization. */
  readonly name: LocalizedText;
}

/** What the form checks before sending (and what the payload carries). */
export interface FormRules {
  readonly maxTitle: number;
  readonly maxBody: number;
  readonly fields: { readonly name: FieldRequirement; readonly phone: FieldRequirement; readonly email: FieldRequirement };
  readonly allowPublish: boolean;
  /** Service codes a question may have. */
  readonly services: readonly string[];
  /** Organization ids a question may go to; empty: the form has no recipient control. */
  readonly recipients: readonly string[];
  /** Absent: the document asks for no consent, and the form shows no consent box. */
  readonly consentVersion?: string;
}

export interface AskModel {
  /** The URL of the questions document (a first page of answered questions that a later page may point back to). */
  readonly documentUrl?: string;
  readonly submitUrl: string;
  readonly lookupUrl?: string;
  readonly services: readonly ServiceOption[];
  readonly recipients: readonly RecipientOption[];
  readonly rules: FormRules;
  readonly consent?: QuestionConsent;
  readonly replyWorkdays?: number;
  /** The county's holidays and make-up working days, for counting `replyWorkdays`. */
  readonly workingCalendar?: WorkingCalendar;
  readonly answered: readonly AnsweredQuestion[];
  readonly answeredNextUrl?: string;
  readonly organizations: ReadonlyMap<string, Organization>;
  /** Service names by code, for the answered list. */
  readonly serviceNames: ReadonlyMap<string, LocalizedText>;
}

export function createAskModel(loaded: Pick<LoadedSection<'questions'>, 'document' | 'organizations'> & { readonly documentUrl?: string }): AskModel {
  const doc: QuestionsDocument = loaded.document;
  const listed = doc.services ?? [];
  const services: ServiceOption[] = listed.length
    ? listed.map((s) => ({ code: s.service_code, name: s.service_name }))
    : DEFAULT_SERVICE_CODES.map((code) => ({ code }));
  const recipients: RecipientOption[] = [...new Set(doc.recipients ?? [])].map((id) => ({
    id,
    name: loaded.organizations.get(id)?.name ?? id,
  }));
  const fields = doc.form?.fields ?? {};
  const rules: FormRules = {
    maxTitle: doc.form?.max_title ?? DEFAULT_MAX_TITLE,
    maxBody: doc.form?.max_body ?? DEFAULT_MAX_BODY,
    fields: { name: fields.name ?? 'optional', phone: fields.phone ?? 'optional', email: fields.email ?? 'optional' },
    allowPublish: doc.form?.allow_publish_opt_in === true,
    services: services.map((s) => s.code),
    recipients: recipients.map((r) => r.id),
    ...(doc.consent ? { consentVersion: doc.consent.version } : {}),
  };
  return {
    ...(loaded.documentUrl !== undefined ? { documentUrl: loaded.documentUrl } : {}),
    submitUrl: doc.endpoints.submit,
    ...(doc.endpoints.lookup ? { lookupUrl: doc.endpoints.lookup } : {}),
    services,
    recipients,
    rules,
    ...(doc.consent ? { consent: doc.consent } : {}),
    ...(doc.reply_workdays !== undefined ? { replyWorkdays: doc.reply_workdays } : {}),
    ...(doc.working_calendar ? { workingCalendar: doc.working_calendar } : {}),
    answered: doc.answered ?? [],
    ...(doc.answered_next_url ? { answeredNextUrl: doc.answered_next_url } : {}),
    organizations: loaded.organizations,
    serviceNames: new Map(listed.map((s) => [s.service_code, s.service_name] as const)),
  };
}
