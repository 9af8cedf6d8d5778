// The rules of the reference question endpoint (demo/questions-api.mjs): which questions it accepts, the
// messages it refuses others with (zh-Hans, zh-Hant, en), and what makes two requests "the same question".
import { createHash } from 'node:crypto';

/** Rules used when none are given: the contract's example categories, any recipient, generous limits. */
export const DEFAULT_RULES = Object.freeze({
  services: ['consult', 'complaint', 'suggestion', 'help'],
  recipients: [],
  maxTitle: 100,
  maxBody: 5000,
  fields: { name: 'optional', phone: 'optional', email: 'optional' },
  allowPublish: true,
  consentVersion: undefined,
  replyWorkdays: 5,
});

/** The endpoint's rules from a questions section document (the same one the widget reads). */
export function rulesFromQuestionsDocument(doc) {
  const fields = doc?.form?.fields ?? {};
  const pick = (value) => (['required', 'optional', 'off'].includes(value) ? value : 'optional');
  return {
    services: Array.isArray(doc?.services) ? doc.services.map((s) => s?.service_code).filter((c) => typeof c === 'string') : DEFAULT_RULES.services,
    recipients: Array.isArray(doc?.recipients) ? doc.recipients.filter((r) => typeof r === 'string') : [],
    maxTitle: Number.isInteger(doc?.form?.max_title) ? doc.form.max_title : DEFAULT_RULES.maxTitle,
    maxBody: Number.isInteger(doc?.form?.max_body) ? doc.form.max_body : DEFAULT_RULES.maxBody,
    fields: { name: pick(fields.name), phone: pick(fields.phone), email: pick(fields.email) },
    allowPublish: doc?.form?.allow_publish_opt_in === true,
    consentVersion: typeof doc?.consent?.version === 'string' ? doc.consent.version : undefined,
    replyWorkdays: Number.isInteger(doc?.reply_workdays) ? doc.reply_workdays : DEFAULT_RULES.replyWorkdays,
  };
}

const MOBILE = /^1[3-9]\d{9}$/;
const EMAIL_LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const EMAIL_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
/** The question fields of a payload: what a replay must repeat exactly, and all that is stored. */
export const QUESTION_FIELDS = ['service_code', 'organization_id', 'title', 'description', 'name', 'phone', 'email', 'publish_consent', 'consent_version'];

const TEXTS = {
  'zh-Hans': {
    required: '此项为必填项。',
    tooLong: (max) => `不能超过 ${max} 个字。`,
    unknownService: '请选择列出的留言类型。',
    unknownRecipient: '请选择列出的受理单位。',
    phone: '请输入有效的手机号码（11 位，以 1 开头）。',
    email: '请输入有效的电子邮箱地址。',
    consent: '个人信息处理说明已更新，请重新阅读并勾选同意。',
    type: '格式不正确。',
    conflict: '这个幂等键已用于另一个不同的问题。',
    notice: (days) => `您的留言已受理，我们将在 ${days} 个工作日内答复。请保存受理编号和查询码，用于查询办理进度。`,
  },
  'zh-Hant': {
    required: '此項為必填項。',
    tooLong: (max) => `不能超過 ${max} 個字。`,
    unknownService: '請選擇列出的留言類型。',
    unknownRecipient: '請選擇列出的受理單位。',
    phone: '請輸入有效的手機號碼（11 位，以 1 開頭）。',
    email: '請輸入有效的電子郵件地址。',
    consent: '個人資料處理說明已更新，請重新閱讀並勾選同意。',
    type: '格式不正確。',
    conflict: '這個冪等鍵已用於另一個不同的問題。',
    notice: (days) => `您的留言已受理，我們將在 ${days} 個工作日內答覆。請保存受理編號和查詢碼，用於查詢辦理進度。`,
  },
  en: {
    required: 'This field is required.',
    tooLong: (max) => `Must be ${max} characters or fewer.`,
    unknownService: 'Choose one of the listed types of question.',
    unknownRecipient: 'Choose one of the listed departments.',
    phone: 'Enter a valid mobile number (11 digits starting with 1).',
    email: 'Enter a valid e-mail address.',
    consent: 'The privacy notice has changed: read it again and tick the box.',
    type: 'Wrong format.',
    conflict: 'This idempotency key was already used for a different question.',
    notice: (days) => `Your question has been received; the reply is due within ${days} working days. Keep the request number and query code to follow it up.`,
  },
};

export function texts(locale) {
  const tag = String(locale ?? '');
  if (/^zh-(Hant|TW|HK|MO)/i.test(tag)) return TEXTS['zh-Hant'];
  if (/^zh/i.test(tag) || tag === '') return TEXTS['zh-Hans'];
  return TEXTS.en;
}

const codePoints = (s) => [...s].length;

export function normalizeMobile(value) {
  let digits = value.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)).replace(/[\s\-().\u3000]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return MOBILE.test(digits) ? digits : null;
}

function isEmail(value) {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at !== value.indexOf('@')) return false;
  const labels = value.slice(at + 1).split('.');
  return (
    value.slice(0, at).length <= 64 &&
    EMAIL_LOCAL.test(value.slice(0, at)) &&
    labels.length >= 2 &&
    labels.every((l) => EMAIL_LABEL.test(l)) &&
    !/^\d+$/.test(labels.at(-1))
  );
}

/**
 * Checks a payload against the rules. Returns `{ errors }` (each `{field, message}`) or `{ question }`, the
 * question fields to store (phone as 11 digits, fields the rules turn off left out).
 */
export function checkPayload(body, rules) {
  const t = texts(body.locale);
  const errors = [];
  const question = {};
  const str = (field) => (typeof body[field] === 'string' ? body[field].trim() : body[field] === undefined || body[field] === null ? '' : undefined);
  const add = (field, message) => errors.push({ field, message });

  const service = str('service_code');
  if (service === undefined) add('service_code', t.type);
  else if (service === '') add('service_code', t.required);
  else if (rules.services.length > 0 && !rules.services.includes(service)) add('service_code', t.unknownService);
  else question.service_code = service;

  const org = str('organization_id');
  if (org === undefined) add('organization_id', t.type);
  else if (rules.recipients.length > 0 && org === '') add('organization_id', t.required);
  else if (rules.recipients.length > 0 && !rules.recipients.includes(org)) add('organization_id', t.unknownRecipient);
  else if (org !== '') question.organization_id = org;

  for (const [field, max] of [
    ['title', rules.maxTitle],
    ['description', rules.maxBody],
  ]) {
    const value = str(field);
    if (value === undefined) add(field, t.type);
    else if (value === '') add(field, t.required);
    else if (codePoints(value) > max) add(field, t.tooLong(max));
    else question[field] = value;
  }

  for (const field of ['name', 'phone', 'email']) {
    const requirement = rules.fields[field];
    if (requirement === 'off') continue;
    const value = str(field);
    if (value === undefined) add(field, t.type);
    else if (value === '') {
      if (requirement === 'required') add(field, t.required);
    } else if (field === 'phone') {
      const phone = normalizeMobile(value);
      if (phone) question.phone = phone;
      else add(field, t.phone);
    } else if (field === 'email') {
      if (isEmail(value)) question.email = value;
      else add(field, t.email);
    } else if (codePoints(value) > 50) add(field, t.tooLong(50));
    else question.name = value;
  }

  if (body.publish_consent !== undefined && typeof body.publish_consent !== 'boolean') add('publish_consent', t.type);
  else question.publish_consent = rules.allowPublish && body.publish_consent === true;

  if (rules.consentVersion !== undefined) {
    if (body.consent_version !== rules.consentVersion) add('consent_version', t.consent);
    else question.consent_version = body.consent_version;
  } else if (typeof body.consent_version === 'string' && body.consent_version !== '') {
    // No version to enforce, but what the reader agreed to is kept with the question.
    question.consent_version = body.consent_version.slice(0, 100);
  }
  return errors.length ? { errors } : { question };
}

/**
 * The fields a replay must match: the question itself, as the form can send it again after a reload (its
 * draft keeps these). Not the contact details (the form never stores them, so after a reload the reader
 * types them again, perhaps differently: the question is still the one stored, and its first contact
 * details are kept), not the locale, not an integrator's captcha token.
 */
export const REPLAY_FIELDS = ['service_code', 'organization_id', 'title', 'description', 'publish_consent', 'consent_version'];

/** What a replay must match (see {@link REPLAY_FIELDS}). */
export function fingerprint(body) {
  const picked = { v: 2 };
  for (const field of REPLAY_FIELDS) if (body[field] !== undefined) picked[field] = typeof body[field] === 'string' ? body[field].trim() : body[field];
  picked.publish_consent = body.publish_consent === true;
  return createHash('sha256').update(JSON.stringify(picked)).digest('hex');
}

/** The fingerprint of rows stored before contact details left it (all question fields): still a replay. */
export function legacyFingerprint(body) {
  const picked = {};
  for (const field of QUESTION_FIELDS) if (body[field] !== undefined) picked[field] = typeof body[field] === 'string' ? body[field].trim() : body[field];
  if (typeof picked.phone === 'string') picked.phone = normalizeMobile(picked.phone) ?? picked.phone;
  return createHash('sha256').update(JSON.stringify(picked)).digest('hex');
}
