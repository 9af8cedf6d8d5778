// `npx vite examples/vue` (after `npm run build`, which writes dist/npm).
import vue from '@vitejs/plugin-vue';

export default {
  base: './',
  // The gov-* tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('gov-') } } })],
};
