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
import { checkPayload, DEFAULT_RULES, fingerprint, texts } from './questions-rules.mjs';

export { checkPayload, DEFAULT_RULES, rulesFromQuestionsDocument } from './questions-rules.mjs';

const MAX_BODY_BYTES = 64 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** No 0/O, 1/I/L: a reader copies the code by hand. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const STATUSES = ['received', 'accepted', 'transferred', 'answered', 'closed', 'rejected'];

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
