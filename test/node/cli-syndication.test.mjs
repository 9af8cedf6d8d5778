// `gov-widgets validate` given an RSS 2.0 or Atom 1.0 file (issue 13): it says, in the reader's language, that this
// is a feed the policy widget reads directly and that `gov-widgets convert` turns into the contract's JSON, instead
// of a JSON syntax error at the first "<". Built from src/cli/ by `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBin } from '../lib/cli.mjs';

const RSS = 'test/fixtures/policy-feed/county-rss.xml';
const ATOM = 'test/fixtures/policy-feed/county-atom.xml';
const GB2312 = 'test/fixtures/policy-feed/county-rss-gb2312.xml';

const run = (lang, ...args) => runBin(args, { locale: { LANG: lang } });

test('an RSS file: named as RSS, read by the feed widget, converted by gov-widgets convert (zh-Hans, zh-Hant, en)', async () => {
  const zh = await run('zh_CN.UTF-8', 'validate', RSS);
  assert.equal(zh.code, 1, zh.stdout);
  assert.match(zh.stdout, /这是 RSS 2\.0 订阅源（5 条），不是 JSON：政策列表组件可以直接读取它/);
  assert.match(zh.stdout, /gov-widgets convert test\/fixtures\/policy-feed\/county-rss\.xml/);
  assert.doesNotMatch(zh.stdout, /JSON 语法错误/);
  const hant = await run('zh_TW.UTF-8', 'validate', RSS);
  assert.match(hant.stdout, /這是 RSS 2\.0 訂閱源（5 則），不是 JSON：政策列表元件可以直接讀取它/);
  const en = await run('C.UTF-8', 'validate', ATOM, '--json');
  assert.equal(en.code, 1);
  const result = JSON.parse(en.stdout);
  assert.deepEqual(
    result.errors.map((e) => [e.path, e.source]),
    [['$', 'validator']],
  );
  assert.match(
    result.errors[0].message,
    /^this is an Atom 1\.0 feed \(3 item\(s\)\), not JSON: the feed widget reads it directly .* run gov-widgets convert test\/fixtures\/policy-feed\/county-atom\.xml$/,
  );
});

test('a GB2312 feed is an RSS feed, not a file to save as UTF-8 (XML declares its encoding)', async () => {
  const zh = await run('zh_CN.UTF-8', 'validate', GB2312);
  assert.match(zh.stdout, /这是 RSS 2\.0 订阅源（2 条）/);
  assert.doesNotMatch(zh.stdout, /请另存为 UTF-8/);
});

test('XML that is not a feed says so, with the cause', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'gov-widgets-xml-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const sitemap = join(dir, 'sitemap.xml');
  await writeFile(sitemap, '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>');
  const zh = await run('zh_CN.UTF-8', 'validate', sitemap);
  assert.equal(zh.code, 1);
  assert.match(zh.stdout, /这是 XML 文件，不是 JSON，也不是 RSS 2\.0 或 Atom 1\.0 订阅源（the XML is <urlset>, not RSS 2\.0 or Atom 1\.0）/);
});
