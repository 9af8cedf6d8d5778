/** The human-readable report of `validate`. */
import { write, type Context } from './command.js';
import { displayWidth } from './json-syntax.js';
import type { Finding, Result } from './check.js';

export async function printText({ io, t }: Context, result: Result): Promise<void> {
  const color = Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'];
  const paint = (code: string, text: string): string => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines = [`gov-widgets validate ${result.target}`, '', t.documents];
  const names = result.documents.map((doc) => (doc.root ? `${doc.document} ${doc.root}` : doc.document));
  const width = Math.max(...names.map(displayWidth), 8);
  result.documents.forEach((doc, i) => {
    const name = names[i]!;
    const padded = name + ' '.repeat(Math.max(0, width - displayWidth(name)));
    lines.push(`  ${padded}  ${doc.kind}${doc.count === undefined ? '' : ` (${t.count(doc.kind, doc.count)})`}`);
  });
  const group = (title: string, list: readonly (Finding & { document: string })[], code: string): void => {
    if (list.length === 0) return;
    lines.push('', paint(code, title));
    const byDocument = new Map<string, Finding[]>();
    for (const finding of list) {
      const findings = byDocument.get(finding.document) ?? [];
      findings.push(finding);
      byDocument.set(finding.document, findings);
    }
    for (const [document, findings] of byDocument) {
      lines.push(`  ${document}`);
      for (const f of findings) {
        const tag = f.source === 'rule' ? (f.audit ? t.auditTag(f.audit) : (f.rule ?? 'rule')) : f.source;
        const item = f.item ? ` [${[f.item.id, f.item.title === undefined ? undefined : `「${f.item.title}」`].filter(Boolean).join(' ')}]` : '';
        lines.push(`    ${f.path}${item}  ${f.message}  [${tag}]`);
        if (f.excerpt) {
          const gutter = `${f.line ?? ''} | `;
          lines.push(`      ${gutter}${f.excerpt[0]}`, `      ${' '.repeat(gutter.length)}${paint(code, f.excerpt[1])}`);
        }
        if (f.hint) lines.push(`      ${f.hint}`);
      }
    }
  };
  group(t.errors(result.errors.length), result.errors, '31');
  group(t.warnings(result.warnings.length), result.warnings, '33');
  lines.push('');
  const summary = t.summary(result.errors.length, result.warnings.length, result.documents.length, result.auditedAt.slice(0, 10));
  lines.push(result.valid ? paint('32', t.valid(summary)) : paint('31', t.invalid(summary)));
  await write(io.stdout, `${lines.join('\n')}\n`);
}
