/**
 * The form's values and the checks made before sending. Pure: values in, problems out (codes, not
 * sentences; the view words them in the reader's language).
 */
import { PERSONAL_FIELDS } from '../../../contract/types.js';
import { isEmail, isMobile } from './contact.js';
import type { FormRules } from '../model.js';

/** The form's controls, by the `name` they carry (the payload field; `consent` for the consent box). */
export type FieldName = 'service_code' | 'organization_id' | 'title' | 'description' | 'name' | 'phone' | 'email' | 'publish_consent' | 'consent';

/** Document order of the controls: the error summary lists problems in it. */
export const FIELD_ORDER: readonly FieldName[] = [
  'service_code',
  'organization_id',
  'title',
  'description',
  'name',
  'phone',
  'email',
  'publish_consent',
  'consent',
];

export interface FormValues {
  service_code: string;
  organization_id: string;
  title: string;
  description: string;
  name: string;
  phone: string;
  email: string;
  publish_consent: boolean;
  consent: boolean;
}

export function emptyValues(): FormValues {
  return {
    service_code: '',
    organization_id: '',
    title: '',
    description: '',
    name: '',
    phone: '',
    email: '',
    publish_consent: false,
    consent: false,
  };
}

export type ProblemCode = 'required' | 'too-long' | 'phone' | 'email' | 'consent';

export interface Problem {
  readonly field: FieldName;
  readonly code: ProblemCode;
  /** For `too-long`: the limit and the length found. */
  readonly max?: number;
  readonly length?: number;
}

/** Length as the server counts it: code points (JSON Schema's rule), so an emoji counts once. */
export function textLength(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++, n++) {
    const c = value.charCodeAt(i);
    // A surrogate pair is one code point; a lone surrogate counts as one too (as the string iterator does).
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return n;
}

/** Whether the form shows a control for a field. */
export function hasField(field: FieldName, rules: FormRules): boolean {
  switch (field) {
    case 'organization_id':
      return rules.recipients.length > 0;
    case 'name':
    case 'phone':
    case 'email':
      return rules.fields[field] !== 'off';
    case 'publish_consent':
      return rules.allowPublish;
    case 'consent':
      return rules.consentVersion !== undefined;
    default:
      return true;
  }
}

/** Whether a control must be filled in. */
export function isRequired(field: FieldName, rules: FormRules): boolean {
  switch (field) {
    case 'service_code':
    case 'title':
    case 'description':
      return true;
    case 'organization_id':
      return rules.recipients.length > 0;
    case 'name':
    case 'phone':
    case 'email':
      return rules.fields[field] === 'required';
    case 'consent':
      return rules.consentVersion !== undefined;
    case 'publish_consent':
      return false;
  }
}

/** Every problem with the values, in document order (empty when the question may be sent). */
export function checkQuestion(values: FormValues, rules: FormRules): Problem[] {
  const problems: Problem[] = [];
  const text = (field: 'title' | 'description', max: number): void => {
    const value = values[field].trim();
    const length = textLength(value);
    if (length === 0) problems.push({ field, code: 'required' });
    else if (length > max) problems.push({ field, code: 'too-long', max, length });
  };
  if (!rules.services.includes(values.service_code)) problems.push({ field: 'service_code', code: 'required' });
  if (hasField('organization_id', rules) && !rules.recipients.includes(values.organization_id)) {
    problems.push({ field: 'organization_id', code: 'required' });
  }
  text('title', rules.maxTitle);
  text('description', rules.maxBody);
  for (const field of PERSONAL_FIELDS) {
    if (!hasField(field, rules)) continue;
    const value = values[field].trim();
    if (value === '') {
      if (isRequired(field, rules)) problems.push({ field, code: 'required' });
    } else if (field === 'phone' && !isMobile(value)) {
      problems.push({ field, code: 'phone' });
    } else if (field === 'email' && !isEmail(value)) {
      problems.push({ field, code: 'email' });
    }
  }
  if (isRequired('consent', rules) && !values.consent) problems.push({ field: 'consent', code: 'consent' });
  return problems;
}

/** The control a server error names: payload fields map to themselves, `consent_version` to the consent box. */
export function fieldOfServerError(field: string | undefined, rules: FormRules): FieldName | undefined {
  if (field === undefined) return undefined;
  const name = field === 'consent_version' ? 'consent' : field;
  return (FIELD_ORDER as readonly string[]).includes(name) && hasField(name as FieldName, rules) ? (name as FieldName) : undefined;
}
