// The bench's baseline for <gov-account-directory>: a hand-written renderer of the same markup for the same
// accounts. It runs in the page (served at /bench-lib/vanilla-directory.mjs) and does the widget's work in the
// widget's order, inside the same timer: builds its stylesheet from the same CSS text, requests the document
// and makes its Intl formatters while the request is in flight, validates the discovery document and its
// accounts by hand with the widget's rules (vanilla-check.mjs), parses them the same way (organizations,
// successors, inactive accounts hidden, facet counts per platform and organization, groups by organization
// with active accounts first, the first 10 groups of 4 cards) and draws them with createElement /
// createElementNS / textContent. Only zh-Hans, no events, no issue reports, no shared cache.
import * as check from './vanilla-check.mjs';

const PLATFORMS = [
  'wechat_oa',
  'wechat_channels',
  'weibo',
  'douyin',
  'kuaishou',
  'toutiao',
  'bilibili',
  'xiaohongshu',
  'app',
  'miniprogram',
  'website',
  'other',
];
const NAMES = {
  wechat_oa: '微信公众号',
  wechat_channels: '微信视频号',
  weibo: '微博',
  douyin: '抖音',
  kuaishou: '快手',
  toutiao: '今日头条',
  bilibili: '哔哩哔哩',
  xiaohongshu: '小红书',
  app: '移动客户端',
  miniprogram: '小程序',
  website: '网站',
  other: '其他平台',
};
const FUNCTIONS = { publish: '信息发布', interact: '互动交流', service: '办事服务' };
const STATUS = { paused: '暂停更新', closing: '即将关停', closed: '已关停', merged: '已合并' };
const RANK = { active: 0, paused: 1, closing: 1, closed: 2, merged: 2 };
const GROUPS = 10;
const PREVIEW = 4;
// The widget's glyphs, as [element, attributes] lists.
const GLYPHS = {
  wechat_oa: [
    ['path', { d: 'M9.5 4C5.4 4 2.5 6.6 2.5 9.6c0 1.8 1 3.3 2.6 4.4L4.5 16.5l2.9-1.4c.7.2 1.4.3 2.1.3' }],
    ['path', { d: 'M15 9c-3.6 0-6.5 2.3-6.5 5.1s2.9 5.1 6.5 5.1c.6 0 1.2-.1 1.8-.2l2.6 1.3-.6-2.2c1.6-.9 2.7-2.4 2.7-4 0-2.8-2.9-5.1-6.5-5.1z' }],
  ],
  wechat_channels: [
    ['rect', { x: 3, y: 4, width: 18, height: 16, rx: 4 }],
    ['path', { d: 'M10 8.5v7l6-3.5z' }],
  ],
  weibo: [
    ['path', { d: 'M4 5h16v11H11l-5 3.5V16H4z' }],
    ['path', { d: 'M8 9h8M8 12.5h5' }],
  ],
  douyin: [
    ['path', { d: 'M14 3v12.5' }],
    ['circle', { cx: 10.5, cy: 16.5, r: 3.5 }],
    ['path', { d: 'M14 3c.4 2.6 2.4 4.4 5 4.6' }],
  ],
  kuaishou: [
    ['rect', { x: 2.5, y: 7, width: 13, height: 10, rx: 2 }],
    ['path', { d: 'M15.5 11l6-3.5v9l-6-3.5' }],
  ],
  toutiao: [
    ['path', { d: 'M4 4h13v16H6a2 2 0 0 1-2-2z' }],
    ['path', { d: 'M17 8h3v10a2 2 0 0 1-4 0' }],
    ['path', { d: 'M7 8h7M7 11.5h7M7 15h4' }],
  ],
  bilibili: [
    ['rect', { x: 3, y: 7, width: 18, height: 13, rx: 3 }],
    ['path', { d: 'M8 3l3 4M16 3l-3 4M9 12.5v2M15 12.5v2' }],
  ],
  xiaohongshu: [
    ['rect', { x: 5, y: 3, width: 14, height: 18, rx: 2 }],
    ['path', { d: 'M9 3v18M12 8h4M12 11.5h4' }],
  ],
  app: [
    ['rect', { x: 6.5, y: 2.5, width: 11, height: 19, rx: 2.5 }],
    ['path', { d: 'M10.5 18.5h3' }],
  ],
  miniprogram: [
    ['rect', { x: 3.5, y: 3.5, width: 7, height: 7, rx: 1.5 }],
    ['rect', { x: 13.5, y: 3.5, width: 7, height: 7, rx: 1.5 }],
    ['rect', { x: 3.5, y: 13.5, width: 7, height: 7, rx: 1.5 }],
    ['circle', { cx: 17, cy: 17, r: 3.5 }],
  ],
  website: [
    ['circle', { cx: 12, cy: 12, r: 9 }],
    ['path', { d: 'M3 12h18M12 3c2.5 2.6 3.6 5.6 3.6 9s-1.1 6.4-3.6 9c-2.5-2.6-3.6-5.6-3.6-9S9.5 5.6 12 3z' }],
  ],
  other: [
    ['path', { d: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1' }],
    ['path', { d: 'M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1' }],
  ],
  verified: [['path', { d: 'M21 12a9 9 0 1 1-18 0a9 9 0 1 1 18 0zM8 12.5l2.7 2.7L16.5 9.5' }]],
};

const text = (value) => (typeof value === 'string' ? value : (value?.['zh-Hans'] ?? Object.values(value ?? {})[0] ?? ''));
const safe = (url) => (typeof url === 'string' && /^https?:/i.test(url) ? url : undefined);

function h(tag, attributes, ...children) {
  const el = document.createElement(tag);
  if (attributes) for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
const icons = new Map();
/** A platform glyph: built once, cloned after. */
function icon(name) {
  let master = icons.get(name);
  if (!master) {
    master = document.createElementNS(SVG, 'svg');
    const attrs = {
      class: name === 'verified' ? 'icon verified-icon' : 'icon',
      viewBox: '0 0 24 24',
      'aria-hidden': 'true',
      focusable: 'false',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': name === 'verified' ? '2' : '1.75',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    };
    if (name !== 'verified') attrs.part = 'icon';
    for (const [k, v] of Object.entries(attrs)) master.setAttribute(k, v);
    for (const [tag, shape] of GLYPHS[name] ?? GLYPHS.other) {
      const el = document.createElementNS(SVG, tag);
      for (const [k, v] of Object.entries(shape)) el.setAttribute(k, String(v));
      master.append(el);
    }
    icons.set(name, master);
  }
  return master.cloneNode(true);
}

/** The Intl formatters the directory draws with (the widget's: number, compact number, long date, relative time). */
function makeFormats() {
  return {
    number: new Intl.NumberFormat('zh-Hans'),
    compact: new Intl.NumberFormat('zh-Hans', { notation: 'compact', maximumFractionDigits: 1 }),
    longDate: new Intl.DateTimeFormat('zh-Hans', { dateStyle: 'long', timeZone: 'UTC' }),
    relative: new Intl.RelativeTimeFormat('zh-Hans', { numeric: 'auto' }),
  };
}
const DAY = 86_400_000;

/** An account, checked and copied by hand (the rules of src/contract/shapes.ts `account`). */
function checkAccount(value, base) {
  const { record, list, title, prose, short, date, oneOf, count, bool, id, LIMITS } = check;
  const link = (v) => check.url(v, base);
  const exactUrl = (v) => (typeof v === 'string' && v.length > 0 && /^https?:\/\/[^\p{C}\p{Z}\s]+$/iu.test(v) && link(v) ? v : undefined);
  return record(
    value,
    {
      id,
      organization_id: id,
      name: title,
      platform: (v) => oneOf(v, PLATFORMS),
      platform_label: title,
      handle: short,
      url: link,
      qr: (v) => record(v, { url: link, payload: exactUrl, alt: title }),
      verified: bool,
      functions: (v) => list(v, LIMITS.perItem, (f) => oneOf(f, Object.keys(FUNCTIONS))),
      followers: (v) => record(v, { count, as_of: date }, ['count']),
      last_post_at: date,
      last_reply_at: date,
      status: (v) => oneOf(v, ['active', ...Object.keys(STATUS)]),
      replaced_by: (v) => (v === null ? null : id(v)),
      status_notice_url: (v) => (v === null ? null : link(v)),
      description: prose,
    },
    ['id', 'name', 'platform'],
  );
}

/** The discovery document and its inline accounts section, checked by hand; throws when either is unusable. */
function checkDocument(json, base) {
  const discovery = check.discovery(json, base);
  const section = discovery && check.isRecord(json.accounts) ? json.accounts : undefined;
  const accounts = section && check.list(section.accounts, 5000, (a) => checkAccount(a, base), 'id');
  if (!accounts) throw new Error('not a usable accounts document');
  return { organizations: discovery.organizations, accounts: { accounts } };
}

const UNITS = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', 3_600_000],
  ['minute', 60_000],
];
function ago(date, now, relative) {
  const diff = Date.parse(date) - now;
  const [unit, ms] = UNITS.find(([u, size]) => Math.abs(diff) >= size || u === 'minute');
  return relative.format(Math.trunc(diff / ms), unit);
}

function card(entry, now, { compact, longDate, relative }) {
  const { account: a } = entry;
  const status = a.status ?? 'active';
  const href = safe(a.url);
  const name = href ? h('a', { class: 'text', href, part: 'link' }, text(a.name)) : h('span', { class: 'text', part: 'link' }, text(a.name));
  return h(
    'li',
    { part: 'item', tabindex: '-1', class: `card status-${status} `, 'data-id': a.id },
    h(
      'div',
      { class: 'card-head' },
      h('span', { class: 'platform text', part: 'platform' }, icon(a.platform), NAMES[a.platform]),
      status !== 'active' ? h('span', { class: 'badge status', part: 'badge status' }, STATUS[status]) : null,
    ),
    h('h4', { class: 'name', part: 'title' }, name),
    a.verified === true ? h('p', { class: 'verified', part: 'verified' }, icon('verified'), '已认证') : null,
    a.description ? h('p', { class: 'description text', part: 'description' }, text(a.description)) : null,
    h(
      'dl',
      { class: 'facts', part: 'meta' },
      h('dt', null, '单位'),
      h('dd', { class: 'text' }, entry.organization ? text(entry.organization.name) : '未注明单位'),
      a.functions?.length
        ? [
            h('dt', null, '功能'),
            h(
              'dd',
              null,
              h(
                'ul',
                { class: 'functions', part: 'functions' },
                a.functions.map((f) => h('li', null, FUNCTIONS[f])),
              ),
            ),
          ]
        : null,
      a.followers
        ? [h('dt', null, '粉丝'), h('dd', null, `${compact.format(a.followers.count)}（截至 ${longDate.format(Date.parse(a.followers.as_of))}）`)]
        : null,
      a.last_post_at
        ? [
            h('dt', null, '最近发布'),
            h('dd', null, h('time', { datetime: a.last_post_at, title: longDate.format(Date.parse(a.last_post_at)) }, ago(a.last_post_at, now, relative))),
          ]
        : null,
    ),
    entry.inactive || !(a.qr?.payload || a.qr?.image || href)
      ? null
      : h(
          'button',
          { class: 'button secondary qr-button', part: 'qr-button', type: 'button', 'aria-haspopup': 'dialog', 'aria-label': `查看“${text(a.name)}”的二维码` },
          '二维码',
        ),
  );
}

/** Draws the directory into `host` (a fresh element) with a stylesheet of `css` (the widget's CSS text); resolves when the DOM is built. */
export async function renderDirectory(host, { src, css = [] }) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = css.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  const url = new URL(src, location.href);
  const request = fetch(url);
  const formats = makeFormats();
  const { number } = formats;
  const doc = checkDocument(await (await request).json(), url.href);
  const now = Date.now();
  const organizations = new Map((doc.organizations ?? []).map((o) => [o.id, o]));
  const accounts = doc.accounts.accounts;
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const entries = accounts.map((account, index) => {
    const organization = organizations.get(account.organization_id);
    return {
      account,
      index,
      organization,
      key: organization ? organization.id : '',
      successor: byId.get(account.replaced_by),
      inactive: account.status === 'closed' || account.status === 'merged',
    };
  });
  const visible = entries.filter((e) => !e.inactive);
  const perPlatform = new Map();
  const perOrganization = new Map();
  for (const e of visible) {
    perPlatform.set(e.account.platform, (perPlatform.get(e.account.platform) ?? 0) + 1);
    perOrganization.set(e.key, (perOrganization.get(e.key) ?? 0) + 1);
  }
  const buckets = new Map();
  for (const e of visible) buckets.set(e.key, [...(buckets.get(e.key) ?? []), e]);
  const order = [...organizations.keys(), ''].filter((key) => buckets.has(key));
  const groups = order.map((key) => ({
    key,
    entries: buckets.get(key).sort((x, y) => RANK[x.account.status ?? 'active'] - RANK[y.account.status ?? 'active'] || x.index - y.index),
  }));

  const chip = (pressed, content, count, platform) =>
    h(
      'li',
      null,
      h(
        'button',
        { class: 'chip', part: 'chip', type: 'button', 'data-platform': platform, 'aria-pressed': pressed ? 'true' : 'false' },
        content,
        ' ',
        h('span', { class: 'chip-count' }, `(${number.format(count)})`),
      ),
    );
  const filters = h(
    'div',
    { class: 'filters', part: 'filters' },
    h(
      'div',
      { class: 'filter-row' },
      h(
        'div',
        { class: 'field search' },
        h('label', { class: 'label', for: 'search' }, '搜索账号'),
        h('input', {
          id: 'search',
          class: 'input',
          part: 'search',
          type: 'search',
          name: 'q',
          autocomplete: 'off',
          enterkeyhint: 'search',
          placeholder: '输入账号名称',
        }),
      ),
      perOrganization.size > 1
        ? h(
            'div',
            { class: 'field organization' },
            h('label', { class: 'label', for: 'organization' }, '单位'),
            h(
              'select',
              { id: 'organization', class: 'input', part: 'organization-select', name: 'organization' },
              h('option', { value: '' }, '全部单位'),
              order.map((key) =>
                h(
                  'option',
                  { value: key ? `o:${key}` : 'none' },
                  `${key ? text(organizations.get(key).name) : '未注明单位'} (${number.format(perOrganization.get(key))})`,
                ),
              ),
            ),
          )
        : null,
    ),
    perPlatform.size > 1
      ? h(
          'div',
          { class: 'platforms', role: 'group', 'aria-label': '按平台筛选' },
          h(
            'ul',
            { class: 'chips', part: 'platforms' },
            chip(true, '全部平台', visible.length),
            PLATFORMS.filter((p) => perPlatform.has(p)).map((p) => chip(false, [icon(p), NAMES[p]], perPlatform.get(p), p)),
          ),
        )
      : null,
  );
  const hidden = entries.length - visible.length;
  const shownGroups = groups.slice(0, GROUPS);
  root.append(
    h(
      'div',
      { class: 'base', part: 'base', lang: 'zh-Hans' },
      filters,
      h('p', { class: 'count', part: 'count', role: 'status', 'aria-live': 'polite' }, `共 ${number.format(visible.length)} 个账号`),
      hidden > 0 ? h('p', { class: 'hint inactive-note', part: 'inactive-note' }, `另有 ${number.format(hidden)} 个已关停或已合并的账号未显示。`) : null,
      h(
        'div',
        { class: 'groups' },
        shownGroups.map((g, i) =>
          h(
            'section',
            { class: 'group', part: 'group' },
            h(
              'h3',
              { class: 'group-title', part: 'group-title', tabindex: '-1', id: `group-${i}` },
              h('span', { class: 'text' }, g.key ? text(organizations.get(g.key).name) : '未注明单位'),
              ' ',
              h('span', { class: 'group-count' }, `(${number.format(g.entries.length)})`),
            ),
            h(
              'ul',
              { class: 'cards', part: 'list' },
              g.entries.slice(0, PREVIEW).map((e) => card(e, now, formats)),
            ),
            g.entries.length > PREVIEW
              ? h(
                  'button',
                  { class: 'button secondary more', part: 'more', type: 'button', 'aria-describedby': `group-${i}` },
                  `显示更多（还有 ${number.format(g.entries.length - PREVIEW)} 个）`,
                )
              : null,
          ),
        ),
      ),
      groups.length > GROUPS
        ? h(
            'button',
            { class: 'button secondary more more-groups', part: 'more', type: 'button' },
            `显示更多单位（还有 ${number.format(groups.length - GROUPS)} 个）`,
          )
        : null,
    ),
  );
}
