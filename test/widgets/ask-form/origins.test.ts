// Where the form may send: the page's origin, or what `endpoint-origins` lists; and one draft per page.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { draftKey } from '../../../src/widgets/ask-form/controllers/draft.js';
import { destinationOf, parseEndpointOrigins } from '../../../src/widgets/ask-form/model/origins.js';

const PAGE = 'https://www.county.gov.cn/hudong/ask.html';
const ORIGIN = 'https://www.county.gov.cn';

/** Endpoint spellings a CMS author might write, hostile ones included. */
const spelling = fc.oneof(
  fc.constantFrom(
    '/api/questions',
    'api/questions',
    '//evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example',
    'https://evil.example',
    'HTTPS://WWW.COUNTY.GOV.CN/api',
    'https://www.county.gov.cn:443/api',
    'https://www.county.gov.cn:8443/api',
    'http://www.county.gov.cn/api',
    'https://www.county.gov.cn.evil.example/',
    'https://www.county.gov.cn@evil.example/',
    ' //evil.example',
    '\t/\\evil.example',
    'https:evil.example',
    'https:/evil.example',
    'javascript:alert(1)',
    'data:text/plain,x',
    'https://xn--fiq228c.example/',
  ),
  fc.webUrl(),
  fc.string({ maxLength: 40 }),
);

describe('ask form: endpoint origins', () => {
  it('property: an endpoint is allowed exactly when the URL parser puts it on the page origin or a listed one', () => {
    const listed = parseEndpointOrigins('https://hudong.county.gov.cn').origins;
    fc.assert(
      fc.property(spelling, (raw) => {
        let resolved: URL | undefined;
        try {
          resolved = new URL(raw, PAGE);
        } catch {
          resolved = undefined;
        }
        if (!resolved) return true;
        const { allowed, host } = destinationOf(resolved.href, ORIGIN, listed);
        expect(host).to.equal(resolved.host);
        return allowed === (resolved.origin === ORIGIN || resolved.origin === 'https://hudong.county.gov.cn');
      }),
      { numRuns: 500 },
    );
  });

  it('reads endpoint-origins as origins only', () => {
    const { origins, ignored } = parseEndpointOrigins(
      ' https://x.gov.cn,http://y.gov.cn:8080  https://z.gov.cn/path * javascript:alert(1) https://u@v.gov.cn ',
    );
    expect([...origins]).to.deep.equal(['https://x.gov.cn', 'http://y.gov.cn:8080']);
    expect(ignored).to.deep.equal(['https://z.gov.cn/path', '*', 'javascript:alert(1)', 'https://u@v.gov.cn']);
    expect(parseEndpointOrigins(null).origins.size).to.equal(0);
  });

  it('property: a page keeps one draft key whatever its query string and fragment', () => {
    fc.assert(
      fc.property(fc.webQueryParameters(), fc.webFragments(), (query, fragment) => {
        return draftKey(`${PAGE}?${query}#${fragment}`, '/api/questions') === draftKey(PAGE, '/api/questions');
      }),
      { numRuns: 200 },
    );
    expect(draftKey('https://www.county.gov.cn/a', 'x')).not.to.equal(draftKey('https://www.county.gov.cn/b', 'x'));
  });
});
