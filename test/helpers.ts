/** Shared helpers of the browser tests. */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * `waitUntil` of @open-wc/testing with a 10 s timeout instead of its 1 s: what a test waits for (an answer of the
 * test server, a lazy chunk, an animation frame) can take longer than a second on a loaded 2-core CI machine running
 * three browsers at once, and a wait that ends early only makes a correct widget fail. A wrong widget still fails,
 * 10 s later. (ESLint keeps tests from importing the 1 s one.)
 */
export const waitUntil = (predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> =>
  openWcWaitUntil(predicate, message, { timeout: 10_000, ...options });

/** An absolute URL for a file under test/fixtures/ (served by the test runner). */
export const fixtureUrl = (path: string): string => new URL(`/test/fixtures/${path}`, location.href).href;

/** An absolute URL of the mock server (see test/server/mock-middleware.mjs). */
export const mockUrl = (path: string): string => new URL(`/mock/${path}`, location.href).href;

/** A key no other test uses, for counted and sequenced mocks. */
export const uniqueKey = (label: string): string => `${label}-${Math.random().toString(36).slice(2)}-${Date.now()}`;

export async function mockCount(key: string): Promise<number> {
  const response = await fetch(mockUrl(`count/${key}`));
  return ((await response.json()) as { count: number }).count;
}

export async function readFixture(path: string): Promise<unknown> {
  return (await fetch(fixtureUrl(path))).json();
}

/** A fetch that records every URL it is asked for and forwards to the real one. */
export function spyFetch(): { fetch: (input: string, init?: RequestInit) => Promise<Response>; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetch: (input, init) => {
      calls.push(input);
      return fetch(input, init);
    },
  };
}

/** Collects console.warn calls while `fn` runs. */
export async function captureWarnings<T>(fn: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    return { result: await fn(), warnings };
  } finally {
    console.warn = original;
  }
}

/** A JSON Feed of `n` valid items, newest first. */
export function makeFeed(n: number): { version: string; title: string; items: object[] } {
  const items = [];
  const start = Date.UTC(2026, 10, 20);
  for (let i = 0; i < n; i++) {
    items.push({
      id: `p-${i}`,
      title: `第${i}号文件 关于某项工作的通知`,
      url: `/policies/${i}.html`,
      date_published: new Date(start - i * 3_600_000).toISOString(),
      summary: '摘要',
      _gov: { doc_number: `某政发〔2026〕${i}号`, kind: 'notice', issuer_id: 'gov-office' },
    });
  }
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Feed', items };
}
