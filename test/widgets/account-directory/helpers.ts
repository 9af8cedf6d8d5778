/** Helpers of the account directory tests. */
import { fixture, html } from '@open-wc/testing';
import type { Account } from '../../../src/contract/index.js';
import '../../../src/widgets/account-directory/define.js';
import type { GovAccountDirectory } from '../../../src/widgets/account-directory/account-directory.js';
import { fixtureUrl, readFixture } from '../../helpers.js';

/** "Now" of every test: the fixture's accounts are dated around it. */
export const NOW = Date.parse('2026-11-20T12:00:00+08:00');

export const DISCLOSURE = 'account-directory/disclosure.json';

/** The fixture discovery document, fresh for each call (tests may change it). */
export async function disclosure(): Promise<{ organizations: object[]; accounts: { accounts: Record<string, unknown>[] } } & Record<string, unknown>> {
  return (await readFixture(DISCLOSURE)) as never;
}

/** Shadow root text, white space collapsed and bidi isolates (FSI … PDI) removed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const shadow = (el: GovAccountDirectory): ShadowRoot => el.shadowRoot!;
export const $ = <E extends Element = HTMLElement>(el: GovAccountDirectory, selector: string): E | null => shadow(el).querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: GovAccountDirectory, selector: string): E[] => [...shadow(el).querySelectorAll<E>(selector)];

/** The card of an account id. */
export const card = (el: GovAccountDirectory, id: string): HTMLElement | null => $(el, `li[data-id="${CSS.escape(id)}"]`);

/** Account ids shown, in order. */
export const shownIds = (el: GovAccountDirectory): string[] => $$(el, 'li[part~="item"]').map((li) => li.dataset['id']!);

/**
 * A directory loaded from the fixture (or `data`), with "now" fixed. Attributes are given as HTML; the
 * element gets its data and "now" before it is connected, so it loads once.
 */
export async function directory(attributes = '', data?: unknown): Promise<GovAccountDirectory> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<gov-account-directory ${attributes}></gov-account-directory>`;
  const el = document.importNode(template.content.firstElementChild!, true) as GovAccountDirectory;
  el.now = NOW;
  if (data !== undefined) el.data = data;
  else if (!el.hasAttribute('src')) el.src = fixtureUrl(DISCLOSURE);
  wrapper.append(el);
  await el.loadComplete;
  return el;
}

/** The facts of a card (`<dt>` → `<dd>` text). */
export function factsOf(item: Element): Record<string, string> {
  return Object.fromEntries([...item.querySelectorAll('[part~="facts"] dt')].map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]));
}

/** A directory from a template (for lang/dir on ancestors). */
export async function directoryIn(template: ReturnType<typeof html>): Promise<GovAccountDirectory> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = wrapper.localName === 'gov-account-directory' ? (wrapper as GovAccountDirectory) : wrapper.querySelector('gov-account-directory')!;
  el.now = NOW;
  await el.loadComplete;
  return el;
}

const PLATFORMS = ['wechat_oa', 'weibo', 'douyin', 'kuaishou', 'toutiao', 'app', 'miniprogram', 'bilibili'] as const;

/** A discovery document with `n` accounts over `orgs` organizations. */
export function bigDirectory(n: number, orgs = 100): { version: string; organizations: object[]; accounts: { accounts: Account[] } } {
  const organizations = Array.from({ length: orgs }, (_, i) => ({ id: `org-${i}`, name: `第${i}单位` }));
  const accounts: Account[] = Array.from({ length: n }, (_, i) => ({
    id: `a-${i}`,
    organization_id: `org-${i % orgs}`,
    name: `账号${i}`,
    platform: PLATFORMS[i % PLATFORMS.length]!,
    url: `https://example.gov.cn/a/${i}`,
    verified: i % 7 !== 0,
    functions: i % 5 === 0 ? ['publish'] : ['publish', 'interact'],
    followers: { count: 1000 + i * 37, as_of: '2026-11-01' },
    last_post_at: i % 9 === 0 ? '2026-10-01' : '2026-11-18',
    description: '描述',
  }));
  return { version: '1.0', organizations, accounts: { accounts } };
}
