/**
 * What every subcommand gets and gives. A command declares its options; `main.ts` parses the command line
 * against them, so `convert`, `init` or `audit` later are a new file and one line in `COMMANDS`.
 */
import type { CliLocale } from './locale.js';
import type { Messages } from './messages.js';

export interface Io {
  /** Where a command asks (gov-widgets init on a terminal); absent or not a TTY: nothing is asked. */
  readonly stdin?: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Injectable for tests; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

export interface Context {
  readonly io: Io;
  readonly locale: CliLocale;
  readonly t: Messages;
}

/** `flag`: present or not; `value`: takes the next argument, checked by `parse` (which throws UsageError). */
export type OptionSpec = { readonly kind: 'flag' } | { readonly kind: 'value'; readonly parse: (value: string, t: Messages) => unknown };

export interface Parsed {
  readonly options: Readonly<Record<string, unknown>>;
  readonly operands: readonly string[];
}

export interface Command {
  readonly name: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** The command's own help (`gov-widgets <command> --help`); without it the global help is shown. */
  readonly help?: (locale: CliLocale) => string;
  /** Checks the operands (throws UsageError) and runs; resolves with the exit status. */
  run(context: Context, parsed: Parsed): Promise<number>;
}

/** A mistake on the command line: exit status 2, with the message and the help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Writes and resolves once the stream has taken the text, so nothing is lost when the process ends. A reader
 * that went away (`| head`: EPIPE) is not an error of ours: the rest is dropped.
 */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((done, fail) => {
    stream.write(text, (error) => (error && (error as NodeJS.ErrnoException).code !== 'EPIPE' ? fail(error) : done()));
  });
}

/** `--now <date>`: the instant the accounts audit counts from (validate and audit alike). */
export const NOW_OPTION: OptionSpec = {
  kind: 'value',
  parse: (value, t) => {
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw new UsageError(t.notADate(value));
    return time;
  },
};

/** `--stale-days <n>`: days without a post after which an account is stale (validate and audit alike). */
export const STALE_DAYS_OPTION: OptionSpec = {
  kind: 'value',
  parse: (value, t) => {
    const days = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isInteger(days) || days < 0) throw new UsageError(t.notWholeDays(value));
    return days;
  },
};
