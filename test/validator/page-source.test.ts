import { expect } from '@open-wc/testing';
import { lineOfPath } from '../../src/validator/lines.js';
import { PAGE_CATALOGS } from '../../src/validator/messages.js';
import { localUrl, PageSource } from '../../src/validator/source.js';

const p = PAGE_CATALOGS['zh-Hans'];
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('validator page: where documents come from', () => {
  const files = new Map([
    ['disclosure.json', bytes('{}')],
    ['policies.json', bytes('{"items": []}')],
  ]);

  it('reads a section a dropped document names by a relative URL from the dropped file of that name', async () => {
    const source = new PageSource(localUrl('disclosure.json'), files, p);
    const reference = source.resolve('../data/policies.json', source.start);
    expect(reference.ok).to.equal(true);
    if (!reference.ok) return;
    const read = await source.read(reference.url);
    expect(read.ok).to.equal(true);
    expect(source.name(reference.url)).to.equal('policies.json');
  });

  it('says which file to add when a named section was not dropped', async () => {
    const source = new PageSource(localUrl('disclosure.json'), files, p);
    const reference = source.resolve('accounts.json', source.start);
    if (!reference.ok) throw new Error('not followed');
    const read = await source.read(reference.url);
    expect(read.ok).to.equal(false);
    if (read.ok) return;
    expect(read.reason).to.deep.equal({ kind: 'io', detail: '没有选择名为 accounts.json 的文件：请把它和发现文档一起拖入或选择' });
  });

  it('never follows a document from the web to the dropped files', () => {
    const source = new PageSource('https://example.gov.cn/disclosure.json', files, p);
    expect(source.resolve(localUrl('policies.json'), 'https://example.gov.cn/disclosure.json').ok).to.equal(false);
    expect(source.resolve('policies.json', 'https://example.gov.cn/disclosure.json')).to.deep.equal({
      ok: true,
      url: 'https://example.gov.cn/policies.json',
    });
  });

  it('refuses what is neither http(s) nor relative', () => {
    const source = new PageSource(localUrl('disclosure.json'), files, p);
    for (const raw of ['file:///etc/passwd', 'javascript:alert(1)', 'data:application/json,{}']) {
      expect(source.resolve(raw, source.start).ok, raw).to.equal(false);
    }
  });

  it('names a CORS refusal or network failure as such', async () => {
    const refuse = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));
    const source = new PageSource('https://example.gov.cn/disclosure.json', new Map(), p, new Map(), refuse);
    const read = await source.read(source.start);
    expect(read.ok).to.equal(false);
    if (!read.ok) expect(read.reason).to.deep.equal({ kind: 'io', detail: p.corsOrNetwork });
  });
});

describe('validator page: the line of a JSON path', () => {
  const text = '{\n  "title": "x",\n  "items": [\n    { "id": "a" },\n    {\n      "id": "b",\n      "date_published": "2026年11月26日"\n    }\n  ]\n}\n';

  it('finds the line of a value, in objects and arrays', () => {
    expect(lineOfPath(text, '$.title')).to.equal(2);
    expect(lineOfPath(text, '$.items[0]')).to.equal(4);
    expect(lineOfPath(text, '$.items[1].date_published')).to.equal(7);
  });

  it('stops at the deepest value there is (a missing property is reported where its object is)', () => {
    expect(lineOfPath(text, '$.items[1].title')).to.equal(5);
    expect(lineOfPath(text, '$.items[5]')).to.equal(3);
  });

  it('reads strings with escaped quotes and brackets inside', () => {
    const tricky = '{"a": "x\\"]}", "b": [1, {"c": "[{"}],\n"d": true}';
    expect(lineOfPath(tricky, '$.d')).to.equal(2);
    expect(lineOfPath(tricky, '$["a"]')).to.equal(1);
  });

  it('takes the last of duplicate keys, as JSON.parse does', () => {
    expect(lineOfPath('{"a": 1,\n"a": 2}', '$.a')).to.equal(2);
  });
});
