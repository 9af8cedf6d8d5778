// The reference question endpoint of the disclosure contract (§4): submit and lookup, as a reusable
// handler. node: built-ins only. The demo server (demo/server.mjs) and the browser tests
// (web-test-runner.config.mjs) mount this same code.
//
//   const api = createQuestionsApi({ file: '.demo-data/questions.jsonl', rules });
//   await api.ready;
//   http.createServer(async (req, res) => { if (!(await api.handle(req, res))) serveStatic(req, res); });
//
// POST <base>          submit (Content-Type: application/json, header Idempotency-Key = body.idempotency_key)
//   201 {service_request_id, query_code, service_notice}      a new question, appended and fsync'd first
//   200 the same body                                          a replay of a key with the same question
//   422 {errors:[{field:"idempotency_key",…}]}                 a key already used for a different question
//   409 + Retry-After                                          the same key is being stored right now
//   422 {errors:[{field, message}, …]}                         the fields that are wrong, all at once
//   400 {errors:[…]}                                           not JSON, no key, or header and body keys differ
//   413, 415                                                   too large, not JSON
// GET  <base>/lookup?service_request_id=…&query_code=…
//   200 {service_request_id, status, status_notes, requested_datetime, updated_datetime, reply?}
//   404 for an unknown id and for a wrong code alike
//
// Storage: one JSON line per event in `file` — {"type":"question",…} for an accepted question and
// {"type":"update",…} for a change of status (see `update`). A line is written and fsync'd before the
// answer goes out, so a 201 means the question is on disk. On start the file is read back, so replays and
// lookups survive a restart; a torn last line (a crash mid-write) is skipped.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

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

const MAX_BODY_BYTES = 64 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const MOBILE = /^1[3-9]\d{9}$/;
const EMAIL_LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const EMAIL_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
/** No 0/O, 1/I/L: a reader copies the code by hand. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** The question fields of a payload: what a replay must repeat exactly, and all that is stored. */
const QUESTION_FIELDS = ['service_code', 'organization_id', 'title', 'description', 'name', 'phone', 'email', 'publish_consent', 'consent_version'];
const STATUSES = ['received', 'accepted', 'transferred', 'answered', 'closed', 'rejected'];

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

function texts(locale) {
  const tag = String(locale ?? '');
  if (/^zh-(Hant|TW|HK|MO)/i.test(tag)) return TEXTS['zh-Hant'];
  if (/^zh/i.test(tag) || tag === '') return TEXTS['zh-Hans'];
  return TEXTS.en;
}

const codePoints = (s) => [...s].length;

function normalizeMobile(value) {
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
  return value.slice(0, at).length <= 64 && EMAIL_LOCAL.test(value.slice(0, at)) && labels.length >= 2 && labels.every((l) => EMAIL_LABEL.test(l)) && !/^\d+$/.test(labels.at(-1));
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

  for (const [field, max] of [['title', rules.maxTitle], ['description', rules.maxBody]]) {
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
  }
  return errors.length ? { errors } : { question };
}

/** What a replay must match: the question fields as sent (not the locale, not an integrator's captcha token). */
function fingerprint(body) {
  const picked = {};
  for (const field of QUESTION_FIELDS) if (body[field] !== undefined) picked[field] = typeof body[field] === 'string' ? body[field].trim() : body[field];
  if (typeof picked.phone === 'string') picked.phone = normalizeMobile(picked.phone) ?? picked.phone;
  return createHash('sha256').update(JSON.stringify(picked)).digest('hex');
}

function queryCode() {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

const sameCode = (a, b) => {
  const x = createHash('sha256').update(String(a)).digest();
  const y = createHash('sha256').update(String(b)).digest();
  return timingSafeEqual(x, y);
};

const json = (status, body, headers = {}) => ({ status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers }, body });

/**
 * @param {object} options
 * @param {string} options.file the JSON-lines file (created with its folder when missing)
 * @param {object} [options.rules] see DEFAULT_RULES / rulesFromQuestionsDocument
 * @param {string} [options.basePath] where the API lives, default `/api/questions`
 * @param {() => Date} [options.now]
 */
export function createQuestionsApi({ file, rules = DEFAULT_RULES, basePath = '/api/questions', now = () => new Date() }) {
  const byKey = new Map(); // idempotency key → record
  const byId = new Map(); // service_request_id → record
  const pending = new Set(); // keys being stored right now
  let sequence = 0;
  let fileHandle; // the open file
  let queue = Promise.resolve(); // appends, one at a time, in order

  const ready = (async () => {
    await mkdir(dirname(file), { recursive: true });
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let event;
      try {
        event = JSON.parse(line);
      } catch {
        continue; // a torn line from a crash mid-write: that question was never confirmed
      }
      apply(event);
    }
    fileHandle = await open(file, 'a');
    if (text === '') {
      // A new file: make its directory entry durable too.
      const dir = await open(dirname(file), 'r').catch(() => undefined);
      await dir?.sync().catch(() => {});
      await dir?.close();
    }
  })();

  function apply(event) {
    if (event?.type === 'question') {
      const record = { ...event, status: 'received', updated_at: event.received_at };
      byKey.set(event.idempotency_key, record);
      byId.set(event.service_request_id, record);
      const n = Number(String(event.service_request_id).split('-').at(-1));
      if (Number.isInteger(n) && n > sequence) sequence = n;
    } else if (event?.type === 'update') {
      const record = byId.get(event.service_request_id);
      if (!record) return;
      if (STATUSES.includes(event.status)) record.status = event.status;
      if (typeof event.status_notes === 'string') record.status_notes = event.status_notes;
      if (event.reply && typeof event.reply.text === 'string') record.reply = event.reply;
      record.updated_at = event.updated_at;
    }
  }

  /** Appends one event as a JSON line and fsyncs it; resolves once it is on disk. */
  function append(event) {
    const run = queue.then(async () => {
      await fileHandle.write(`${JSON.stringify(event)}\n`);
      await fileHandle.sync();
      apply(event);
    });
    queue = run.catch(() => {});
    return run;
  }

  async function submit(request) {
    const type = String(request.headers['content-type'] ?? '');
    if (!/^application\/json\b/i.test(type)) return json(415, { errors: [{ message: 'Content-Type must be application/json' }] });
    let body;
    try {
      body = JSON.parse(request.body);
    } catch {
      return json(400, { errors: [{ message: 'the body is not JSON' }] });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return json(400, { errors: [{ message: 'the body must be a JSON object' }] });
    const key = String(request.headers['idempotency-key'] ?? '').trim();
    if (!UUID.test(key)) return json(400, { errors: [{ field: 'idempotency_key', message: 'an Idempotency-Key header with a UUID is required' }] });
    if (body.idempotency_key !== key) return json(400, { errors: [{ field: 'idempotency_key', message: 'the Idempotency-Key header and idempotency_key differ' }] });

    const print = fingerprint(body);
    const existing = byKey.get(key);
    if (existing) {
      if (existing.fingerprint === print) return json(200, existing.response);
      return json(422, { errors: [{ field: 'idempotency_key', message: texts(body.locale).conflict }] });
    }
    if (pending.has(key)) return json(409, { errors: [{ message: 'a request with this Idempotency-Key is being processed' }] }, { 'Retry-After': '1' });

    const checked = checkPayload(body, rules);
    if (checked.errors) return json(422, { errors: checked.errors });

    pending.add(key);
    try {
      const at = now();
      const day = at.toISOString().slice(0, 10).replaceAll('-', '');
      const id = `${day}-${String(++sequence).padStart(6, '0')}`;
      const response = { service_request_id: id, query_code: queryCode(), service_notice: texts(body.locale).notice(rules.replyWorkdays) };
      await append({
        type: 'question',
        service_request_id: id,
        query_code: response.query_code,
        received_at: at.toISOString(),
        idempotency_key: key,
        fingerprint: print,
        locale: typeof body.locale === 'string' ? body.locale.slice(0, 35) : undefined,
        question: checked.question,
        response,
      });
      return json(201, response);
    } finally {
      pending.delete(key);
    }
  }

  function lookup(search) {
    const id = (search.get('service_request_id') ?? '').trim();
    const code = (search.get('query_code') ?? '').trim().toUpperCase();
    const record = byId.get(id);
    // One answer for an unknown id and a wrong code: the endpoint never tells which part was wrong.
    if (!id || !code || !record || !sameCode(record.query_code, code)) return json(404, { errors: [{ message: 'not found' }] });
    const answer = {
      service_request_id: record.service_request_id,
      status: record.status,
      requested_datetime: record.received_at,
      updated_datetime: record.updated_at,
    };
    if (record.status_notes) answer.status_notes = record.status_notes;
    if (record.reply) answer.reply = record.reply;
    return json(200, answer);
  }

  /**
   * Answers one request, already read: `{ method, url, headers (lower-case names), body (text) }`.
   * Returns `{ status, headers, body }` (body a JSON value), or `undefined` for a path outside the API.
   */
  async function respond(request) {
    await ready;
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === basePath || url.pathname === `${basePath}/`) {
      if (request.method === 'POST') return submit(request);
      return json(405, { errors: [{ message: 'use POST' }] }, { Allow: 'POST' });
    }
    if (url.pathname === `${basePath}/lookup`) {
      if (request.method === 'GET' || request.method === 'HEAD') return lookup(url.searchParams);
      return json(405, { errors: [{ message: 'use GET' }] }, { Allow: 'GET' });
    }
    if (url.pathname.startsWith(`${basePath}/`)) return json(404, { errors: [{ message: 'not found' }] });
    return undefined;
  }

  /** Whether a request is for this API. */
  function owns(url) {
    const path = new URL(url, 'http://localhost').pathname;
    return path === basePath || path.startsWith(`${basePath}/`);
  }

  /** Reads a request body up to the limit; `null` when it is larger. */
  function readBody(req) {
    return new Promise((resolve, reject) => {
      const chunks = [];
      let size = 0;
      req.on('data', (chunk) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          resolve(null);
          req.resume();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  }

  /** Writes an answer of `respond` to a node:http response. */
  function send(res, answer) {
    const body = JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...answer.headers, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }

  /** node:http handler: answers and resolves `true` for the API's paths, resolves `false` for others. */
  async function handle(req, res) {
    if (!owns(req.url)) return false;
    const body = req.method === 'POST' ? await readBody(req) : '';
    if (body === null) {
      send(res, json(413, { errors: [{ message: `the body is larger than ${MAX_BODY_BYTES} bytes` }] }));
      return true;
    }
    send(res, await respond({ method: req.method, url: req.url, headers: req.headers, body }));
    return true;
  }

  /**
   * Changes a question's status (as a department would): appended and fsync'd like a question.
   * @param {string} id service_request_id
   * @param {{status?: string, status_notes?: string, reply?: {text: string, replied_at?: string, organization_id?: string}}} change
   */
  async function update(id, change) {
    await ready;
    if (!byId.has(id)) throw new Error(`no question ${id}`);
    if (change.status !== undefined && !STATUSES.includes(change.status)) throw new Error(`unknown status ${change.status}`);
    await append({ type: 'update', service_request_id: id, ...change, updated_at: now().toISOString() });
  }

  async function close() {
    await ready;
    await queue;
    await fileHandle?.close();
  }

  return { ready, respond, handle, owns, readBody, send, update, close, file, basePath };
}
