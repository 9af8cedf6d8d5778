import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { captureWarnings } from '../helpers.js';

describe('defineElement', () => {
  it('defines a tag once and never throws when asked again', async () => {
    class First extends HTMLElement {
      static version = '1.0.0';
    }
    class SameVersion extends HTMLElement {
      static version = '1.0.0';
    }
    class Newer extends HTMLElement {
      static version = '1.2.0';
    }
    const tag = `gov-define-${Math.random().toString(36).slice(2)}`;
    const { warnings } = await captureWarnings(async () => {
      expect(defineElement(tag, First)).to.equal(First);
      expect(defineElement(tag, First)).to.equal(First);
      expect(defineElement(tag, SameVersion)).to.equal(First);
      expect(defineElement(tag, Newer)).to.equal(First);
    });
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('1.0.0').and.to.contain('1.2.0');
  });
});
