/**
 * gov-widgets validate <file|url> [--json] [--now <date>] [--stale-days <n>]
 *
 * Checks a disclosure document before it is published, and the documents it links to: what src/cli/check.ts
 * checks (the schema, the widgets' validator, the rules across documents and the accounts audit), reading local
 * files from the target's folder and fetching URLs (src/cli/sources.ts). Exit status: 0 without errors
 * (warnings allowed), 1 with errors.
 */
import { check, type DocumentSource } from '../check.js';
import { NOW_OPTION, STALE_DAYS_OPTION, UsageError, write, type Command } from '../command.js';
import { printText } from '../report.js';
import { schemaChecker } from '../schema.js';
import { contractBase, displayName, Reader, resolveReference, targetUrl } from '../sources.js';

export type { DocumentEntry, Finding, Result, Source } from '../check.js';

export const validate: Command = {
  name: 'validate',
  options: {
    '--json': { kind: 'flag' },
    '--now': NOW_OPTION,
    '--stale-days': STALE_DAYS_OPTION,
  },
  async run(context, { options, operands }) {
    const { t } = context;
    if (operands.length === 0) throw new UsageError(t.validateNeedsTarget);
    if (operands.length > 1) throw new UsageError(t.unexpectedArgument(operands[1]!));
    const target = operands[0]!;
    const start = targetUrl(target, context.io.cwd);
    const reader = new Reader(start, context.io.fetch);
    const source: DocumentSource = {
      start,
      read: (url) => reader.read(url),
      resolve: resolveReference,
      name: (url) => displayName(url, context.io.cwd),
      base: contractBase,
    };
    const schemaErrors = schemaChecker(new URL('../../../schema/disclosure.schema.json', import.meta.url));
    const result = await check({ t, locale: context.locale, source, schemaErrors }, target, {
      now: (options['--now'] as number | undefined) ?? Date.now(),
      staleDays: options['--stale-days'] as number | undefined,
    });
    if (options['--json']) await write(context.io.stdout, `${JSON.stringify(result, null, 2)}\n`);
    else await printText(context, result);
    return result.valid ? 0 : 1;
  },
};
