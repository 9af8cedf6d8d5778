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

/** This machine or a private network, named by address or as `localhost`: not where a county's public links live. */
const PRIVATE_HOST =
  /^(?:localhost|.+\.localhost|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|0\.\d+\.\d+\.\d+|\[(?:::1?|::ffff:.*|f[cd][0-9a-f]*:.*|fe[89ab][0-9a-f]*:.*)\])$/i;

/**
 * Whether a link published in the document at `documentUrl` may be requested: absolute http(s), not the
 * local-file stand-in, and not an address on this machine or a private network unless the county's document
 * itself came from that host — a document on the web cannot make the auditor's machine probe its own network.
 * (A public name that resolves to a private address is not caught here; see decision 0023.)
 */
export function checkable(url: string, documentUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === LOCAL_MARKER) return false;
  if (!PRIVATE_HOST.test(parsed.hostname)) return true;
  try {
    return new URL(documentUrl).hostname === parsed.hostname;
  } catch {
    return false;
  }
}

export interface CheckOptions {
  readonly fetch: typeof fetch;
  readonly concurrency: number;
  readonly timeoutMs?: number;
}

/** Redirects followed per request, at most (as browsers allow about 20; public link targets need few). */
const MAX_REDIRECTS = 10;

/**
 * One request, following redirects by hand so that each hop is held to {@link checkable}: a public link cannot
 * redirect the auditor's machine into its own network.
 */
async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<LinkResult> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? LINK_TIMEOUT_MS);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const response = await options.fetch(current, { method, redirect: 'manual', signal, headers: { 'User-Agent': 'gov-widgets-audit' } });
      // Only the status matters: the body is never read.
      await response.body?.cancel().catch(() => undefined);
      const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
      if (location === null) return response.ok ? { ok: true, status: response.status } : { ok: false, status: response.status };
      const next = new URL(location, current).href;
      if (hop >= MAX_REDIRECTS) return { ok: false, cause: 'too many redirects' };
      if (!checkable(next, url)) return { ok: false, cause: `redirect not followed: ${next.slice(0, 200)}` };
      current = next;
    }
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

/** Checks each distinct URL once; resolves with a result per URL checked (the first {@link MAX_LINKS}). Pass only {@link checkable} URLs. */
export async function checkLinks(urls: Iterable<string>, options: CheckOptions): Promise<Map<string, LinkResult>> {
  const queue = [...new Set(urls)].slice(0, MAX_LINKS);
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
