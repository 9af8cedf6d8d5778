// Koa middleware for @web/test-runner: network behaviours the browser tests need, under /mock/.
//
// Fixture paths are written without ".json" (see fixture() below).
//
//   /mock/status/<code>                   that status with a small JSON body
//   /mock/text?type=<mime>&body=<text>    any body with any content type (non-JSON, truncated …)
//   /mock/truncated/<fixture path>        the first half of a fixture under test/fixtures/
//   /mock/slow/<ms>/<fixture path>        a fixture after a delay
//   /mock/hang                            headers never come (the client must time out)
//   /mock/redirect/<status>?to=<url>      that redirect status (301, 302, 303, 307, 308) to any URL, for any method
//   /mock/counted/<key>/<fixture path>    a fixture, counting requests per key
//   /mock/count/<key>                     {"count": n} for a key
//   /mock/sequence/<key>/<codes>/<fixture path>
//                                         the n-th request per key answers the n-th status of a comma list
//                                         ("503,200"); a 200 serves the fixture, the last code repeats
//   /mock/huge/<bytes>[?stream]           a valid JSON Feed of about that many bytes (one item with a long
//                                         summary); with ?stream, sent in chunks without a Content-Length
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const counts = new Map();

async function fixture(path) {
  // Mock paths name fixtures without ".json": the test runner marks any path with an extension as cacheable
  // for a year, and a browser cache would hide the requests these mocks exist to count.
  const name = /\.\w+$/.test(path) ? path : `${path}.json`;
  const file = normalize(join(fixtures, decodeURIComponent(name)));
  if (!file.startsWith(fixtures)) throw new Error('outside fixtures');
  return readFile(file, 'utf8');
}

const bump = (key) => {
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  return n;
};

export function mockMiddleware() {
  return async function mock(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    const path = url.pathname;
    if (!path.startsWith('/mock/')) return next();
    // Every answer is fresh: the browser must ask again, as it would for a live endpoint.
    ctx.set('Cache-Control', 'no-store');
    const parts = path.slice('/mock/'.length).split('/');
    const kind = parts.shift();
    const json = (status, body) => {
      ctx.status = status;
      ctx.type = 'application/json';
      ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
    };
    switch (kind) {
      case 'status':
        return json(Number(parts[0]), { error: `status ${parts[0]}` });
      case 'text':
        ctx.status = 200;
        ctx.type = url.searchParams.get('type') ?? 'application/json';
        ctx.body = url.searchParams.get('body') ?? '';
        return;
      case 'truncated': {
        const text = await fixture(parts.join('/'));
        return json(200, text.slice(0, Math.floor(text.length / 2)));
      }
      case 'slow': {
        const ms = Math.min(Number(parts.shift()), 10_000);
        await new Promise((resolve) => setTimeout(resolve, ms));
        return json(200, await fixture(parts.join('/')));
      }
      case 'redirect':
        ctx.status = Number(parts[0]);
        ctx.set('Location', url.searchParams.get('to') ?? '/');
        ctx.body = '';
        return;
      case 'hang':
        // Answer only after a minute (long after any client time limit), so the server never piles up sockets.
        await new Promise((resolve) => setTimeout(resolve, 60_000));
        return json(200, {});
      case 'counted': {
        bump(parts.shift());
        return json(200, await fixture(parts.join('/')));
      }
      case 'count':
        return json(200, { count: counts.get(parts[0]) ?? 0 });
      case 'sequence': {
        const key = parts.shift();
        const codes = parts.shift().split(',').map(Number);
        const n = bump(key);
        const code = codes[Math.min(n, codes.length) - 1];
        if (code === 200) return json(200, await fixture(parts.join('/')));
        return json(code, { error: `status ${code}` });
      }
      case 'huge': {
        const bytes = Math.min(Number(parts[0]), 64 * 1024 * 1024);
        const head = '{"version":"https://jsonfeed.org/version/1.1","title":"huge","items":[{"id":"x","title":"HUGE","date_published":"2026-11-01","summary":"';
        const tail = '"}]}';
        const chunk = 'x'.repeat(1024 * 1024);
        const body = [head, ...Array.from({ length: Math.floor(bytes / chunk.length) }, () => chunk), tail];
        ctx.status = 200;
        ctx.type = 'application/json';
        if (url.searchParams.has('stream')) ctx.body = Readable.from(body);
        else ctx.body = body.join('');
        return;
      }
      default:
        return json(404, { error: 'unknown mock' });
    }
  };
}
