/**
 * The command line: global options (`--lang`, `--version`, `--help`), then a subcommand from
 * {@link COMMANDS} with its own options. `run` resolves with the exit status and never calls
 * `process.exit`, so whatever was written reaches a pipe in full before the process ends.
 */
import { UsageError, write, type Command, type Context, type Io, type Parsed } from './command.js';
import { audit } from './commands/audit.js';
import { convert } from './commands/convert.js';
import { init } from './commands/init.js';
import { validate } from './commands/validate.js';
import { localeFromEnv, parseLangOption, type CliLocale } from './locale.js';
import { CATALOGS, type Messages } from './messages.js';
import { VERSION } from '../version.js';

/** Every subcommand; a new one is a module under commands/ and an entry here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  [validate.name]: validate,
  [convert.name]: convert,
  [init.name]: init,
  [audit.name]: audit,
};

/** Splits off the global options; the rest goes to the command. */
function globals(argv: readonly string[], fallback: CliLocale): { locale: CliLocale; help: boolean; version: boolean; rest: string[]; langError?: string } {
  let locale = fallback;
  let help = false;
  let showVersion = false;
  let langError: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--version' || arg === '-V') showVersion = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      const parsed = value === undefined ? undefined : parseLangOption(value);
      if (parsed) locale = parsed;
      else langError = value ?? '';
    } else rest.push(arg);
  }
  return { locale, help, version: showVersion, rest, ...(langError === undefined ? {} : { langError }) };
}

function parseCommand(command: Command, argv: readonly string[], t: Messages): Parsed {
  const options: Record<string, unknown> = {};
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      const spec = command.options[name];
      if (!spec) throw new UsageError(t.unknownOption(name));
      if (spec.kind === 'flag') {
        if (inline !== undefined) throw new UsageError(t.unknownOption(arg));
        options[name] = true;
      } else {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(t.needsValue(name));
        options[name] = spec.parse(value, t);
      }
    } else operands.push(arg);
  }
  return { options, operands };
}

/** Runs the command line; resolves with the exit status (0 fine, 1 errors found, 2 usage or internal error). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = globals(argv, localeFromEnv(io.env));
  const t = CATALOGS[parsed.locale];
  const context: Context = { io, locale: parsed.locale, t };
  /** The named command's own help, once it is known; else the global help. */
  let commandHelp: string | undefined;
  const usage = async (message: string): Promise<number> => {
    await write(io.stderr, `gov-widgets: ${message}\n\n${commandHelp ?? t.help}`);
    return 2;
  };
  try {
    if (parsed.langError !== undefined) return await usage(parsed.langError === '' ? t.needsValue('--lang') : t.unknownLang(parsed.langError));
    if (parsed.version) {
      await write(io.stdout, `${VERSION}\n`);
      return 0;
    }
    if (parsed.help) {
      const named = parsed.rest[0] === undefined ? undefined : COMMANDS[parsed.rest[0]];
      await write(io.stdout, named?.help?.(parsed.locale) ?? t.help);
      return 0;
    }
    const [name, ...rest] = parsed.rest;
    if (name === undefined) return await usage(t.noCommand);
    const command = COMMANDS[name];
    if (!command || name.startsWith('-')) return await usage(name.startsWith('-') ? t.unknownOption(name) : t.unknownCommand(name));
    commandHelp = command.help?.(parsed.locale);
    return await command.run(context, parseCommand(command, rest, t));
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    await write(io.stderr, `gov-widgets: ${t.internalError}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}
