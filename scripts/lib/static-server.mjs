// @ts-check
// A small static file server on 127.0.0.1 (node:http only) for the bench and the build tests: serves folders
// under URL prefixes, with an optional hook for extra routes (a slow JSON answer, a counted one …).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** @type {Record<string, string | undefined>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Starts a server. `mounts` maps URL prefixes to folders (`{ '/': 'demo', '/dist/': 'dist' }`, longest prefix
 * first); `handle(req, res, url)` may answer a request itself by returning true. Resolves with
 * `{ url, close(), requests }`, where `requests` lists every path asked for.
 * @param {object} [options]
 * @param {Record<string, string>} [options.mounts]
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => boolean | Promise<boolean>} [options.handle]
 * @param {Record<string, string>} [options.headers] sent with every file
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 */
export async function startStaticServer({ mounts, handle, headers = {} } = {}) {
  const entries = Object.entries(mounts ?? { '/': '.' })
    .map(([prefix, dir]) => /** @type {const} */ ([prefix, resolve(dir)]))
    .sort((a, b) => b[0].length - a[0].length);
  /** @type {string[]} */
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    try {
      if (handle && (await handle(req, res, url))) return;
      const mount = entries.find(([prefix]) => url.pathname.startsWith(prefix));
      if (!mount) return void res.writeHead(404).end();
      const [prefix, dir] = mount;
      let file = resolve(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (file !== dir && !file.startsWith(dir + sep)) return void res.writeHead(403).end();
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...headers });
      res.end(body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await /** @type {Promise<void>} */ (
    new Promise((done, fail) => {
      server.once('error', fail);
      server.listen(0, '127.0.0.1', done);
    })
  );
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server is not listening on a TCP port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
