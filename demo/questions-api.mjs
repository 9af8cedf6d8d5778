// The reference question endpoint of the disclosure contract (§4): submit and lookup, as a reusable
// handler (node: built-ins and better-sqlite3). The demo server (demo/server.mjs) and the browser tests
// (web-test-runner.config.mjs) mount this same code.
//
//   const api = createQuestionsApi({ file: '.demo-data/questions.sqlite', rules });
//   await api.ready;
//   http.createServer(async (req, res) => { if (!(await api.handle(req, res))) serveStatic(req, res); });
//
// POST <base>          submit (Content-Type: application/json, header Idempotency-Key = body.idempotency_key)
//   201 {service_request_id, query_code, service_notice}      a new question, committed (fsync'd) first
//   200 the same body                                          a replay of a key with the same question (contact
//                                                              details are not compared: the first ones are kept)
//   422 {errors:[{field:"idempotency_key",…}]}                 a key already used for a different question
//   409 + Retry-After                                          the same key is being stored right now (the commit is
//                                                              synchronous now, so a second request mostly sees 200)
//   422 {errors:[{field, message}, …]}                         the fields that are wrong, all at once
//   400 {errors:[…]}                                           not JSON, no key, or header and body keys differ
//   413, 415                                                   too large, not JSON
//   503 + Retry-After                                          the disk refused the write (full, I/O): nothing stored
// GET  <base>/lookup?service_request_id=…&query_code=…
//   200 {service_request_id, status, status_notes, requested_datetime, updated_datetime, reply?}
//   404 for an unknown id and for a wrong code alike; 429 + Retry-After over the per-client lookup limit
//
// Storage: one SQLite database (better-sqlite3) in `file`, journal_mode=WAL and synchronous=FULL. A question
// is one row, inserted in a transaction that is committed (fsync'd) before the 201 goes out; a status change or a
// reply is an UPDATE of that row. A crash (kill -9), a torn write of the WAL or a full disk can lose at most a
// transaction that was never answered 201: SQLite replays only whole, checksummed WAL frames, and a failed write
// rolls back and is answered 503 + Retry-After, so the widget retries with the same Idempotency-Key.
//
// What the file holds, and what it does not:
//   - the idempotency key as sha256 only; the query code as scrypt(code, per-row salt) only, and once more
//     encrypted (AES-256-GCM) under a key derived from the idempotency key, so that a replay of the same key
//     can return the same receipt (200) while the file alone reveals no query code;
//   - ids `YYYYMMDD-NNNNNN`, the contract's format, with the six digits drawn at random (not a counter) and
//     unique for all time (UNIQUE; rows are never deleted), so an id is never reused after a restart and one
//     receipt does not tell the next person's id. Six digits are ~20 bits: an id is not a secret, the query code
//     (8 of 31 letters, ~40 bits, behind the lookup rate limit) is.
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';
import { mkdirSync, openSync, closeSync, fsyncSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { checkPayload, DEFAULT_RULES, fingerprint, legacyFingerprint, texts } from './questions-rules.mjs';

export { checkPayload, DEFAULT_RULES, rulesFromQuestionsDocument } from './questions-rules.mjs';

const MAX_BODY_BYTES = 64 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** No 0/O, 1/I/L: a reader copies the code by hand. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const STATUSES = ['received', 'accepted', 'transferred', 'answered', 'closed', 'rejected'];
const SCRYPT = { N: 1024, r: 8, p: 1 }; // cheap enough per lookup; the rate limit does the rest

function queryCode() {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

const sha256 = (text) => createHash('sha256').update(String(text)).digest('hex');
const hashCode = (code, salt) => scryptSync(String(code), salt, 32, SCRYPT);
const keyFor = (idempotencyKey, salt) => createHash('sha256').update(salt).update(String(idempotencyKey).toLowerCase()).digest();

function sealCode(code, idempotencyKey, salt) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(idempotencyKey, salt), iv);
  const sealed = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
}

function openCode(blob, idempotencyKey, salt) {
  const decipher = createDecipheriv('aes-256-gcm', keyFor(idempotencyKey, salt), blob.subarray(0, 12));
  decipher.setAuthTag(blob.subarray(12, 28));
  return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8');
}

const json = (status, body, headers = {}) => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  body,
});

const SCHEMA = `
CREATE TABLE IF NOT EXISTS questions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  service_request_id TEXT NOT NULL UNIQUE,
  key_hash TEXT NOT NULL UNIQUE,
  fingerprint TEXT NOT NULL,
  code_salt BLOB NOT NULL,
  code_hash BLOB NOT NULL,
  code_sealed BLOB NOT NULL,
  received_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  locale TEXT,
  question TEXT NOT NULL,
  service_notice TEXT NOT NULL,
  publish_consent INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'received',
  status_notes TEXT,
  reply TEXT
);`;

/**
 * Opens (creating when missing, with its folder) the question database: WAL, synchronous=FULL.
 * The demo server, the staff CLI (demo/questions-cli.mjs) and the tests share it.
 */
export function openQuestionsDatabase(file) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  if (file !== ':memory:') {
    // The new file's directory entry durable too.
    try {
      const fd = openSync(dirname(file), 'r');
      fsyncSync(fd);
      closeSync(fd);
    } catch {
      // Some file systems cannot fsync a directory: the file itself was synced above.
    }
  }
  return db;
}

/** A row as the lookup, the CLI and the answered list see it (never the code, never the key). */
function fromRow(row) {
  return {
    service_request_id: row.service_request_id,
    received_at: row.received_at,
    updated_at: row.updated_at,
    locale: row.locale ?? undefined,
    question: JSON.parse(row.question),
    publish_consent: row.publish_consent === 1,
    status: row.status,
    status_notes: row.status_notes ?? undefined,
    reply: row.reply ? JSON.parse(row.reply) : undefined,
  };
}

/** Every question, oldest first. */
export function listQuestions(db) {
  return db.prepare('SELECT * FROM questions ORDER BY seq').all().map(fromRow);
}

/**
 * Changes a question's status and/or reply. Throws for an unknown id or status.
 * @param {{status?: string, status_notes?: string, reply?: {text: string, replied_at?: string, organization_id?: string}}} change
 */
export function updateQuestion(db, id, change, at = new Date()) {
  if (change.status !== undefined && !STATUSES.includes(change.status)) throw new Error(`unknown status ${change.status}`);
  const row = db.prepare('SELECT * FROM questions WHERE service_request_id = ?').get(id);
  if (!row) throw new Error(`no question ${id}`);
  const reply = change.reply && typeof change.reply.text === 'string' ? JSON.stringify(change.reply) : row.reply;
  db.prepare('UPDATE questions SET status = ?, status_notes = ?, reply = ?, updated_at = ? WHERE service_request_id = ?').run(
    change.status ?? row.status,
    typeof change.status_notes === 'string' ? change.status_notes : row.status_notes,
    reply,
    at.toISOString(),
    id,
  );
}

/**
 * The `answered` list of the questions document: the replied questions whose asker agreed to publish them,
 * newest reply first, with no name, phone or email (only the fields below are copied).
 */
export function answeredEntries(db) {
  return listQuestions(db)
    .filter((q) => q.publish_consent && q.reply?.text)
    .map((q) => ({
      id: q.service_request_id,
      title: q.question.title,
      question: q.question.description,
      asked_at: q.received_at,
      service_code: q.question.service_code,
      organization_id: q.question.organization_id,
      answer: { text: q.reply.text, answered_at: q.reply.replied_at ?? q.updated_at, organization_id: q.reply.organization_id ?? q.question.organization_id },
    }))
    .sort((a, b) => String(b.answer.answered_at).localeCompare(String(a.answer.answered_at)));
}

/** Whether an error is the disk (full, read-only, I/O) rather than the request. */
const isStorageError = (error) =>
  typeof error?.code === 'string' && /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|BUSY|LOCKED|CORRUPT|NOTADB|PROTOCOL)/.test(error.code);

/**
 * @param {object} options
 * @param {string} options.file the SQLite database (created with its folder when missing)
 * @param {object} [options.rules] see DEFAULT_RULES / rulesFromQuestionsDocument
 * @param {string} [options.basePath] where the API lives, default `/api/questions`
 * @param {() => Date} [options.now]
 * @param {{max?: number, windowMs?: number}} [options.lookupLimit] lookups per client per window
 *   (default 20 a minute); over it: 429 + Retry-After
 * @param {string[]} [options.corsOrigins] origins allowed to call the API from another site; default none
 *   (no Access-Control-* header is ever sent)
 */
export function createQuestionsApi({ file, rules = DEFAULT_RULES, basePath = '/api/questions', now = () => new Date(), lookupLimit = {}, corsOrigins = [] }) {
  if (typeof file !== 'string' || file.endsWith('.jsonl'))
    throw new Error('createQuestionsApi: `file` is the SQLite database now (e.g. questions.sqlite), not a .jsonl file');
  const db = openQuestionsDatabase(file);
  const pending = new Set(); // keys being stored right now
  const limit = { max: lookupLimit.max ?? 20, windowMs: lookupLimit.windowMs ?? 60_000 };
  const lookups = new Map(); // client → {count, resetAt}
  const allowed = new Set(corsOrigins);
  const byKeyHash = db.prepare('SELECT * FROM questions WHERE key_hash = ?');
  const byId = db.prepare('SELECT * FROM questions WHERE service_request_id = ?');
  const idTaken = db.prepare('SELECT 1 FROM questions WHERE service_request_id = ?');
  const insert = db.prepare(`INSERT INTO questions (service_request_id, key_hash, fingerprint, code_salt, code_hash, code_sealed,
    received_at, updated_at, locale, question, service_notice, publish_consent)
    VALUES (@service_request_id, @key_hash, @fingerprint, @code_salt, @code_hash, @code_sealed, @received_at, @received_at,
    @locale, @question, @service_notice, @publish_consent)`);
  const ready = Promise.resolve();

  /** A random id of the day that no question ever had. */
  function newId(at) {
    const day = at.toISOString().slice(0, 10).replaceAll('-', '');
    for (let i = 0; i < 1000; i++) {
      const id = `${day}-${String(randomInt(1_000_000)).padStart(6, '0')}`;
      if (!idTaken.get(id)) return id;
    }
    throw Object.assign(new Error('no free id today'), { code: 'SQLITE_FULL' });
  }

  const receipt = (row, key) => ({
    service_request_id: row.service_request_id,
    query_code: openCode(row.code_sealed, key, row.code_salt),
    service_notice: row.service_notice,
  });

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
    if (body.idempotency_key !== key)
      return json(400, { errors: [{ field: 'idempotency_key', message: 'the Idempotency-Key header and idempotency_key differ' }] });

    const print = fingerprint(body);
    const keyHash = sha256(key.toLowerCase());
    if (pending.has(keyHash)) return json(409, { errors: [{ message: 'a request with this Idempotency-Key is being processed' }] }, { 'Retry-After': '1' });
    let existing;
    try {
      existing = byKeyHash.get(keyHash);
    } catch (error) {
      return storageFailed(error);
    }
    if (existing) {
      if (existing.fingerprint === print || existing.fingerprint === legacyFingerprint(body)) return json(200, receipt(existing, key));
      return json(422, { errors: [{ field: 'idempotency_key', message: texts(body.locale).conflict }] });
    }

    const checked = checkPayload(body, rules);
    if (checked.errors) return json(422, { errors: checked.errors });

    pending.add(keyHash);
    try {
      const at = now();
      const code = queryCode();
      const salt = randomBytes(16);
      const row = {
        key_hash: keyHash,
        fingerprint: print,
        code_salt: salt,
        code_hash: hashCode(code, salt),
        code_sealed: sealCode(code, key, salt),
        received_at: at.toISOString(),
        locale: typeof body.locale === 'string' ? body.locale.slice(0, 35) : null,
        question: JSON.stringify(checked.question),
        service_notice: texts(body.locale).notice(rules.replyWorkdays),
        publish_consent: checked.question.publish_consent === true ? 1 : 0,
      };
      try {
        // Committed (WAL, synchronous=FULL: fsync'd) before the answer; a failure rolls the row back.
        db.transaction(() => insert.run({ ...row, service_request_id: (row.service_request_id = newId(at)) }))();
      } catch (error) {
        return storageFailed(error);
      }
      return json(201, { service_request_id: row.service_request_id, query_code: code, service_notice: row.service_notice });
    } finally {
      pending.delete(keyHash);
    }
  }

  /** A write or read the disk refused (full, I/O error): 503, so the widget retries with the same key. */
  function storageFailed(error) {
    if (!isStorageError(error)) throw error;
    console.error(`questions: storage failed (${error.code}): ${error.message}`);
    return json(503, { errors: [{ message: 'the question could not be stored; please try again' }] }, { 'Retry-After': '5' });
  }

  /** Fixed window per client; `undefined` when allowed, else the seconds to wait. */
  function overLimit(client) {
    const at = Date.now();
    if (lookups.size > 10_000) for (const [k, v] of lookups) if (v.resetAt <= at) lookups.delete(k);
    let entry = lookups.get(client);
    if (!entry || entry.resetAt <= at) lookups.set(client, (entry = { count: 0, resetAt: at + limit.windowMs }));
    entry.count += 1;
    return entry.count > limit.max ? Math.max(1, Math.ceil((entry.resetAt - at) / 1000)) : undefined;
  }

  function lookup(search, client) {
    const wait = overLimit(client ?? 'unknown');
    if (wait !== undefined) return json(429, { errors: [{ message: 'too many lookups; please wait' }] }, { 'Retry-After': String(wait) });
    const id = (search.get('service_request_id') ?? '').trim();
    const code = (search.get('query_code') ?? '').trim().toUpperCase();
    let row;
    try {
      row = id && code ? byId.get(id) : undefined;
    } catch (error) {
      return storageFailed(error);
    }
    // One answer for an unknown id and a wrong code: the endpoint never tells which part was wrong.
    const given = hashCode(code, row?.code_salt ?? Buffer.alloc(16));
    if (!row || !timingSafeEqual(given, row.code_hash)) return json(404, { errors: [{ message: 'not found' }] });
    const record = fromRow(row);
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

  /** CORS: headers for an allowed Origin, none otherwise (the default: no origin is allowed). */
  function corsHeaders(origin) {
    if (!origin || !allowed.has(origin)) return {};
    return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  }

  /**
   * Answers one request, already read: `{ method, url, headers (lower-case names), body (text), client? }`
   * (`client`: the caller's address, for the lookup rate limit).
   * Returns `{ status, headers, body }` (body a JSON value), or `undefined` for a path outside the API.
   */
  async function respond(request) {
    const answer = await route(request);
    if (answer) Object.assign(answer.headers, corsHeaders(request.headers.origin));
    return answer;
  }

  async function route(request) {
    const url = new URL(request.url, 'http://localhost');
    const isApi = url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
    if (isApi && request.method === 'OPTIONS') {
      const origin = request.headers.origin;
      if (!origin || !allowed.has(origin)) return json(403, { errors: [{ message: 'cross-origin requests are not allowed' }] });
      return {
        status: 204,
        headers: {
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
          'Access-Control-Max-Age': '600',
        },
        body: undefined,
      };
    }
    if (url.pathname === basePath || url.pathname === `${basePath}/`) {
      if (request.method === 'POST') return submit(request);
      return json(405, { errors: [{ message: 'use POST' }] }, { Allow: 'POST' });
    }
    if (url.pathname === `${basePath}/lookup`) {
      if (request.method === 'GET' || request.method === 'HEAD') return lookup(url.searchParams, request.client);
      return json(405, { errors: [{ message: 'use GET' }] }, { Allow: 'GET' });
    }
    if (isApi) return json(404, { errors: [{ message: 'not found' }] });
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
    if (answer.body === undefined) {
      res.writeHead(answer.status, answer.headers);
      return res.end();
    }
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
    send(res, await respond({ method: req.method, url: req.url, headers: req.headers, body, client: req.socket.remoteAddress }));
    return true;
  }

  /**
   * Changes a question's status (as a department would), committed like a question.
   * @param {string} id service_request_id
   * @param {{status?: string, status_notes?: string, reply?: {text: string, replied_at?: string, organization_id?: string}}} change
   */
  async function update(id, change) {
    updateQuestion(db, id, change, now());
  }

  /**
   * The stored questions of these idempotency keys (raw keys: for tests), with their query codes.
   * @param {string[]} keys
   */
  function questionsForKeys(keys) {
    const found = [];
    for (const key of keys) {
      const row = byKeyHash.get(sha256(String(key).toLowerCase()));
      if (row) found.push({ ...fromRow(row), type: 'question', idempotency_key: key, query_code: openCode(row.code_sealed, key, row.code_salt) });
    }
    return found;
  }

  async function close() {
    if (db.open) db.close();
  }

  return { ready, respond, handle, owns, readBody, send, update, close, questionsForKeys, db, file, basePath };
}
