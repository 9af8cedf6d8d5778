/**
 * The RSS/Atom reader's chunk: the XML parser and the mapping to the policies JSON Feed, loaded when `src`
 * answers with XML. Only the element imports this module, and only with `import()` (docs/architecture.md, "Lazy
 * views"; decision 0019).
 */
export { readSyndication } from '../model/syndication.js';
