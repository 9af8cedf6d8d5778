/**
 * The submit payload (contract §4) and its idempotency key. Pure.
 */
import type { SubmitPayload } from '../../../contract/index.js';
import { normalizeEmail, normalizeMobile } from './contact.js';
import type { FormRules } from '../model.js';
import { hasField, type FormValues } from './rules.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

type CryptoLike = Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string };

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts (https, localhost), and
 * county sites are often plain http: there the UUID is built from `crypto.getRandomValues`, which every
 * context has.
 */
export function newIdempotencyKey(crypto: CryptoLike = globalThis.crypto): string {
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // Some embedded browsers expose it but throw outside a secure context.
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The payload for the values, as the contract names it. Text is trimmed; a phone number is sent as its 11
 * digits (so `138 0013 8000` and `13800138000` are the same question on a retry); empty optional contact
 * fields and fields the document turned off are left out; `organization_id` only when the form has
 * recipients; `consent_version` only when it asks for consent.
 */
export function buildPayload(values: FormValues, rules: FormRules, key: string, locale: string): SubmitPayload {
  const payload: SubmitPayload = {
    service_code: values.service_code,
    title: values.title.trim(),
    description: values.description.trim(),
    idempotency_key: key,
    locale,
  };
  if (hasField('organization_id', rules)) payload.organization_id = values.organization_id;
  const name = values.name.trim();
  if (hasField('name', rules) && name) payload.name = name;
  const phone = values.phone.trim();
  if (hasField('phone', rules) && phone) payload.phone = normalizeMobile(phone) ?? phone;
  const email = values.email.trim();
  if (hasField('email', rules) && email) payload.email = normalizeEmail(email) ?? email;
  payload.publish_consent = rules.allowPublish && values.publish_consent;
  if (rules.consentVersion !== undefined) payload.consent_version = rules.consentVersion;
  return payload;
}

/** The question fields of the contract (what the server compares on a replay; integrators' extras excluded). */
export const QUESTION_FIELDS = [
  'service_code',
  'organization_id',
  'title',
  'description',
  'name',
  'phone',
  'email',
  'publish_consent',
  'consent_version',
] as const;

/** Whether two payloads ask the same question (same contract fields; extension fields and locale ignored). */
export function sameQuestion(a: SubmitPayload, b: SubmitPayload): boolean {
  return QUESTION_FIELDS.every((field) => a[field] === b[field]);
}
