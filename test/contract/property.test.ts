import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ChildPath, childPath, pathText, type Path } from '../../src/contract/check.js';
import { ContractError, loadSection, parseDate, pickText, safeUrl, validateDocument, type SectionName } from '../../src/contract/index.js';

const sections: SectionName[] = ['policies', 'accounts', 'questions'];

/** JSON values that look a little like contract documents, so validators go deep, plus any JSON at all. */
const documentish = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      version: fc.oneof(fc.constant('1.0'), fc.constant('https://jsonfeed.org/version/1.1'), fc.string()),
      items: fc.array(fc.dictionary(fc.constantFrom('id', 'title', 'date_published', 'url', '_gov', '__proto__', 'tags'), fc.jsonValue())),
      accounts: fc.oneof(fc.jsonValue(), fc.array(fc.dictionary(fc.string(), fc.jsonValue()))),
      policies: fc.jsonValue(),
      organizations: fc.jsonValue(),
      endpoints: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);

describe('property: nothing throws on any JSON', () => {
  it('validateDocument returns or throws only a ContractError', () => {
    fc.assert(
      fc.property(documentish, (json) => {
        try {
          validateDocument(json, 'https://county.example/d.json');
        } catch (error) {
          if (!(error instanceof ContractError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('loadSection settles with data or a ContractError for every section', async () => {
    await fc.assert(
      fc.asyncProperty(documentish, fc.constantFrom(...sections), async (json, section) => {
        try {
          const loaded = await loadSection(section, { document: json, base: 'https://county.example/d.json' });
          expect(loaded.section).to.equal(section);
        } catch (error) {
          if (!(error instanceof ContractError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
    expect(Object.prototype).not.to.have.property('polluted');
  });

  it('pickText and parseDate accept anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (value, lang) => {
        expect(pickText(value as never, lang)).to.be.a('string');
        parseDate(value);
      }),
    );
  });

  it('safeUrl never lets a non-http(s) URL through', () => {
    const schemes = fc.constantFrom('javascript', 'JavaScript', 'data', 'vbscript', 'file', 'blob', 'about');
    const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u001f');
    fc.assert(
      fc.property(schemes, noise, noise, fc.string(), (scheme, before, inside, rest) => {
        const raw = `${before}${scheme.slice(0, 2)}${inside}${scheme.slice(2)}:${rest}`;
        const result = safeUrl(raw, 'https://county.example/');
        if (result !== null) expect(new URL(result).protocol).to.match(/^https?:$/);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const result = safeUrl(raw, 'https://county.example/');
        if (result !== null) expect(['http:', 'https:']).to.include(new URL(result).protocol);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('property: JSON paths built late', () => {
  it('a ChildPath reads as the text childPath builds step by step, for any keys', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('$', '$.policies'),
        fc.array(fc.oneof(fc.string(), fc.nat(), fc.constantFrom('items', 'title', 'a b', '_gov', '$x'))),
        (root, keys) => {
          let late: Path = root;
          let now: string = root;
          for (const key of keys) {
            late = new ChildPath(late, key);
            now = childPath(now, key);
          }
          expect(pathText(late)).to.equal(now);
        },
      ),
      { numRuns: 300 },
    );
  });
});
