/**
 * Ranking official accounts (the directory's `sort`, the command line's audit): by followers, by activity (days
 * since the last post, then since the last reply) or by name, in one total order that every engine gives
 * alike. Pure. Part of the matrix model: import it from src/contract/matrix.ts (or the contract's index).
 */
import { daysSince } from './dates.js';
import { pickText } from './localized.js';
import type { Account } from './types.js';

/** How {@link sortAccounts} orders accounts; the directory's `sort` attribute. */
export type SortOrder = 'followers' | 'activity' | 'name';
export const SORT_ORDERS: readonly SortOrder[] = ['followers', 'activity', 'name'];

/** Whole days since an account's last post and last reply (`undefined` where the date is missing or invalid). */
export interface AccountActivity {
  readonly post: number | undefined;
  readonly reply: number | undefined;
}

/** Days since the last post and the last reply, counted as the audit counts (whole days, {@link daysSince}). */
export function accountActivity(account: Account, now: number): AccountActivity {
  return { post: daysSince(account.last_post_at, now), reply: daysSince(account.last_reply_at, now) };
}

/**
 * The collator of names: Chinese by pinyin (`zh-…-u-co-pinyin`, the order of a Chinese index, the same for
 * zh-Hans and zh-Hant readers so everyone sees one ranking), any other locale by its own default. Cached: one
 * per locale.
 */
const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    const chinese = /^zh(?:-|$)/i.test(locale);
    let tag = chinese ? 'zh-Hans-u-co-pinyin' : locale;
    try {
      collator = new Intl.Collator(tag, { usage: 'sort', sensitivity: 'variant', numeric: true });
    } catch {
      // An invalid tag (RangeError): the root order, still the same everywhere.
      tag = 'und';
      collator = new Intl.Collator(tag, { usage: 'sort', sensitivity: 'variant', numeric: true });
    }
    collators.set(locale, collator);
  }
  return collator;
}

/** Plain UTF-16 code unit order: the last word when a collator calls two different strings equal. */
const codeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ascending, `undefined` after every number. */
function missingLast(a: number | undefined, b: number | undefined): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  return a - b;
}

interface SortKey {
  readonly account: Account;
  readonly name: string;
  readonly followers: number | undefined;
  readonly post: number | undefined;
  readonly reply: number | undefined;
}

/**
 * Accounts in a ranking order, a new array (the input is left as it is). Every order is total and the same on
 * every engine:
 *
 * - `followers`: most followers first (`followers.count`; the `as_of` date does not rank); accounts without a
 *   published figure after every account with one.
 * - `activity`: fewest whole days since the last post first (the two-week rule counts posts), then fewest days
 *   since the last reply; a missing or invalid date after every date. A date in the future counts as it is
 *   (negative days), as the audit counts it.
 * - `name`: by name in `locale` (see below).
 *
 * Ties, in every order, go by name, then by `id` (unique in a valid document), so equal figures and missing
 * ones come out in one predictable order. Names are picked in `locale` (the content language, as the widget
 * shows them) and compared with `Intl.Collator`: Chinese (`zh`, `zh-Hans`, `zh-Hant` …) by pinyin
 * (`zh-Hans-u-co-pinyin`), other locales by their own order, numbers inside names by value; an empty name after
 * every other; two names the collator calls equal by their UTF-16 code units, so engines whose collation data
 * differ on such a pair still agree.
 *
 * @param now The moment days are counted from (milliseconds), as the audit's.
 * @param locale The language names are picked and compared in (a BCP 47 tag).
 */
export function sortAccounts(accounts: readonly Account[], order: SortOrder, now: number, locale: string): Account[] {
  const collator = collatorFor(locale);
  const keys = accounts.map((account): SortKey => {
    const activity = order === 'activity' ? accountActivity(account, now) : { post: undefined, reply: undefined };
    return {
      account,
      name: pickText(account.name, locale).trim(),
      followers: account.followers?.count,
      post: activity.post,
      reply: activity.reply,
    };
  });
  const byName = (a: SortKey, b: SortKey): number => {
    if (a.name === '' || b.name === '') return (a.name === '' ? 1 : 0) - (b.name === '' ? 1 : 0);
    return collator.compare(a.name, b.name) || codeUnits(a.name, b.name);
  };
  const compare = (a: SortKey, b: SortKey): number => {
    let result = 0;
    if (order === 'followers') result = missingLast(a.followers === undefined ? undefined : -a.followers, b.followers === undefined ? undefined : -b.followers);
    else if (order === 'activity') result = missingLast(a.post, b.post) || missingLast(a.reply, b.reply);
    return result || byName(a, b) || codeUnits(a.account.id, b.account.id);
  };
  return keys.sort(compare).map((key) => key.account);
}
