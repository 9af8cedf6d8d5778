import { expect } from '@open-wc/testing';
import {
  ContractError,
  loadAnsweredPage,
  validateAnsweredPage,
  validateFieldErrors,
  validateLookupResponse,
  validateSubmitResponse,
} from '../../src/contract/index.js';
import { fixtureUrl } from '../helpers.js';

describe('contract: question API answers', () => {
  it('reads a submit response, keeping only known fields', () => {
    const { value } = validateSubmitResponse({
      service_request_id: 'A1',
      query_code: 'QC',
      service_notice: '',
      expected_datetime: '2026-11-27',
      extra: 1,
      __proto__: { x: 1 },
    });
    expect(value).to.deep.equal({ service_request_id: 'A1', query_code: 'QC', service_notice: '', expected_datetime: '2026-11-27' });
  });

  it('refuses a submit response without its id or code, or that is not an object', () => {
    for (const bad of [{ query_code: 'QC' }, { service_request_id: 'A1', query_code: '' }, [], null, 'ok']) {
      expect(() => validateSubmitResponse(bad), JSON.stringify(bad)).to.throw(ContractError);
    }
  });

  it('refuses a receipt whose id or code is longer than any real one (200 characters), rather than drawing it', () => {
    const long = 'Z'.repeat(100_000);
    expect(() => validateSubmitResponse({ service_request_id: long, query_code: 'QC' })).to.throw(ContractError);
    expect(() => validateSubmitResponse({ service_request_id: 'A1', query_code: long })).to.throw(ContractError);
    expect(() => validateLookupResponse({ service_request_id: long, status: 'open' })).to.throw(ContractError);
    expect(validateSubmitResponse({ service_request_id: 'A'.repeat(200), query_code: 'QC' }).value.service_request_id).to.have.length(200);
  });

  it('drops an invalid date from a submit response but keeps the receipt', () => {
    const { value, issues } = validateSubmitResponse({ service_request_id: 'A1', query_code: 'QC', expected_datetime: 'next week' });
    expect(value).to.deep.equal({ service_request_id: 'A1', query_code: 'QC' });
    expect(issues[0]!.path).to.equal('$.expected_datetime');
  });

  it('reads field errors, leaving out entries without a message', () => {
    const { value, issues } = validateFieldErrors({ errors: [{ field: 'phone', message: '不正确' }, { field: 'x' }, { message: '总体错误' }] });
    expect(value.errors).to.deep.equal([{ field: 'phone', message: '不正确' }, { message: '总体错误' }]);
    expect(issues.some((i) => i.skipped === 'error')).to.equal(true);
    expect(() => validateFieldErrors({ error: 'x' })).to.throw(ContractError);
  });

  it('reads a lookup response and refuses an unknown status', () => {
    const { value } = validateLookupResponse({
      service_request_id: 'A1',
      status: 'answered',
      status_notes: '已答复',
      reply: { text: '请准备户口簿。', replied_at: '2026-11-24', organization_id: 'edu' },
    });
    expect(value.reply).to.deep.equal({ text: '请准备户口簿。', replied_at: '2026-11-24', organization_id: 'edu' });
    expect(() => validateLookupResponse({ service_request_id: 'A1', status: 'lost' })).to.throw(ContractError);
  });
});

describe('contract: pages of answered questions', () => {
  it('validates a page and resolves its next URL against it', () => {
    const { value } = validateAnsweredPage(
      { answered: [{ id: 'q', title: 't' }, { title: 'no id' }], answered_next_url: 'p3.json' },
      'https://county.example/q/p2.json',
    );
    expect(value.answered).to.have.length(1);
    expect(value.answered_next_url).to.equal('https://county.example/q/p3.json');
  });

  it('refuses a page without an answered list, or of another major version', () => {
    expect(() => validateAnsweredPage({ answered_next_url: null }, 'https://x.example/')).to.throw(ContractError);
    expect(() => validateAnsweredPage({ version: '2.0', answered: [] }, 'https://x.example/')).to.throw(ContractError);
  });

  it('loads a page through the shared loader', async () => {
    const { page, documentUrl } = await loadAnsweredPage(fixtureUrl('ask-form/answered-2.json'), { cache: new Map() });
    expect(documentUrl).to.equal(fixtureUrl('ask-form/answered-2.json'));
    expect(page.answered.map((q) => q.id)).to.deep.equal(['q-0990']);
    expect(page.answered_next_url).to.equal(null);
  });
});
