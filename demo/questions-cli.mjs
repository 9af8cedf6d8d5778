#!/usr/bin/env node
// Staff side of the reference question service: list the questions, reply to one, and publish the answered
// questions whose askers agreed to it into the questions document the widget reads. Works on the same SQLite
// file as the demo server (WAL: safe while the server runs).
//
//   npm run questions -- list [--json]
//   npm run questions -- reply <id> "答复内容" [--org <organization_id>] [--status answered|closed|…]
//   npm run questions -- publish [--document demo/data/questions.json] [--out <file>]
//
// Options: --file <db> (or QUESTIONS_FILE), default .demo-data/questions.sqlite.
// `publish` rewrites the document's `answered` list: the replied questions with publish_consent, newest first,
// with only title, question text, dates, category and organizations (never name, phone or email), followed by
// the entries already in the document that are not from this database (hand-written samples). Written to a
// temporary file and renamed, so a reader never sees half a document.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answeredEntries, listQuestions, openQuestionsDatabase, STATUSES, updateQuestion } from './questions-api.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

const USAGE = `用法 / Usage:
  npm run questions -- list [--json]                       列出问题 / list the questions
  npm run questions -- reply <编号 id> "答复 reply" [--org <organization_id>] [--status <status>]
                                                           答复一个问题 / reply to a question
  npm run questions -- publish [--document <file>] [--out <file>]
                                                           把同意公开的已答复问题写入问题文档 /
                                                           publish the answered questions the askers agreed to publish
选项 / options: --file <数据库 database>（默认 default .demo-data/questions.sqlite，或 or QUESTIONS_FILE）`;

function parse(argv) {
  const args = [];
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (name === 'json' || name === 'help') options[name] = true;
      else options[name] = argv[++i];
    } else args.push(a);
  }
  return { args, options };
}

/** Runs the CLI; returns the exit status. `out`/`err` collect the output (for tests). */
export function main(
  argv,
  { out = (s) => process.stdout.write(`${s}\n`), err = (s) => process.stderr.write(`${s}\n`), env = process.env, now = () => new Date() } = {},
) {
  const { args, options } = parse(argv);
  const [command, ...rest] = args;
  if (!command || options.help) {
    (command ? out : err)(USAGE);
    return command ? 0 : 2;
  }
  const file = resolve(root, options.file ?? env.QUESTIONS_FILE ?? '.demo-data/questions.sqlite');
  if (!existsSync(file)) {
    err(`没有问题数据库 / no question database: ${file}（先运行 npm start / run npm start first）`);
    return 1;
  }
  const db = openQuestionsDatabase(file);
  try {
    if (command === 'list') {
      const questions = listQuestions(db);
      if (options.json) {
        out(JSON.stringify(questions, null, 2));
        return 0;
      }
      if (questions.length === 0) out('暂无问题 / no questions yet');
      for (const q of questions) {
        const flags = [q.status, q.publish_consent ? '同意公开/publish' : '不公开/private', q.reply ? '已答复/replied' : '未答复/no reply'];
        out(`${q.service_request_id}  ${q.received_at}  ${q.question.service_code} → ${q.question.organization_id}  [${flags.join(', ')}]`);
        out(`    ${q.question.title}`);
      }
      return 0;
    }
    if (command === 'reply') {
      const [id, text] = rest;
      if (!id || !text?.trim()) {
        err(USAGE);
        return 2;
      }
      const status = options.status ?? 'answered';
      if (!STATUSES.includes(status)) {
        err(`未知状态 / unknown status: ${status} (${STATUSES.join(' | ')})`);
        return 2;
      }
      const question = listQuestions(db).find((q) => q.service_request_id === id);
      if (!question) {
        err(`找不到问题 / no question: ${id}`);
        return 1;
      }
      const at = now();
      updateQuestion(
        db,
        id,
        { status, reply: { text: text.trim(), replied_at: at.toISOString(), organization_id: options.org ?? question.question.organization_id } },
        at,
      );
      out(
        `已答复 ${id} / replied to ${id}${question.publish_consent ? '（提问人同意公开：运行 publish 更新答复列表 / the asker agreed to publish: run publish）' : ''}`,
      );
      return 0;
    }
    if (command === 'publish') {
      const documentFile = resolve(root, options.document ?? env.QUESTIONS_DOCUMENT ?? 'demo/data/questions.json');
      const outFile = resolve(root, options.out ?? documentFile);
      const document = JSON.parse(readFileSync(documentFile, 'utf8'));
      const section = typeof document.questions === 'object' && document.questions ? document.questions : document;
      const fresh = answeredEntries(db);
      const ours = new Set(listQuestions(db).map((q) => q.service_request_id));
      section.answered = [...fresh, ...(Array.isArray(section.answered) ? section.answered : []).filter((entry) => !ours.has(entry?.id))];
      const temp = `${outFile}.${process.pid}.tmp`;
      writeFileSync(temp, `${JSON.stringify(document, null, 2)}\n`);
      renameSync(temp, outFile);
      out(`已发布 ${fresh.length} 条答复到 ${outFile} / published ${fresh.length} answered question(s)`);
      return 0;
    }
    err(`未知命令 / unknown command: ${command}\n${USAGE}`);
    return 2;
  } finally {
    db.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
