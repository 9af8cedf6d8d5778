// Koa middleware for @web/test-runner: the reference question endpoint (demo/questions-api.mjs, the same
// code the demo server runs), with a test-only layer in front that records what arrives and injects faults.
//
//   /api/questions…                            the endpoint itself, as the demo serves it
//   /qa/<scenario>/<scope>/api/questions…      the endpoint behind a fault; <scope> is a test's own name
//   /qa-inspect/<scope>                        {"requests": [...], "stored": [...]}: every request the scope
//                                              sent (method, url, headers, body) and the stored questions
//                                              (api.questionsForKeys) of the scope's idempotency keys
//   GET /qa-settled/<scope>?n=<n>              answers {"settled": n} once <n> of the scope's submits have been
//                                              handled at the server (answered, cut or reset), or 504 after 30 s:
//                                              a test waits on the server, not on a timer
//   POST /qa-admin/update                      {"service_request_id", "status", "reply", …}: api.update()
//
// Scenarios (only POST requests, the submits, meet the fault; lookups pass through):
//   ok          nothing in the way
//   500-once    the first submit answers 500 without reaching the endpoint
//   429-once    the first submit answers 429 with Retry-After: 1
//   429         every submit answers 429 with Retry-After: 120
//   hang        no submit is ever answered (until the client gives up)
//   hang-once   the first submit is never answered, later ones pass
//   lost-once   the first submit reaches the endpoint and is stored, then the connection is cut in the middle
//               of the answer: the client sees a network failure, the server has the question
//   reset-once  the first submit is stored, then the connection is closed before a byte of the answer. (A
//               browser may then resend the POST by itself on a new connection: the endpoint must not
//               store it twice.)
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const parse = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export function questionsMiddleware(api) {
  const requests = new Map(); // scope → recorded requests
  const submits = new Map(); // scope → how many submits arrived
  const settled = new Map(); // scope → how many submits the server has handled
  const waiters = new Set(); // { scope, n, done }: /qa-settled requests waiting

  const settle = (scope) => {
    settled.set(scope, (settled.get(scope) ?? 0) + 1);
    for (const waiter of waiters) if (waiter.scope === scope && settled.get(scope) >= waiter.n) waiter.done(true);
  };

  const settledWait = (scope, n) =>
    new Promise((resolve) => {
      if ((settled.get(scope) ?? 0) >= n) return resolve(true);
      const waiter = { scope, n, done: (ok) => (waiters.delete(waiter), clearTimeout(timer), resolve(ok)) };
      const timer = setTimeout(() => waiter.done(false), 30_000);
      waiters.add(waiter);
    });

  const write = (ctx, answer) => {
    ctx.status = answer.status;
    for (const [name, value] of Object.entries(answer.headers)) ctx.set(name, value);
    ctx.body = JSON.stringify(answer.body);
  };

  async function stored(scope) {
    const keys = new Set((requests.get(scope) ?? []).map((r) => r.headers['idempotency-key']).filter(Boolean));
    return api.questionsForKeys([...keys]);
  }

  return async function questions(ctx, next) {
    const path = ctx.path;
    if (api.owns(ctx.url)) {
      const body = ctx.method === 'POST' ? await readBody(ctx.req) : '';
      return write(ctx, await api.respond({ method: ctx.method, url: ctx.url, headers: ctx.req.headers, body, client: ctx.ip }));
    }

    const inspect = /^\/qa-inspect\/([\w-]+)$/.exec(path);
    if (inspect) {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ requests: requests.get(inspect[1]) ?? [], stored: await stored(inspect[1]) });
      return;
    }

    const settledQuery = /^\/qa-settled\/([\w-]+)$/.exec(path);
    if (settledQuery) {
      const n = Number(ctx.query.n ?? 1);
      const ok = await settledWait(settledQuery[1], n);
      ctx.set('Cache-Control', 'no-store');
      ctx.status = ok ? 200 : 504;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ settled: settled.get(settledQuery[1]) ?? 0 });
      return;
    }

    if (path === '/qa-admin/update' && ctx.method === 'POST') {
      const { service_request_id: id, ...change } = JSON.parse(await readBody(ctx.req));
      await api.update(id, change);
      ctx.status = 204;
      return;
    }

    const match = /^\/qa\/([\w-]+)\/([\w-]+)(\/api\/questions.*)$/.exec(path);
    if (!match) return next();
    const [, scenario, scope] = match;
    const url = match[3] + (ctx.querystring ? `?${ctx.querystring}` : '');
    const body = ctx.method === 'POST' ? await readBody(ctx.req) : '';
    const headers = ctx.req.headers;
    if (!requests.has(scope)) requests.set(scope, []);
    requests.get(scope).push({
      method: ctx.method,
      url,
      headers: { 'content-type': headers['content-type'], 'idempotency-key': headers['idempotency-key'], accept: headers.accept },
      body: body === '' ? undefined : parse(body),
    });

    const forward = () => api.respond({ method: ctx.method, url, headers, body, client: ctx.ip });
    if (ctx.method !== 'POST') return write(ctx, await forward());

    const n = (submits.get(scope) ?? 0) + 1;
    submits.set(scope, n);
    try {
      return await fault(n);
    } finally {
      settle(scope);
    }

    /** A submit's answer under the scenario, the n-th of its scope. */
    async function fault(n) {
      const hang = async () => {
        // Until the client gives up (it closes the connection), or a minute.
        await new Promise((resolve) => {
          ctx.res.once('close', resolve);
          setTimeout(resolve, 60_000);
        });
        ctx.respond = false;
        if (!ctx.res.writableEnded) ctx.res.destroy();
      };
      switch (scenario) {
        case '500-once':
          if (n === 1) return write(ctx, { status: 500, headers: { 'Content-Type': 'application/json' }, body: { error: 'injected 500' } });
          break;
        case '429-once':
          if (n === 1) return write(ctx, { status: 429, headers: { 'Retry-After': '1', 'Content-Type': 'application/json' }, body: { error: 'slow down' } });
          break;
        case '429':
          return write(ctx, { status: 429, headers: { 'Retry-After': '120', 'Content-Type': 'application/json' }, body: { error: 'slow down' } });
        case 'hang':
          return hang();
        case 'hang-once':
          if (n === 1) return hang();
          break;
        case 'lost-once':
          if (n === 1) {
            const answer = await forward(); // stored and fsync'd …
            ctx.respond = false;
            const body = JSON.stringify(answer.body);
            ctx.res.writeHead(answer.status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
            // … and the connection breaks halfway through the answer.
            ctx.res.write(body.slice(0, 10), () => ctx.req.socket.destroy());
            return;
          }
          break;
        case 'reset-once':
          if (n === 1) {
            await forward();
            ctx.respond = false;
            ctx.req.socket.destroy();
            return;
          }
          break;
        default:
          break;
      }
      return write(ctx, await forward());
    }
  };
}
