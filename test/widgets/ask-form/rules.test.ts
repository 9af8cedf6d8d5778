import { expect } from '@open-wc/testing';
import { createAskModel, type FormRules } from '../../../src/widgets/ask-form/model.js';
import { buildPayload, isUuid, newIdempotencyKey, sameQuestion } from '../../../src/widgets/ask-form/model/payload.js';
import { checkQuestion, emptyValues, fieldOfServerError, hasField, textLength, type FormValues } from '../../../src/widgets/ask-form/model/rules.js';

const rules: FormRules = {
  maxTitle: 25,
  maxBody: 600,
  fields: { name: 'required', phone: 'required', email: 'optional' },
  allowPublish: true,
  services: ['consult', 'complaint'],
  recipients: ['gov-office', 'edu'],
  consentVersion: '2026-01',
};

const valid = (): FormValues => ({
  ...emptyValues(),
  service_code: 'consult',
  organization_id: 'edu',
  title: ' 新生入学需要哪些材料？ ',
  description: '孩子明年上小学，报名需要准备什么？',
  name: '王小明',
  phone: '+86 138-0013-8000',
  consent: true,
});

const KEY = '7c0a5e2f-8d7e-4c3b-9a51-3f4e2b1c0d9e';

describe('checks before sending', () => {
  it('finds nothing wrong with a complete question', () => {
    expect(checkQuestion(valid(), rules)).to.deep.equal([]);
  });

  it('lists every problem in the order of the form', () => {
    const problems = checkQuestion({ ...emptyValues(), title: '题'.repeat(26), phone: '12345', email: 'a@b' }, rules);
    expect(problems.map((p) => `${p.field}:${p.code}`)).to.deep.equal([
      'service_code:required',
      'organization_id:required',
      'title:too-long',
      'description:required',
      'name:required',
      'phone:phone',
      'email:email',
      'consent:consent',
    ]);
    expect(problems[2]).to.include({ max: 25, length: 26 });
  });

  it('counts characters as the server does (an emoji is one), after trimming', () => {
    expect(textLength('😀a')).to.equal(2);
    expect(checkQuestion({ ...valid(), title: `  ${'😀'.repeat(25)}  ` }, rules)).to.deep.equal([]);
  });

  it('skips fields the document turns off, and an empty optional one', () => {
    const off: FormRules = { ...rules, fields: { name: 'off', phone: 'optional', email: 'off' }, recipients: [], consentVersion: undefined };
    expect(hasField('name', off)).to.equal(false);
    expect(hasField('organization_id', off)).to.equal(false);
    expect(checkQuestion({ ...emptyValues(), service_code: 'consult', title: 't', description: 'd' }, off)).to.deep.equal([]);
  });

  it('maps server field names to controls: consent_version to the consent box, unknown ones to none', () => {
    expect(fieldOfServerError('phone', rules)).to.equal('phone');
    expect(fieldOfServerError('consent_version', rules)).to.equal('consent');
    expect(fieldOfServerError('captcha_token', rules)).to.equal(undefined);
    expect(fieldOfServerError(undefined, rules)).to.equal(undefined);
  });
});

describe('the payload', () => {
  it('carries exactly the contract fields, trimmed, with the phone as 11 digits', () => {
    expect(buildPayload(valid(), rules, KEY, 'zh-Hans')).to.deep.equal({
      service_code: 'consult',
      organization_id: 'edu',
      title: '新生入学需要哪些材料？',
      description: '孩子明年上小学，报名需要准备什么？',
      name: '王小明',
      phone: '13800138000',
      publish_consent: false,
      consent_version: '2026-01',
      idempotency_key: KEY,
      locale: 'zh-Hans',
    });
  });

  it('leaves out empty optional fields, fields turned off, and an opt-in the document does not allow', () => {
    const payload = buildPayload(
      { ...valid(), publish_consent: true, email: ' ' },
      { ...rules, allowPublish: false, fields: { ...rules.fields, name: 'off' } },
      KEY,
      'en',
    );
    expect(payload).not.to.have.property('email');
    expect(payload).not.to.have.property('name');
    expect(payload.publish_consent).to.equal(false);
    expect(buildPayload({ ...valid(), publish_consent: true }, rules, KEY, 'en').publish_consent).to.equal(true);
  });

  it('tells the same question from a changed one, whatever the locale or an integrator added', () => {
    const a = buildPayload(valid(), rules, KEY, 'zh-Hans');
    expect(sameQuestion(a, { ...a, locale: 'en', captcha_token: 'x' })).to.equal(true);
    expect(sameQuestion(a, { ...a, description: `${a.description}！` })).to.equal(false);
  });
});

describe('idempotency keys', () => {
  it('are version 4 UUIDs, different each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(50);
    for (const key of keys) expect(isUuid(key) && key[14] === '4', key).to.equal(true);
  });

  it('are built from getRandomValues where randomUUID is missing (plain http) or throws', () => {
    const getRandomValues = <T extends ArrayBufferView | null>(array: T): T => crypto.getRandomValues(array as Uint8Array) as unknown as T;
    const plainHttp = { getRandomValues };
    const throwing = {
      getRandomValues,
      randomUUID: (): `${string}-${string}-${string}-${string}-${string}` => {
        throw new Error('insecure');
      },
    };
    for (const c of [plainHttp, throwing]) {
      const key = newIdempotencyKey(c);
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

describe('the model', () => {
  it('names recipients from organizations, falls back to the id, and to the contract’s four categories', () => {
    const model = createAskModel({
      document: { endpoints: { submit: 'https://x.example/api' }, recipients: ['edu', 'unknown', 'edu'] },
      organizations: new Map([['edu', { id: 'edu', name: '县教育局' }]]),
    });
    expect(model.recipients).to.deep.equal([
      { id: 'edu', name: '县教育局' },
      { id: 'unknown', name: 'unknown' },
    ]);
    expect(model.services.map((s) => s.code)).to.deep.equal(['consult', 'complaint', 'suggestion', 'help']);
    expect(model.rules.consentVersion).to.equal(undefined);
    expect(model.rules.fields).to.deep.equal({ name: 'optional', phone: 'optional', email: 'optional' });
  });
});
