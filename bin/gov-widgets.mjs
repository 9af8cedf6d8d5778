#!/usr/bin/env node
// gov-widgets validate <file|url> [--json] [--now <date>] [--stale-days <n>]
//
// Checks a disclosure document before it is published: the JSON Schema (Ajv, draft 2020-12, with formats),
// the widgets' own validator (what a widget would leave out, and why), and the semantic rules across documents
// (src/contract/rules.ts: unique ids, references that resolve, interpretations linked both ways, the official
// accounts audit as warnings). A discovery document's sections given as URLs are loaded (relative to the
// document) and checked too, and so are further feed pages (next_url) and answered pages (answered_next_url).
//
// Exit status: 0 without errors (warnings allowed), 1 with errors, 2 for a usage or internal failure.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const HELP = `Usage: gov-widgets validate <file|url> [options]

Checks a gov-widgets disclosure document (a discovery document such as /disclosure.json, or a policies,
accounts or questions section document) and the documents it links to.

Checks
  schema      the JSON Schema of the contract (draft 2020-12)
  validator   what the widgets' own validator would leave out, and why
  rules       unique ids, references that resolve (organizations, policies, accounts, services),
              policies and interpretations linked both ways, consistency (superseded, merged)
  audit       the State Council rules for official accounts (stale, duplicate, no interaction,
              unverified), as warnings

Options
  --json              print the result as JSON on stdout
  --now <date>        the date the account audit counts from (RFC 3339); default: the discovery
                      document's generated_at, else today
  --stale-days <n>    days without a post after which an account is stale (default 14)
  -h, --help          show this help

Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors, 2 on a usage error.
`;

const MAX_DOCUMENTS = 200;
const TIMEOUT_MS = 15_000;
/** Local files are read through URLs of this origin, so relative URLs in them resolve as on a web server. */
const LOCAL = 'https://local-file.gov-widgets.invalid';

function usage(message) {
  process.stderr.write(`gov-widgets: ${message}\n\n${HELP}`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { json: false, now: undefined, staleDays: undefined, target: undefined, command: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(HELP);
      process.exit(0);
    } else if (arg === '--json') options.json = true;
    else if (arg === '--now' || arg === '--stale-days') {
      const value = argv[++i];
      if (value === undefined) usage(`${arg} needs a value`);
      if (arg === '--now') {
        const time = Date.parse(value);
        if (Number.isNaN(time)) usage(`--now: not a date: ${value}`);
        options.now = time;
      } else {
        const days = Number(value);
        if (!Number.isInteger(days) || days < 0) usage(`--stale-days: not a whole number of days: ${value}`);
        options.staleDays = days;
      }
    } else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else if (options.command === undefined) options.command = arg;
    else if (options.target === undefined) options.target = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (options.command === undefined) usage('no command');
  if (options.command !== 'validate') usage(`unknown command ${options.command}`);
  if (options.target === undefined) usage('validate needs a file or URL');
  return options;
}

async function loadContract() {
  try {
    return await import(new URL('../dist/npm/contract/index.js', import.meta.url).href);
  } catch (error) {
    process.stderr.write(`gov-widgets: the package is not built (dist/npm/contract is missing): run npm run build\n${error.message}\n`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------------
// Locations: local files appear as URLs of the LOCAL origin inside, and as paths in the output.

const toUrl = (target) =>
  /^https?:\/\//i.test(target) ? new URL(target).href : `${LOCAL}${pathToFileURL(resolve(target)).pathname}`;
const isLocal = (url) => url.startsWith(`${LOCAL}/`);
const localPath = (url) => fileURLToPath(`file://${new URL(url).pathname}`);
const display = (url) => (isLocal(url) ? relative(process.cwd(), localPath(url)) || '.' : url);

async function fetchText(url) {
  if (isLocal(url)) return readFile(localPath(url), 'utf8');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/feed+json, application/json;q=0.9' } });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    return await response.text();
  } catch (error) {
    throw new Error(controller.signal.aborted ? `no response within ${TIMEOUT_MS / 1000} s` : error.message);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------------
// Schema

function schemaChecker() {
  const schema = JSON.parse(readFileSync(new URL('../dist/schema/disclosure.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  const def = (name) => (schema.$defs?.[name] ? ajv.getSchema(`${schema.$id}#/$defs/${name}`) : undefined);
  const validators = {
    discovery: ajv.getSchema(schema.$id),
    policies: def('policyFeed'),
    accounts: def('accountsDocument'),
    questions: def('questionsDocument'),
    answered: def('answeredPage'),
  };
  const answeredQuestion = def('answeredQuestion');

  const toPath = (pointer) =>
    pointer
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((path, key) => (/^\d+$/.test(key) ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`), '$');
  const describe = (error) => {
    const params = error.params ?? {};
    if (error.keyword === 'required') return `missing required field "${params.missingProperty}"`;
    if (error.keyword === 'enum') return `${error.message}: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (error.keyword === 'additionalProperties') return `unknown field "${params.additionalProperty}"`;
    return error.message ?? error.keyword;
  };

  /** Schema errors of a document, one per path (the most specific message). */
  return (json, kind) => {
    let errors = [];
    const validate = validators[kind];
    if (validate) {
      if (!validate(json)) errors = validate.errors ?? [];
    } else if (kind === 'answered' && answeredQuestion) {
      // A schema without an answeredPage definition: check the page's questions one by one.
      const answered = json && typeof json === 'object' ? json.answered : undefined;
      if (!Array.isArray(answered)) errors = [{ instancePath: '', keyword: 'required', params: { missingProperty: 'answered' } }];
      else
        answered.forEach((question, i) => {
          if (!answeredQuestion(question)) {
            errors.push(...answeredQuestion.errors.map((e) => ({ ...e, instancePath: `/answered/${i}${e.instancePath}` })));
          }
        });
    }
    const byPath = new Map();
    for (const error of errors) {
      const path = error.keyword === 'required' ? toPath(error.instancePath) + `.${error.params.missingProperty}` : toPath(error.instancePath);
      const vague = error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if';
      const seen = byPath.get(path);
      if (!seen || (seen.vague && !vague)) byPath.set(path, { path, message: describe(error), vague });
    }
    return [...byPath.values()];
  };
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const contract = await loadContract();
  const schemaErrors = schemaChecker();
  const startUrl = toUrl(options.target);

  const documents = []; // { url, kind, json, root, count }
  const ruleDocuments = [];
  const errors = [];
  const warnings = [];
  const seenFindings = new Set();
  const push = (list, finding) => {
    const key = `${finding.url}|${finding.path}|${finding.message}`;
    if (seenFindings.has(key)) return;
    seenFindings.add(key);
    list.push(finding);
  };
  const problem = (source, url, path, message, extra = {}) => push(errors, { source, url, path, message, ...extra });
  /** Paths the validator reported, per document: a duplicate it left out is not reported again by the rules. */
  const validatorPaths = new Set();

  const visited = new Set();
  const queue = [{ url: startUrl, expected: undefined, via: undefined }];

  while (queue.length > 0) {
    const { url, expected, via } = queue.shift();
    if (visited.has(url)) continue;
    if (visited.size >= MAX_DOCUMENTS) {
      push(warnings, { source: 'load', url: via?.url ?? url, path: via?.path ?? '$', message: `stopped after ${MAX_DOCUMENTS} documents; ${display(url)} not checked` });
      continue;
    }
    visited.add(url);
    const loadFailure = (message) =>
      via ? problem('load', via.url, via.path, `${display(url)}: ${message}`) : problem('load', url, '$', message);

    let text;
    try {
      text = await fetchText(url);
    } catch (error) {
      loadFailure(`could not load: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
      continue;
    }
    let json;
    try {
      json = contract.parseJson(text, url);
    } catch (error) {
      problem('validator', url, '$', error.message);
      continue;
    }

    const detected = contract.detectKind(json);
    const kind = expected ?? detected;
    if (kind === undefined) {
      problem('validator', url, '$', 'not a discovery, JSON Feed, accounts or questions document');
      documents.push({ url, kind: 'unknown' });
      continue;
    }
    if (expected && expected !== 'answered' && detected !== expected) {
      problem('validator', url, '$', `expected ${expected === 'policies' ? 'a JSON Feed' : `a ${expected} document`} here, found ${detected ? `a ${detected} document` : 'something else'}`);
    }

    // The widgets' validator first (its messages say what a widget leaves out), then the schema.
    try {
      let issues;
      if (kind === 'answered') {
        issues = contract.validateAnsweredPage ? contract.validateAnsweredPage(json, url).issues : [];
      } else {
        issues = contract.validateDocument(json, url).issues;
      }
      for (const issue of issues) {
        validatorPaths.add(`${url}|${issue.path}`);
        problem('validator', issue.document ?? url, issue.path, issue.message, { kind: issue.kind });
      }
    } catch (error) {
      problem('validator', error.url ?? url, error.path ?? '$', `${error.message}${error.code ? ` (${error.code})` : ''}`);
    }
    for (const error of schemaErrors(json, kind)) {
      if (validatorPaths.has(`${url}|${error.path}`)) continue;
      problem('schema', url, error.path, error.message);
    }

    const record = json && typeof json === 'object' && !Array.isArray(json) ? json : {};
    const entry = { url, kind, json, root: '$' };
    documents.push({ url, kind, count: countOf(kind, record) });
    ruleDocuments.push(entry);

    const follow = (raw, nextKind, path) => {
      if (typeof raw !== 'string' || raw === '') return;
      const next = contract.safeUrl(raw, url);
      if (next) queue.push({ url: next, expected: nextKind, via: { url, path } });
    };
    if (kind === 'discovery') {
      for (const name of ['policies', 'accounts', 'questions']) {
        const section = record[name];
        if (typeof section === 'string') follow(section, name, `$.${name}`);
        else if (section && typeof section === 'object' && !Array.isArray(section)) {
          ruleDocuments.push({ url, kind: name, json: section, root: `$.${name}` });
          documents.push({ url, kind: name, root: `$.${name}`, count: countOf(name, section) });
          if (name === 'policies') follow(section.next_url, 'policies', '$.policies.next_url');
          if (name === 'questions') follow(section.answered_next_url, 'answered', '$.questions.answered_next_url');
        }
      }
    }
    if (kind === 'policies') follow(record.next_url, 'policies', '$.next_url');
    if (kind === 'questions' || kind === 'answered') follow(record.answered_next_url, 'answered', '$.answered_next_url');
  }

  // The rules across documents; the audit counts from --now, else the discovery's generated_at, else now.
  const discovery = ruleDocuments.find((doc) => doc.kind === 'discovery');
  const generated = discovery ? Date.parse(discovery.json.generated_at ?? '') : Number.NaN;
  const now = options.now ?? (Number.isNaN(generated) ? Date.now() : generated);
  const findings = contract.checkRules(ruleDocuments, { now, ...(options.staleDays === undefined ? {} : { staleDays: options.staleDays }) });
  for (const finding of findings) {
    if (finding.rule === 'unique-id' && validatorPaths.has(`${finding.document}|${finding.path.replace(/\.id$/, '')}`)) continue;
    const out = { source: 'rule', rule: finding.rule, url: finding.document, path: finding.path, message: finding.message };
    if (finding.audit) out.audit = finding.audit;
    push(finding.severity === 'error' ? errors : warnings, out);
  }

  const shape = (finding) => ({ document: display(finding.url), ...finding });
  const result = {
    target: options.target,
    valid: errors.length === 0,
    auditedAt: new Date(now).toISOString(),
    documents: documents.map((doc) => ({ document: display(doc.url), url: doc.url, kind: doc.kind, ...(doc.root && doc.root !== '$' ? { root: doc.root } : {}), ...(doc.count === undefined ? {} : { count: doc.count }) })),
    errors: errors.map(shape),
    warnings: warnings.map(shape),
  };
  if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printText(result);
  process.exit(errors.length > 0 ? 1 : 0);
}

function countOf(kind, record) {
  const list = { policies: record.items, accounts: record.accounts, questions: record.answered, answered: record.answered }[kind];
  return Array.isArray(list) ? list.length : undefined;
}

const NOUN = { policies: 'items', accounts: 'accounts', questions: 'answered questions', answered: 'answered questions' };

function printText(result) {
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines = [`gov-widgets validate ${result.target}`, '', 'Documents:'];
  const width = Math.max(...result.documents.map((doc) => doc.document.length + (doc.root ? doc.root.length + 1 : 0)), 8);
  for (const doc of result.documents) {
    const name = doc.root ? `${doc.document} ${doc.root}` : doc.document;
    lines.push(`  ${name.padEnd(width)}  ${doc.kind}${doc.count === undefined ? '' : ` (${doc.count} ${NOUN[doc.kind] ?? 'records'})`}`);
  }
  const group = (title, list, code) => {
    if (list.length === 0) return;
    lines.push('', paint(code, `${title} (${list.length}):`));
    const byDocument = new Map();
    for (const finding of list) {
      if (!byDocument.has(finding.document)) byDocument.set(finding.document, []);
      byDocument.get(finding.document).push(finding);
    }
    for (const [document, findings] of byDocument) {
      lines.push(`  ${document}`);
      for (const f of findings) {
        const tag = f.source === 'rule' ? (f.audit ? `audit: ${f.audit}` : f.rule) : f.source;
        lines.push(`    ${f.path}  ${f.message}  [${tag}]`);
      }
    }
  };
  group('Errors', result.errors, '31');
  group('Warnings', result.warnings, '33');
  lines.push('');
  const summary = `${result.errors.length} error(s), ${result.warnings.length} warning(s) in ${result.documents.length} document(s); audit as of ${result.auditedAt.slice(0, 10)}`;
  lines.push(result.valid ? paint('32', `✔ valid: ${summary}`) : paint('31', `✖ invalid: ${summary}`));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`gov-widgets: ${error.stack ?? error}\n`);
  process.exit(2);
});
