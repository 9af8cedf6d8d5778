/**
 * The hostile-data corpus shared by every widget's tests: what someone who gets text into a county's CMS
 * might publish. Each document mixes hostile records with valid "sentinel" records (titled `VALID-…`) so a
 * test can check both that nothing hostile got through and that the valid rest still shows.
 *
 * Script payloads set `window.__govPwned`; if any ever runs, {@link nothingRan} fails.
 */

export const CANARY = '__govPwned';
const pwn = `window.${CANARY}=1`;

/** Markup and script in text fields: must show as literal text, never as elements. */
export const MARKUP: readonly string[] = [
  `<img src=x onerror="${pwn}">`,
  `<script>${pwn}</script>`,
  `"><svg onload="${pwn}">`,
  `<a href="javascript:${pwn}">click</a>`,
  `<iframe srcdoc="<script>parent.${CANARY}=1</script>"></iframe>`,
  `<style>*{display:none!important}</style>`,
  `{{constructor.constructor('${pwn}')()}}`,
  '${alert(1)}',
  '&lt;b&gt;entity&lt;/b&gt; &amp; &#60;i&#62;',
];

/** URLs that must never become an href or src (mixed case, leading spaces, tabs, newlines, NUL, other schemes). */
export const UNSAFE_URLS: readonly string[] = [
  `javascript:${pwn}`,
  `JaVaScRiPt:${pwn}`,
  `  javascript:${pwn}`,
  `\tjavascript:${pwn}`,
  `\njavascript:${pwn}`,
  `java\tscript:${pwn}`,
  `java\nscript:${pwn}`,
  `java\rscript:${pwn}`,
  `\u0000javascript:${pwn}`,
  `\u001Fjavascript:${pwn}`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19nb3ZQd25lZD0xPC9zY3JpcHQ+`,
  `DATA:text/html,<script>${pwn}</script>`,
  ` data:image/svg+xml,<svg onload="${pwn}"/>`,
  'vbscript:msgbox(1)',
  ' VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/0f0f',
];

/**
 * Strings that look dangerous to a human but are harmless relative paths to a URL parser (HTML entities are
 * not decoded in data): they may become links, to http(s) addresses on the document's own site.
 */
export const ENTITY_URLS: readonly string[] = [`javascript&colon;${pwn}`, `&#106;avascript:${pwn}`, `jav&#x09;ascript:${pwn}`];

/**
 * Bidi controls that try to reorder surrounding text: an override, an override inside an isolate, an
 * unterminated override, an embedding, and a stray PDI that tries to close an isolate its field is wrapped in
 * before overriding what follows.
 */
export const BIDI: readonly string[] = [
  '\u202Eevil.exe\u202C',
  '\u2066\u202Efdp.exe\u2069',
  'abc\u200F\u202Edef',
  '\u202Bعربي\u202C',
  '\u2069\u202Eescape',
];

/** 20,000-character strings, with and without break opportunities. */
export const LONG: readonly string[] = ['长'.repeat(20_000), 'W'.repeat(20_000), `${'词 '.repeat(10_000)}`];

/** Wrong types for any field. */
export const WRONG_VALUES: readonly unknown[] = [null, 0, -1, 1.5, true, [], ['a'], {}, { nested: { deep: [1] } }, ''];

/** All text payloads. */
export const HOSTILE_TEXT: readonly string[] = [...MARKUP, ...BIDI, ...LONG];

const FEED = 'https://jsonfeed.org/version/1.1';

const validItem = (n: number, issuer = 'org-a') => ({
  id: `valid-${n}`,
  title: `VALID-${n}`,
  url: `/valid/${n}.html`,
  date_published: `2026-11-${String(10 + n).padStart(2, '0')}`,
  summary: `VALID-${n} summary`,
  _gov: { doc_number: `某发〔2026〕${n}号`, kind: 'policy', legal_force: 'in_force', issuer_id: issuer },
});

/** Parses JSON text so `__proto__` keys are real own properties, as they would be from the network. */
const parsed = (json: string): unknown => JSON.parse(json);

/** A policies feed: hostile text in every text field, unsafe URLs in every URL field, wrong types in every field. */
export function hostileFeed(): Record<string, unknown> {
  const items: unknown[] = [validItem(1)];
  HOSTILE_TEXT.forEach((text, i) =>
    items.push({
      id: `text-${i}`,
      title: text,
      summary: text,
      date_published: '2026-11-01',
      tags: [text],
      attachments: [{ url: '/a.pdf', mime_type: 'application/pdf', title: text }],
      _gov: { doc_number: text, issuer: text, topic: text, kind: 'notice', interpretations: [{ url: '/i.html', title: text }] },
    }),
  );
  UNSAFE_URLS.forEach((url, i) =>
    items.push({
      id: `url-${i}`,
      title: `unsafe url ${i}`,
      url,
      external_url: url,
      image: url,
      date_published: '2026-11-02',
      attachments: [{ url, mime_type: 'application/pdf', title: 'attachment' }],
      _gov: { interpretations: [{ url, title: 'interpretation' }] },
    }),
  );
  const fields = ['id', 'title', 'url', 'date_published', 'summary', 'tags', 'attachments', '_gov'];
  for (const field of fields) {
    WRONG_VALUES.forEach((value, i) => items.push({ ...validItem(100 + i), id: `wrong-${field}-${i}`, [field]: value }));
  }
  items.push(validItem(1)); // duplicate id
  items.push(parsed(`{"id":"proto","title":"proto item","date_published":"2026-11-03","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"_gov":{"__proto__":{"polluted":true}}}`));
  items.push(null, 42, 'item', [], validItem(2), validItem(3, 'org-long'));
  return { version: FEED, title: MARKUP[0]!, home_page_url: UNSAFE_URLS[0]!, feed_url: UNSAFE_URLS[1]!, next_url: UNSAFE_URLS[2]!, items };
}

const validAccount = (n: number, platform = 'weibo', organization = 'org-a') => ({
  id: `valid-${n}`,
  organization_id: organization,
  name: `VALID-${n}`,
  platform,
  url: `https://weibo.example/valid-${n}`,
  verified: true,
  functions: ['publish', 'interact'],
  last_post_at: '2026-11-19',
});

/** An accounts section with hostile names and descriptions, unsafe account and QR URLs, and wrong types. */
export function hostileAccounts(): Record<string, unknown> {
  const accounts: unknown[] = [validAccount(1), validAccount(2, 'douyin'), validAccount(3, 'weibo', 'org-long')];
  HOSTILE_TEXT.forEach((text, i) =>
    accounts.push({
      id: `text-${i}`,
      organization_id: ['org-hostile', 'org-a', 'org-bidi'][i % 3],
      name: text,
      platform: 'other',
      platform_label: text,
      handle: text,
      description: text,
      qr: { payload: 'https://ok.example/', alt: text },
      replaced_by: text,
      status: i % 3 === 0 ? 'paused' : 'active',
    }),
  );
  // Half of them active (a QR button to press), half merged (shown with show-inactive, with a status notice).
  UNSAFE_URLS.forEach((url, i) =>
    accounts.push({
      id: `url-${i}`,
      name: `unsafe url ${i}`,
      platform: 'wechat_oa',
      url,
      status_notice_url: url,
      qr: { url, payload: url },
      ...(i % 2 === 0 ? { status: 'merged', replaced_by: 'valid-1' } : { status: 'closing' }),
    }),
  );
  // An unsafe QR image and payload beside a safe account URL: the code must come from the account URL.
  UNSAFE_URLS.forEach((url, i) =>
    accounts.push({ id: `qr-${i}`, name: `unsafe qr ${i}`, platform: 'douyin', url: `https://douyin.example/qr-${i}`, qr: { url, payload: url, alt: 'VALID-QR' } }),
  );
  for (const field of ['id', 'name', 'platform', 'url', 'qr', 'functions', 'followers', 'status', 'verified', 'last_post_at']) {
    WRONG_VALUES.forEach((value, i) => accounts.push({ ...validAccount(100 + i), id: `wrong-${field}-${i}`, [field]: value }));
  }
  accounts.push(validAccount(1));
  accounts.push(parsed(`{"id":"proto","name":"proto","platform":"weibo","__proto__":{"polluted":true},"qr":{"__proto__":{"polluted":true}}}`));
  accounts.push(null, 'account', 7);
  return { accounts };
}

/** A questions section with hostile service names, consent text and answered questions. */
export function hostileQuestions(): Record<string, unknown> {
  const answered: unknown[] = [
    { id: 'valid-1', title: 'VALID-1', question: 'VALID-1 question', asked_at: '2026-11-01', answer: { text: 'VALID-1 answer', answered_at: '2026-11-02' } },
  ];
  HOSTILE_TEXT.forEach((text, i) => answered.push({ id: `text-${i}`, title: text, question: text, answer: { text } }));
  WRONG_VALUES.forEach((value, i) => answered.push({ id: `wrong-${i}`, title: value, answer: value }));
  answered.push({ id: 'pii', title: 'pii', name: '张三', phone: '13800000000', email: 'a@b.example' });
  return {
    endpoints: { submit: '/api/questions', lookup: UNSAFE_URLS[0]! },
    services: [
      { service_code: 'consult', service_name: 'VALID-咨询' },
      ...MARKUP.map((text, i) => ({ service_code: `s${i}`, service_name: text })),
      { service_code: 'bad', service_name: 7 },
    ],
    recipients: ['org-a', 42, null, 'org-hostile', 'org-long', 'org-bidi'],
    form: { max_title: 25, max_body: 600, fields: { name: 'required', phone: 'optional', email: 'off' }, allow_publish_opt_in: true },
    consent: { version: '2026-01', notice_url: UNSAFE_URLS[3]!, text: MARKUP[0]! },
    reply_workdays: 5,
    answered,
    answered_next_url: UNSAFE_URLS[4]!,
  };
}

/** A discovery document with every section inline, hostile organization names and unsafe URLs. */
export function hostileDiscovery(): Record<string, unknown> {
  return {
    version: '1.9',
    jurisdiction: { name: MARKUP[0]!, code: '12345', level: 'galaxy', url: UNSAFE_URLS[0]! },
    organizations: [
      { id: 'org-a', name: 'VALID-ORG' },
      { id: 'org-hostile', name: MARKUP[1]!, url: UNSAFE_URLS[5]! },
      { id: 'org-long', name: LONG[1]!, parent_id: 'org-a' },
      { id: 'org-bidi', name: BIDI[2]! },
      { id: 'org-a', name: 'duplicate' },
      { name: 'no id' },
      null,
    ],
    policies: hostileFeed(),
    accounts: hostileAccounts(),
    questions: hostileQuestions(),
    privacy_notice_url: UNSAFE_URLS[6]!,
    accessibility_statement_url: UNSAFE_URLS[7]!,
  };
}

/** A document of another major version. */
export const UNKNOWN_MAJOR = { version: '2.0', policies: { version: FEED, title: 't', items: [] } };

/** A valid JSON Feed of about 5 MB: 5,000 items with long summaries. */
export function fiveMegabyteFeed(): { version: string; title: string; items: unknown[] } {
  const filler = '政务公开'.repeat(240); // ≈ 1 KB of UTF-16, 2.9 KB of UTF-8
  const items = Array.from({ length: 1_800 }, (_, i) => ({
    ...validItem(i),
    date_published: new Date(Date.UTC(2026, 10, 20) - i * 86_400_000).toISOString().slice(0, 10),
    id: `big-${i}`,
    title: `BIG-${i}`,
    summary: `${i} ${filler}`,
    content_text: filler,
  }));
  return { version: FEED, title: 'big', items };
}

/** A valid accounts section of about 5 MB: 3,000 accounts with long descriptions, over 300 organizations. */
export function fiveMegabyteAccounts(): { version: string; organizations: unknown[]; accounts: { accounts: unknown[] } } {
  const filler = '政务新媒体'.repeat(110); // ≈ 1.6 KB of UTF-8
  const organizations = Array.from({ length: 300 }, (_, i) => ({ id: `org-${i}`, name: `BIG-ORG-${i}` }));
  const accounts = Array.from({ length: 3_000 }, (_, i) => ({
    ...validAccount(i, ['weibo', 'douyin', 'wechat_oa'][i % 3], `org-${i % 300}`),
    id: `big-${i}`,
    name: `BIG-${i}`,
    description: `${i} ${filler}`,
    qr: { payload: `https://weibo.example/big-${i}`, alt: filler.slice(0, 200) },
  }));
  return { version: '1.0', organizations, accounts: { accounts } };
}

/** A valid questions section of about 5 MB: 2,500 answered questions with long answers. */
export function fiveMegabyteQuestions(): Record<string, unknown> {
  const filler = '办理结果答复'.repeat(110); // ≈ 2 KB of UTF-8
  const answered = Array.from({ length: 2_500 }, (_, i) => ({
    id: `big-${i}`,
    title: `BIG-${i}`,
    question: `${i} ${filler.slice(0, 100)}`,
    asked_at: '2026-11-01',
    answer: { text: `${i} ${filler}`, answered_at: '2026-11-02' },
  }));
  return { endpoints: { submit: '/api/questions' }, answered };
}
