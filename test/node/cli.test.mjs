// The command-line validator, run as a user runs it: `gov-widgets validate <file|url> [--json]`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/gov-widgets.mjs');
const DEMO = 'demo/data/disclosure.json';
const BROKEN = 'test/node/fixtures/broken/disclosure.json';

/** Runs the CLI; resolves with its exit code and output (never rejects on a non-zero exit). */
function cli(...args) {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      done({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

const json = async (...args) => {
  const run = await cli(...args, '--json');
  return { ...run, result: JSON.parse(run.stdout) };
};

test('accepts the demo data with warnings from the account audit only', async () => {
  const { code, stdout } = await cli('validate', DEMO);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /✔ valid: 0 error\(s\)/);
  for (const file of ['policies.json', 'policies-2.json', 'questions.json', 'answered-2.json']) assert.match(stdout, new RegExp(file));
  assert.match(stdout, /\[audit: stale\]/);
});

test('--json: documents, errors and warnings with their document and JSON path', async () => {
  const { code, result } = await json('validate', DEMO);
  assert.equal(code, 0);
  assert.equal(result.valid, true);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(
    result.documents.map((d) => [d.document.replace(/\\/g, '/'), d.kind]),
    [
      ['demo/data/disclosure.json', 'discovery'],
      ['demo/data/disclosure.json', 'accounts'],
      ['demo/data/policies.json', 'policies'],
      ['demo/data/questions.json', 'questions'],
      ['demo/data/policies-2.json', 'policies'],
      ['demo/data/answered-2.json', 'answered'],
    ],
  );
  assert.ok(result.documents.find((d) => d.document.endsWith('policies.json')).count >= 30);
  const audit = result.warnings.filter((w) => w.rule === 'audit').map((w) => w.audit).sort();
  assert.deepEqual([...new Set(audit)], ['duplicate', 'no-interaction', 'stale', 'unverified']);
  for (const warning of result.warnings) {
    for (const key of ['document', 'url', 'path', 'message', 'source', 'rule', 'audit']) assert.equal(typeof warning[key], 'string', `${key} of ${JSON.stringify(warning)}`);
    assert.equal(warning.source, 'rule');
    assert.match(warning.path, /^\$\.accounts\.accounts\[\d+\]$/);
  }
  assert.equal(result.auditedAt, '2026-11-27T01:00:00.000Z', 'the audit counts from generated_at');
});

test('rejects a broken site with the path of each error and the document it is in', async () => {
  const { code, stdout } = await cli('validate', BROKEN);
  assert.equal(code, 1, stdout);
  assert.match(stdout, /✖ invalid/);
  assert.match(stdout, /test\/node\/fixtures\/broken\/policies\.json\n(?:.*\n)*? {4}\$\.items\[1\]\._gov\.issuer_id {2}issuer_id "unknown-office"/);
  assert.match(stdout, /\$\.organizations\[1\]\.parent_id/);
});

test('--json of a broken site: every kind of check reports', async () => {
  const { code, result } = await json('validate', BROKEN);
  assert.equal(code, 1);
  assert.equal(result.valid, false);
  const find = (file, path) => result.errors.find((e) => e.document.endsWith(file) && e.path === path);
  // The schema (through the validator's message), the validator's semantic checks, loading, and the rules.
  assert.ok(find('broken/disclosure.json', '$.jurisdiction.code'));
  assert.equal(find('broken/disclosure.json', '$.questions.answered[0].phone')?.source, 'validator');
  assert.equal(find('broken/disclosure.json', '$.accounts')?.source, 'load');
  assert.equal(find('broken/policies.json', '$.items[3].date_published')?.source, 'validator');
  assert.equal(find('broken/policies.json', '$.items[4]')?.message, 'item left out: duplicate id "p1"');
  assert.equal(find('broken/policies.json', '$.items[1]._gov.issuer_id')?.rule, 'reference');
  assert.equal(find('broken/policies.json', '$.items[1]._gov.superseded_by')?.rule, 'reference');
  assert.equal(find('broken/policies.json', '$.items[0]._gov.interpretations[0].url')?.rule, 'interpretation');
  assert.equal(find('broken/disclosure.json', '$.questions.recipients[1]')?.rule, 'reference');
  // The duplicate the validator left out is not reported a second time by the rules.
  assert.equal(result.errors.filter((e) => e.document.endsWith('policies.json') && e.path.startsWith('$.items[4]')).length, 1);
  assert.ok(result.warnings.some((w) => w.rule === 'interpretation' && w.path === '$.items[2]._gov.interprets'));
  for (const error of result.errors) {
    assert.equal(typeof error.message, 'string');
    assert.match(error.path, /^\$/);
    assert.ok(['schema', 'validator', 'rule', 'load'].includes(error.source));
  }
});

test('checks a section document alone, without the organizations it cannot see', async () => {
  const { result } = await json('validate', 'test/node/fixtures/broken/policies.json');
  // A section document alone: organization references cannot be checked, the rest can.
  assert.equal(result.documents[0].kind, 'policies');
  assert.ok(!result.errors.some((e) => e.path.endsWith('issuer_id')));
  assert.ok(result.errors.some((e) => e.path === '$.items[1]._gov.superseded_by'));
});

test('validates a URL, loading its sections relative to it', async () => {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    try {
      const body = await readFile(join('demo/data', path.replace(/^\/site\//, '')));
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  try {
    const url = `http://127.0.0.1:${server.address().port}/site/disclosure.json`;
    const { code, result } = await json('validate', url);
    assert.equal(code, 0, JSON.stringify(result.errors));
    assert.ok(result.documents.some((d) => d.url === `http://127.0.0.1:${server.address().port}/site/policies-2.json`));
    const missing = await json('validate', url.replace('disclosure', 'nothing-here'));
    assert.equal(missing.code, 1);
    assert.match(missing.result.errors[0].message, /HTTP 404/);
  } finally {
    server.close();
  }
});

test('a missing file, a non-JSON file and usage errors', async () => {
  const missing = await json('validate', 'no/such/file.json');
  assert.equal(missing.code, 1);
  assert.deepEqual(missing.result.errors.map((e) => [e.path, e.source]), [['$', 'load']]);
  const notJson = await json('validate', 'README.md');
  assert.equal(notJson.code, 1);
  assert.equal(notJson.result.errors[0].path, '$');

  const help = await cli('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: gov-widgets validate <file\|url>/);
  assert.equal((await cli('validate')).code, 2);
  assert.equal((await cli('validate', DEMO, '--frobnicate')).code, 2);
  assert.equal((await cli('publish', DEMO)).code, 2);
});

test('--now moves the audit date', async () => {
  const { result } = await json('validate', DEMO, '--now', '2026-11-10');
  assert.equal(result.auditedAt, '2026-11-10T00:00:00.000Z');
  const stale = (await json('validate', DEMO, '--now', '2027-06-01')).result.warnings.filter((w) => w.audit === 'stale');
  assert.ok(stale.length > 5, 'half a year later, every account is stale');
});
