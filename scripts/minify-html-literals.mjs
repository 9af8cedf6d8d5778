// A Rollup plugin that shrinks the static text of Lit `html` tagged templates in our own sources: every run of
// white space that holds a line break (the indentation of the template's source) becomes one line break.
// The browser renders a run of white space as one space anyway (no template here uses `white-space: pre`;
// templates with <pre> or <textarea> content are left alone), attribute values keep their words, and the
// `${…}` expressions are not touched. Line breaks stay, so the source map of the module (from the TypeScript
// plugin before this one) stays right line by line: the transform returns `map: null`, Rollup's "lines did
// not move". Used for the script bundles only (the npm build and the tests keep the templates as written).
import { walk, applyEdits } from './lib/ast.mjs';


/** The static text of one template part with its indentation squeezed. */
export const squeezeHtml = (raw) => raw.replace(/[ \t]*\n\s*/g, (run) => '\n'.repeat(run.split('\n').length - 1));

/** Rewrites the html`` literals of one module; returns the new code, or null when nothing changed. */
export function minifyHtml(code, parse) {
  if (!/\bhtml\s*`/.test(code)) return null;
  const edits = [];
  walk(parse(code), (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || node.tag.name !== 'html') return;
    const quasis = node.quasi.quasis;
    if (quasis.some((q) => /<(?:pre|textarea)\b[^>]*>[^<]*\S/i.test(q.value.raw) || /<pre\b/i.test(q.value.raw))) return;
    for (const q of quasis) {
      const raw = code.slice(q.start, q.end);
      const squeezed = squeezeHtml(raw);
      if (squeezed !== raw) edits.push([q.start, q.end, squeezed]);
    }
  });
  return applyEdits(code, edits);
}

export default function minifyHtmlLiterals({ include = /[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'gov-minify-html-literals',
    transform(code, id) {
      if (!include.test(id)) return null;
      const out = minifyHtml(code, (text) => this.parse(text));
      return out === null ? null : { code: out, map: null };
    },
  };
}
