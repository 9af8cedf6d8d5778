// What the script bundles use in place of @lit/localize's runtime (scripts/prune-messages.mjs resolves
// '@lit/localize' and '@lit/localize/init/reentrant.js' to this module, for the bundles only; the npm build
// and the tests use @lit/localize itself). Same API subset, same behaviour for what our code does:
// - msg(template, id): the build has replaced lit-localize's `{ id }` option with the message's number in the
//   bundle (every call has one, checked when the chunk is rendered), so there is no hashing and no options;
// - str`…${x}…`: a template whose translation may reorder its placeholders (`{ strTag, strings, values }`,
//   the translation's values being the order of the source's);
// - configureReentrantLocalization: the locale comes from getLocale() at each call; only once per copy.
// No translation (or the source locale): the zh-Hans text of the call, placeholders filled in. Messages are
// strings or str`` templates only (the build refuses an html`` message).
let lookup;

export const str = (strings, ...values) => ({ strTag: true, strings, values });

export const msg = (template, id) => {
  const localized = lookup?.(id);
  const t = localized || template;
  return typeof t == 'string' ? t : t.strings.reduce((out, s, i) => out + template.values[localized ? t.values[i - 1] : i - 1] + s);
};

export const configureReentrantLocalization = ({ sourceLocale, targetLocales, getLocale, loadLocaleSync }) => {
  if (lookup) throw new Error('lit-localize can only be configured once');
  const targets = new Set(targetLocales);
  lookup = (id) => {
    const locale = getLocale();
    return locale !== sourceLocale && targets.has(locale) ? loadLocaleSync(locale)?.templates[id] : undefined;
  };
  return {};
};
