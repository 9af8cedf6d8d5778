/** Helpers of the policy feed's browser tests. */
import { fixture, html } from '@open-wc/testing';
import { captureWarnings, fixtureUrl } from '../../helpers.js';
import '../../../src/widgets/policy-feed/define.js';
import type { GovPolicyFeed } from '../../../src/widgets/policy-feed/policy-feed.js';

export type { GovPolicyFeed };

export const FEED = fixtureUrl('policy-feed/feed.json');
export const DISCLOSURE = fixtureUrl('policy-feed/disclosure.json');

export const root = (el: Element): ShadowRoot => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...root(el).querySelectorAll<T>(selector)];
export const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
export const items = (el: Element): HTMLElement[] => $$(el, '[part~="item"]');
export const titles = (el: Element): string[] => $$(el, '[part~="title"]').map((t) => clean(t.textContent));
export const status = (el: Element): string => clean($(el, '[part~="count"]')?.textContent);

/** Renders a feed element and waits until its data shows; warnings (invalid items) are swallowed. */
export async function feed(template: ReturnType<typeof html>): Promise<GovPolicyFeed> {
  const { result } = await captureWarnings(async () => {
    const el = await fixture<GovPolicyFeed>(template);
    await el.loadComplete;
    return el;
  });
  return result;
}

/** The item titled `text`, else the first whose title contains it. */
export function itemWith(el: Element, text: string): HTMLElement {
  const title = (item: HTMLElement) => clean(item.querySelector('[part~="title"]')?.textContent);
  const hit = items(el).find((item) => title(item) === text) ?? items(el).find((item) => title(item).includes(text));
  if (!hit) throw new Error(`no item titled …${text}… in ${JSON.stringify(titles(el))}`);
  return hit;
}

/** A JSON Feed item published `daysAgo` days before now. */
export function recentItem(id: string, title: string, daysAgo: number, extra: object = {}): object {
  return { id, title, date_published: new Date(Date.now() - daysAgo * 86_400_000).toISOString(), ...extra };
}

export function jsonFeed(items: object[], extra: object = {}): object {
  return { version: 'https://jsonfeed.org/version/1.1', title: '测试', items, ...extra };
}
