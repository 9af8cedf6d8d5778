// The bench's baseline for <gov-policy-feed>: what a careful webmaster would write by hand. It runs in the
// page (served at /bench-lib/vanilla-feed.mjs) and does the work the widget does, in the same order, inside
// the same timer:
//   - builds its stylesheet from the same CSS text (the widget's Lit builds its sheets at its first instance);
//   - requests the discovery document and, while that request is in flight, makes its Intl formatters (the
//     widget warms the same ones then);
//   - validates both documents by hand with the same rules as the widget (vanilla-check.mjs: types, bounds,
//     safe URLs, dates, unique ids; a fresh copy of what is kept), then the feed the discovery names;
//   - parses them the same way (organizations, newest first, issuers, topics, the policy ↔ interpretation
//     links, the facets of the chips, years through the locale's year pattern, words of chip labels through
//     Intl.Segmenter);
//   - draws the same markup for the same rows (one page of `limit`) with createElement / textContent.
// What it leaves out: other languages than zh-Hans, events, search, paging beyond the first page, issue
// reports with JSON paths (it counts left-out items), the cache shared between widgets.
import * as check from './vanilla-check.mjs';

const KINDS = ['policy', 'interpretation', 'notice', 'plan', 'report', 'other'];
const KIND_LABEL = { policy: '政策文件', interpretation: '政策解读', notice: '通知公告', plan: '规划计划', report: '工作报告', other: '其他' };
const FORCE_LABEL = { in_force: '现行有效', partially_in_force: '部分有效', not_in_force: '已失效' };
const FORMAT_LABEL = { text: '文字解读', graphic: '图文解读', video: '视频解读', qa: '问答解读' };
const DAY = 86_400_000;
const CHIPS_SHOWN = 8;

const text = (value) => (typeof value === 'string' ? value : (value?.['zh-Hans'] ?? Object.values(value ?? {})[0] ?? ''));
const safe = (url) => (typeof url === 'string' && /^https?:/i.test(url) ? url : undefined);

/** An element with attributes and children (strings become text nodes). */
function h(tag, attributes, ...children) {
  const el = document.createElement(tag);
  if (attributes)
    for (const [name, value] of Object.entries(attributes)) if (value !== undefined && value !== false) el.setAttribute(name, value === true ? '' : value);
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}
const span = (value) => h('span', { class: 'text', dir: 'auto' }, text(value));
const linkOr = (href, content, part) => (safe(href) ? h('a', { href: safe(href), part }, content) : content);

/** The Intl formatters the page draws with (the widget's: medium date, year, number, file size, words). */
function makeFormats() {
  return {
    date: new Intl.DateTimeFormat('zh-Hans', { dateStyle: 'medium' }),
    day: new Intl.DateTimeFormat('zh-Hans', { dateStyle: 'medium', timeZone: 'UTC' }),
    year: new Intl.DateTimeFormat('zh-Hans', { year: 'numeric', timeZone: 'UTC' }),
    number: new Intl.NumberFormat('zh-Hans'),
    size: new Intl.NumberFormat('zh-Hans', { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 1 }),
    words: new Intl.Segmenter('zh-Hans', { granularity: 'word' }),
  };
}

/** A chip label with a <wbr> between its words, as the widget draws it. */
function betweenWords(value, formats) {
  const out = [];
  for (const { segment } of formats.words.segment(value)) {
    if (out.length) out.push(document.createElement('wbr'));
    out.push(segment);
  }
  return h('span', { class: 'text', dir: 'auto' }, out);
}

/** A JSON Feed item, checked and copied by hand (the rules of src/contract/shapes.ts `policyItem`). */
function checkItem(value, base) {
  const { record, list, str, text, title, prose, short, date, oneOf, count, id, LIMITS } = check;
  const link = (v) => check.url(v, base);
  const content = { min: 0, cut: LIMITS.content };
  return record(
    value,
    {
      id: (v) => id(v, true),
      url: link,
      external_url: link,
      title,
      content_text: (v) => text(v, content),
      content_html: (v) => str(v, content),
      summary: prose,
      image: link,
      date_published: date,
      date_modified: date,
      language: short,
      tags: (v) => list(v, LIMITS.perItem, (t) => str(t, { cut: LIMITS.title })),
      attachments: (v) =>
        list(v, LIMITS.perItem, (a) =>
          record(a, { url: link, mime_type: short, title, size_in_bytes: count, duration_in_seconds: (d) => count(d, false) }, ['url', 'mime_type']),
        ),
      _gov: (v) =>
        record(v, {
          doc_number: short,
          index_no: short,
          issuer_id: id,
          issuer: title,
          kind: (k) => oneOf(k, KINDS),
          topic: title,
          signed_date: date,
          effective_date: date,
          expiry_date: date,
          legal_force: (f) => oneOf(f, Object.keys(FORCE_LABEL)),
          interprets: id,
          interpretations: (l) => list(l, LIMITS.perItem, (r) => record(r, { url: link, title, format: (f) => oneOf(f, Object.keys(FORMAT_LABEL)) }, ['url'])),
          superseded_by: id,
        }),
    },
    ['id', 'title', 'date_published'],
  );
}

/** A JSON Feed document, checked and copied by hand; undefined when it is not one. */
function checkFeed(json, base) {
  const { record, list, str, title, prose, short, LIMITS } = check;
  const link = (v) => check.url(v, base);
  if (!check.isRecord(json) || typeof json.version !== 'string' || !Array.isArray(json.items)) return undefined;
  return record(
    json,
    {
      version: (v) => str(v, { pattern: /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/ }),
      title,
      home_page_url: link,
      feed_url: link,
      description: prose,
      language: short,
      next_url: link,
      authors: (v) => list(v, LIMITS.perItem, (a) => record(a, { name: (n) => str(n, { cut: LIMITS.title }), url: link, avatar: link })),
      items: (v) => list(v, 10_000, (item) => checkItem(item, base), 'id'),
    },
    ['version', 'items'],
  );
}

/** The documents, requested, checked, parsed, and what the list needs from them. */
async function load(discoveryUrl, request, formats) {
  const raw = await (await request).json();
  const discovery = check.discovery(raw, discoveryUrl.href);
  const feedUrl = discovery && check.url(raw.policies, discoveryUrl.href);
  if (!feedUrl) throw new Error('not a usable discovery document');
  const feed = checkFeed(await (await fetch(feedUrl)).json(), feedUrl);
  if (!feed) throw new Error('not a usable feed');
  const organizations = new Map((discovery.organizations ?? []).map((o) => [o.id, o]));
  const entries = feed.items.map((item) => {
    const org = organizations.get(item._gov?.issuer_id);
    const topics = [];
    for (const t of [item._gov?.topic, ...(item.tags ?? [])]) if (t !== undefined && !topics.includes(text(t))) topics.push(text(t));
    const time = Date.parse(item.date_published);
    return { item, time, year: Number(item.date_published.slice(0, 4)), issuer: org ? { key: org.id, name: org.name } : undefined, topics };
  });
  entries.sort((a, b) => b.time - a.time);
  const byId = new Map(entries.map((e) => [e.item.id, e]));
  const explains = new Map();
  const interpretedBy = new Map();
  for (const e of entries) {
    const policy = byId.get(e.item._gov?.interprets);
    if (policy && policy !== e) {
      explains.set(e.item.id, policy);
      interpretedBy.set(policy.item.id, [...(interpretedBy.get(policy.item.id) ?? []), e]);
    }
  }
  const count = (map, key, value) => map.set(key, { value, n: (map.get(key)?.n ?? 0) + 1 });
  const kinds = new Set();
  const issuers = new Map();
  const topics = new Map();
  const years = new Set();
  for (const e of entries) {
    if (e.item._gov?.kind) kinds.add(e.item._gov.kind);
    years.add(e.year);
    if (e.issuer) count(issuers, e.issuer.key, e.issuer.name);
    for (const t of e.topics) count(topics, t, t);
  }
  const byCount = (map) => [...map.values()].sort((a, b) => b.n - a.n).map((c) => c.value);
  const facets = {
    kind: KINDS.filter((k) => kinds.has(k)).map((k) => KIND_LABEL[k]),
    issuer: byCount(issuers).map((name) => betweenWords(text(name), formats)),
    topic: byCount(topics).map((t) => betweenWords(t, formats)),
    year: [...years].sort((a, b) => b - a).map((y) => formats.year.format(Date.UTC(y, 6, 1))),
  };
  return { feed, entries, byId, explains, interpretedBy, facets };
}

function chipGroup(name, label, values) {
  if (values.length < 2) return null;
  const open = values.length <= CHIPS_SHOWN + 1;
  const chip = (pressed, content) =>
    h('li', null, h('button', { type: 'button', class: 'chip', part: 'chip', 'aria-pressed': pressed ? 'true' : 'false' }, content));
  return h(
    'div',
    { class: 'filter-group', role: 'group', 'aria-labelledby': `filter-${name}` },
    h('span', { class: 'label', id: `filter-${name}` }, label),
    h(
      'ul',
      { class: 'chips' },
      chip(true, '全部'),
      (open ? values : values.slice(0, CHIPS_SHOWN)).map((v) => chip(false, v)),
      open ? null : h('li', null, h('button', { type: 'button', class: 'chip more', part: 'chip show-all' }, `显示全部 ${values.length} 项`)),
    ),
  );
}

function item(entry, index, data, now, formats) {
  const { item: it } = entry;
  const gov = it._gov ?? {};
  const id = `item-${index}`;
  const policy = data.explains.get(it.id);
  const interpretations = [
    ...(gov.interpretations ?? []).map((ref) => ({ title: ref.title, href: ref.url, format: ref.format })),
    ...(data.interpretedBy.get(it.id) ?? []).map((e) => ({ title: e.item.title, href: e.item.url })),
  ];
  const successor = gov.superseded_by === undefined ? undefined : data.byId.get(gov.superseded_by);
  const isNew = entry.time > now - 7 * DAY && entry.time <= now + DAY;
  return h(
    'li',
    { class: 'item', part: 'item' },
    h(
      'article',
      { 'aria-labelledby': id },
      h('h2', { id, class: 'title', part: 'title' }, linkOr(it.url, span(it.title), 'link')),
      h(
        'div',
        { class: 'meta', part: 'meta' },
        h('time', { datetime: it.date_published }, (it.date_published.length === 10 ? formats.day : formats.date).format(entry.time)),
        isNew ? h('span', { class: 'badge new', part: 'badge new' }, '新') : null,
        gov.kind ? h('span', { class: 'badge kind', part: 'badge kind' }, KIND_LABEL[gov.kind]) : null,
        gov.legal_force ? h('span', { class: `badge force ${gov.legal_force}`, part: 'badge force' }, FORCE_LABEL[gov.legal_force]) : null,
        gov.superseded_by !== undefined
          ? h(
              'span',
              { class: 'superseded', part: 'superseded' },
              successor ? ['已被替代，新文件：', linkOr(successor.item.url, span(successor.item.title))] : '已被新文件替代',
            )
          : null,
      ),
      h(
        'dl',
        { class: 'facts', part: 'facts' },
        gov.doc_number ? h('div', null, h('dt', null, '文号'), h('dd', null, span(gov.doc_number))) : null,
        entry.issuer ? h('div', null, h('dt', null, '发布机构'), h('dd', null, span(entry.issuer.name))) : null,
      ),
      it.summary ? h('p', { class: 'summary', part: 'summary' }, span(it.summary)) : null,
      entry.topics.length
        ? h(
            'ul',
            { class: 'tags', part: 'tags', 'aria-label': '主题' },
            entry.topics.map((t) => h('li', { class: 'tag', part: 'tag' }, span(t))),
          )
        : null,
      policy || interpretations.length
        ? h(
            'div',
            { class: 'relations', part: 'relations' },
            policy ? h('p', { class: 'relation' }, h('span', { class: 'label' }, '解读的政策：'), linkOr(policy.item.url, span(policy.item.title))) : null,
            interpretations.length
              ? h(
                  'div',
                  { class: 'relation' },
                  h('span', { class: 'label' }, '政策解读：'),
                  h(
                    'ul',
                    { class: 'inline-list' },
                    interpretations.map((ref) =>
                      h(
                        'li',
                        null,
                        linkOr(ref.href, span(ref.title ?? '政策解读')),
                        ref.format ? [' ', h('span', { class: 'format' }, FORMAT_LABEL[ref.format])] : null,
                      ),
                    ),
                  ),
                )
              : null,
          )
        : null,
      it.attachments?.length
        ? h(
            'div',
            { class: 'attachments', part: 'attachments' },
            h('span', { class: 'label' }, '附件：'),
            h(
              'ul',
              { class: 'inline-list' },
              it.attachments.map((a) =>
                h(
                  'li',
                  { class: 'attachment' },
                  linkOr(a.url, span(a.title ?? '附件')),
                  h('span', { class: 'file-info' }, `${a.mime_type === 'application/pdf' ? 'PDF' : '文件'} · ${formats.size.format(a.size_in_bytes / 1000)}`),
                ),
              ),
            ),
          )
        : null,
    ),
  );
}

/**
 * Draws the feed into `host` (a fresh element) with a stylesheet of `css` (the widget's CSS text). Resolves
 * when the DOM is built; the caller waits for the frame.
 */
export async function renderFeed(host, { src, limit = 10, searchable = false, filters = false, paging = false, css = [] }) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = css.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  const discoveryUrl = new URL(src, location.href);
  const request = fetch(discoveryUrl);
  const formats = makeFormats();
  const data = await load(discoveryUrl, request, formats);
  const now = Date.now();
  const shown = data.entries.slice(0, limit);
  const pages = Math.max(1, Math.ceil(data.entries.length / limit));
  const section = h(
    'section',
    { class: 'feed', 'aria-label': text(data.feed.title) || '政策信息' },
    searchable || filters
      ? h(
          'div',
          { class: 'tools', part: 'tools' },
          searchable
            ? h(
                'form',
                { class: 'search field', role: 'search' },
                h('label', { class: 'label', for: 'search' }, '搜索政策'),
                h('input', {
                  id: 'search',
                  class: 'input',
                  part: 'search',
                  type: 'search',
                  name: 'q',
                  autocomplete: 'off',
                  enterkeyhint: 'search',
                  'aria-describedby': 'search-hint',
                }),
                h('span', { class: 'hint', id: 'search-hint' }, '可按标题、文号或摘要查找'),
              )
            : null,
          filters
            ? h(
                'div',
                { class: 'filters', part: 'filters' },
                chipGroup('kind', '类别', data.facets.kind),
                chipGroup('issuer', '发布机构', data.facets.issuer),
                chipGroup('topic', '主题', data.facets.topic),
                chipGroup('year', '年份', data.facets.year),
              )
            : null,
        )
      : null,
    searchable || filters || paging ? h('p', { class: 'count', part: 'count', role: 'status' }) : null,
    h(
      'ol',
      { class: 'list', part: 'list', tabindex: '-1' },
      shown.map((e, i) => item(e, i, data, now, formats)),
    ),
    paging && pages > 1
      ? h(
          'nav',
          { class: 'pager', part: 'pager', 'aria-label': '分页' },
          h('button', { type: 'button', class: 'button secondary', part: 'page-button previous', 'aria-disabled': 'true' }, '上一页'),
          h('span', { class: 'page-status' }, `第 ${formats.number.format(1)} 页，共 ${formats.number.format(pages)} 页`),
          h('button', { type: 'button', class: 'button secondary', part: 'page-button next', 'aria-disabled': 'false', 'aria-busy': 'false' }, '下一页'),
        )
      : null,
    safe(data.feed.feed_url)
      ? h(
          'p',
          { class: 'footer', part: 'footer' },
          h('a', { href: safe(data.feed.feed_url), part: 'subscribe', type: 'application/feed+json' }, '订阅更新（JSON Feed）'),
        )
      : null,
  );
  root.append(h('div', { class: 'base', part: 'base', lang: 'zh-Hans' }, section));
}
