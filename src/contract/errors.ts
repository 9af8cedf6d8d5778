/**
 * Why a whole document could not be used. Widgets turn the code into a message in the reader's language;
 * the technical details (`url`, `status`, `path`, `cause`) go to `console.warn`.
 */
export type ContractErrorCode =
  /** No `src`, no inline `<script type="application/json">`, no `data`. */
  | 'no-source'
  /** A `src` that is not an `http(s)` (or relative) URL: `javascript:`, `blob:`, `file:`, `data:` … A page error; retrying cannot help. */
  | 'bad-source'
  /** The document is larger than the widgets read (`MAX_DOCUMENT_BYTES`). */
  | 'too-large'
  /** The request failed before any response (offline, DNS, CORS, refused). */
  | 'network'
  /** No complete response within the time limit. */
  | 'timeout'
  /** 404 or 410. */
  | 'not-found'
  /** Any other non-2xx status. */
  | 'http'
  /** The body is not JSON (or is cut off). */
  | 'parse'
  /** A major version other than 1. */
  | 'version'
  /** JSON, but not a document of this contract (wrong top-level type or shape). */
  | 'shape'
  /** A discovery document without the section the widget needs. */
  | 'missing-section';

export interface ContractErrorInit {
  url?: string | undefined;
  status?: number | undefined;
  path?: string | undefined;
  version?: string | undefined;
  retryAfter?: number | undefined;
  cause?: unknown;
}

export class ContractError extends Error {
  override readonly name = 'ContractError';
  readonly code: ContractErrorCode;
  /** The URL of the document that failed, when there was one. */
  readonly url: string | undefined;
  readonly status: number | undefined;
  /** JSON path of the failing value, for shape errors. */
  readonly path: string | undefined;
  /** The version found, for version errors. */
  readonly version: string | undefined;

  constructor(code: ContractErrorCode, message: string, init: ContractErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.url = init.url;
    this.status = init.status;
    this.path = init.path;
    this.version = init.version;
  }

  /** Whether trying again may help: network trouble, timeouts, server errors and cut-off bodies. */
  get retryable(): boolean {
    switch (this.code) {
      case 'network':
      case 'timeout':
        return true;
      case 'http':
        return this.status === undefined || this.status >= 500 || this.status === 408 || this.status === 429;
      case 'parse':
        return this.message.includes('cut off');
      default:
        return false;
    }
  }
}

/** Turns anything thrown into a ContractError (unknown failures count as shape errors). */
export function toContractError(error: unknown): ContractError {
  if (error instanceof ContractError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ContractError('shape', `unexpected failure: ${message}`, { cause: error });
}
