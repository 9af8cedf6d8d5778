#!/usr/bin/env node
// The demo: a sample county site with the widgets and the reference question endpoint. node: built-ins only.
//
//   npm start                      builds, then serves http://127.0.0.1:8080/
//   PORT=9000 node demo/server.mjs
//
//   /                 files under demo/ (index.html, ask.html, data/*.json …)
//   /dist/            the built bundles (npm run build)
//   /validate.html    the validator page, dist/validate.html (it carries its own CSP, by hashes of its inline scripts)
//   /api/questions    the question endpoint (demo/questions-api.mjs)
//
// Environment:
//   PORT                  default 8080
//   HOST                  default 127.0.0.1 (only this machine); set 0.0.0.0 to show the demo on a phone
//   QUESTIONS_FILE        the SQLite database of the questions, default .demo-data/questions.sqlite (created
//                         on first start; the staff CLI `npm run questions` works on the same file)
//   QUESTIONS_LOOKUP_LIMIT  lookups per client per minute before 429 + Retry-After, default 20
//   QUESTIONS_CORS_ORIGINS  comma-separated origins allowed to call /api/questions from another site;
//                         default none (no CORS header at all)
//   QUESTIONS_DOCUMENT    a questions section document whose rules (categories, recipients, limits,
//                         required fields, consent version) the endpoint enforces; default
//                         demo/data/questions.json when it exists, else built-in rules
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createQuestionsApi, DEFAULT_RULES, rulesFromQuestionsDocument } from './questions-api.mjs';

const here = resolve(fileURLToPath(new URL('.', import.meta.url)));
const root = resolve(here, '..');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const questionsFile = resolve(root, process.env.QUESTIONS_FILE ?? '.demo-data/questions.sqlite');

function loadRules() {
  const path = process.env.QUESTIONS_DOCUMENT ?? join(here, 'data', 'questions.json');
  if (!existsSync(path)) return DEFAULT_RULES;
  try {
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    // A discovery document with the section inline works too.
    return rulesFromQuestionsDocument(typeof doc.questions === 'object' && doc.questions ? doc.questions : doc);
  } catch (error) {
    console.warn(`could not read rules from ${path}, using the built-in ones:`, error.message);
    return DEFAULT_RULES;
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// The pages show that the widgets work under a strict policy: no inline script, no eval, Trusted Types.
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'; require-trusted-types-for 'script'";

/** The file for a URL path under a folder, or null (outside it, or a dot-file). */
function fileFor(base, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.split('/').some((part) => part.startsWith('.'))) return null;
  const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  return file === base || file.startsWith(base + sep) ? file : null;
}

/**
 * A path that stays on this site when used as a Location: `//evil.example/x` or `/\\evil.example` would send
 * the browser to another host, so runs of slashes and backslashes at the start become one slash.
 */
export function sameSitePath(path) {
  return `/${String(path).replace(/^[\\/]+/, '')}`.replaceAll('\\', '%5C');
}

/**
 * @param {{ ownCsp?: boolean }} [options] ownCsp: the page brings its own Content-Security-Policy (a <meta> naming
 *   its inline scripts by hash), which the demo's script-src 'self' would contradict
 */
async function serveFile(req, res, file, { ownCsp = false } = {}) {
  let handle;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) {
      await handle.close();
      res.writeHead(301, { Location: `${sameSitePath(new URL(`http://localhost${req.url}`).pathname)}/` });
      return res.end();
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': info.size, 'Cache-Control': 'no-cache' };
    if (type.startsWith('text/html') && !ownCsp) headers['Content-Security-Policy'] = PAGE_CSP;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      await handle.close();
      return res.end();
    }
    const stream = handle.createReadStream();
    stream.pipe(res);
    stream.on('error', () => res.destroy());
  } catch {
    await handle?.close().catch(() => {});
    notFound(res);
  }
}

function notFound(res) {
  res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found\n');
}

const corsOrigins = (process.env.QUESTIONS_CORS_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

export async function startDemoServer({
  listenPort = port,
  listenHost = host,
  file = questionsFile,
  rules = loadRules(),
  lookupLimit,
  origins = corsOrigins,
} = {}) {
  const api = createQuestionsApi({ file, rules, lookupLimit, corsOrigins: origins });
  await api.ready;
  const dist = join(root, 'dist');
  const server = createServer(async (req, res) => {
    try {
      if (await api.handle(req, res)) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' });
        return res.end();
      }
      // Parsed as a path (a raw `//host/x` is not a host here).
      const path = new URL(`http://localhost${req.url.startsWith('/') ? '' : '/'}${req.url}`).pathname;
      if (path === '/validate.html') return await serveFile(req, res, join(dist, 'validate.html'), { ownCsp: true });
      const file = path.startsWith('/dist/') ? fileFor(dist, path.slice('/dist'.length)) : fileFor(here, path);
      if (!file) return notFound(res);
      await serveFile(req, res, file);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error\n');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(listenPort, listenHost, done);
  });
  return { server, api, url: `http://${listenHost.includes(':') ? `[${listenHost}]` : listenHost}:${server.address().port}/` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A file size limit (ulimit -f) must fail the write (503), not kill the server.
  process.on('SIGXFSZ', () => {});
  const lookupMax = Number(process.env.QUESTIONS_LOOKUP_LIMIT);
  const { server, api, url } = await startDemoServer(Number.isInteger(lookupMax) && lookupMax > 0 ? { lookupLimit: { max: lookupMax } } : {});
  console.log(`gov-widgets demo: ${url}  (questions are stored in ${api.file})`);
  if (!existsSync(join(root, 'dist'))) console.warn('dist/ is missing: run npm run build (npm start does).');
  const stop = () => {
    server.close();
    void api.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
