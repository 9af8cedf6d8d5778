/**
 * The link check of `gov-widgets audit --check-links`: every account and policy link a county publishes is
 * requested once (HEAD, and GET when HEAD does not answer 2xx — many servers refuse HEAD), at most
 * `concurrency` at a time, each within a time limit. Only absolute http(s) URLs are requested, and never the
 * stand-in origin the command line gives local documents (src/cli/sources.ts): a relative link in a local
 * file has no site to be checked against, so it is counted as not checked.
 */
import { networkFailure } from '../sources.js';

/** The stand-in origin of local documents (`contractBase`): never requested. */
const LOCAL_MARKER = 'local-file.gov-widgets.invalid';

/** Seconds one request may take, headers and all. */
export const LINK_TIMEOUT_MS = 10_000;

/** Links checked in one run, at most (the rest are counted as not checked). */
export const MAX_LINKS = 5_000;

export type LinkResult =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly status: number }
  | { readonly ok: false; readonly timeout: true }
  | { readonly ok: false; readonly cause: string };

/** Whether a URL may be requested: absolute http(s), not the local-file stand-in. */
export function checkable(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== LOCAL_MARKER;
  } catch {
    return false;
  }
}

export interface CheckOptions {
  readonly fetch: typeof fetch;
  readonly concurrency: number;
  readonly timeoutMs?: number;
}

async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<LinkResult> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? LINK_TIMEOUT_MS);
  try {
    const response = await options.fetch(url, { method, redirect: 'follow', signal, headers: { 'User-Agent': 'gov-widgets-audit' } });
    // Only the status matters: the body is never read.
    await response.body?.cancel().catch(() => undefined);
    return response.ok ? { ok: true, status: response.status } : { ok: false, status: response.status };
  } catch (error) {
    if (signal.aborted) return { ok: false, timeout: true };
    const failure = networkFailure(error);
    return { ok: false, cause: failure.code ?? failure.detail };
  }
}

async function checkOne(url: string, options: CheckOptions): Promise<LinkResult> {
  const head = await request(url, 'HEAD', options);
  return head.ok ? head : request(url, 'GET', options);
}

/** Checks each distinct URL once; resolves with a result per URL checked (the first {@link MAX_LINKS}). */
export async function checkLinks(urls: Iterable<string>, options: CheckOptions): Promise<Map<string, LinkResult>> {
  const queue = [...new Set(urls)].filter(checkable).slice(0, MAX_LINKS);
  const results = new Map<string, LinkResult>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const url = queue[next++]!;
      results.set(url, await checkOne(url, options));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, queue.length) }, worker));
  return results;
}
