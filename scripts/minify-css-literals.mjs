// A Rollup plugin that shrinks the CSS inside Lit `css` tagged templates of our own sources: comments go,
// indentation and runs of spaces go, and so does the space around `{ } ; , >` and after `:`. Quoted strings and
// `${…}` interpolations are left as they are. Line breaks stay, so the source map of the module (from the
// TypeScript plugin before this one) stays right line by line: the transform returns `map: null`, which Rollup
// takes as "lines did not move". Used for the script bundles only (the npm build keeps readable CSS).

const TAGGED = /\bcss\s*`((?:[^`\\$]|\\[\s\S]|\$(?!\{)|\$\{[^}]*\})*)`/g;

/** Minifies one CSS text that holds no interpolations and no quotes (callers split those out). */
function squeeze(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n[ \n]*/g, (run) => run.replace(/ /g, ''))
    .replace(/[ \n]*([{};,>])[ ]*/g, (m, c) => m.replace(/[^\n]/g, '') + c)
    .replace(/:[ ]+/g, ':');
}

/** Minifies the body of a css`` literal, leaving quoted strings and ${…} alone. */
export function minifyCss(body) {
  const parts = body.split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\$\{[^}]*\})/);
  return parts.map((part, i) => (i % 2 === 1 ? part : squeeze(part))).join('');
}

export default function minifyCssLiterals({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'gov-minify-css-literals',
    transform(code, id) {
      if (!include.test(id) || !/\bcss\s*`/.test(code)) return null;
      const out = code.replace(TAGGED, (_, body) => `css\`${minifyCss(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}
