// `npx vite examples/react` (after `npm run build`, which writes dist/npm): the demo's data files are served
// beside the page, for the plain tag's `src`.
export default { base: './', publicDir: '../../demo/data' };
