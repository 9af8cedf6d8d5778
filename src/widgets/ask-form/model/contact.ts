/**
 * Checks for the reader's contact details. Pure functions, no DOM.
 *
 * - A mainland China mobile number is 11 digits, `1[3-9]` then nine more. Readers write it with spaces or
 *   dashes (`138 0013 8000`, `138-0013-8000`), with the country code (`+86 138…`, `0086…`, `86…`), and on
 *   a Chinese keyboard sometimes in full-width digits (`１３８…`). All of these are accepted and sent as the
 *   bare 11 digits.
 * - An e-mail address follows the HTML "valid e-mail address" rule (what `<input type="email">` accepts),
 *   plus a dot in the domain (a reply cannot reach `name@localhost`), and also accepts internationalised
 *   domains (`张三@例子.中国`).
 */

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\u00B7.()\uFF08\uFF09\u3000]/g;
const MOBILE = /^1[3-9]\d{9}$/;

/** Full-width digits (０-９) and the full-width plus as ASCII. */
function asciiDigits(value: string): string {
  return value.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)).replace(/\uFF0B/g, '+');
}

/**
 * The 11 digits of a mainland mobile number, or `null` when `value` is not one.
 * @example normalizeMobile('+86 138-0013-8000') === '13800138000'
 */
export function normalizeMobile(value: string): string | null {
  let digits = asciiDigits(value).trim().replace(SEPARATORS, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return MOBILE.test(digits) ? digits : null;
}

export function isMobile(value: string): boolean {
  return normalizeMobile(value) !== null;
}

// The HTML standard's rule for a valid e-mail address, with Unicode letters allowed in domain labels.
const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** The address trimmed, or `null` when it is not a usable e-mail address. */
export function normalizeEmail(value: string): string | null {
  const email = value.trim();
  if (email.length === 0 || email.length > 254) return null;
  const at = email.lastIndexOf('@');
  if (at <= 0 || at !== email.indexOf('@')) return null;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  // A top-level domain is never all digits (that would be an IP address written without brackets).
  if (/^\d+$/.test(labels[labels.length - 1]!)) return null;
  return email;
}

export function isEmail(value: string): boolean {
  return normalizeEmail(value) !== null;
}
