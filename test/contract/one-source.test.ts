/**
 * The contract's types are what its shapes keep (decision 0009). Most of this file is checked by the
 * compiler (`npm run typecheck`): each exported interface must equal `Infer<typeof shape>`, so a field added
 * to an interface only (not to its shape, hence neither to the validator nor to the schema) fails the build.
 */
import { expect } from '@open-wc/testing';
import type { Infer } from '../../src/contract/check.js';
import * as shapes from '../../src/contract/shapes.js';
import { validateAccounts, validatePolicyFeed } from '../../src/contract/index.js';
import type * as T from '../../src/contract/types.js';

/** `true` only when A and B have the same keys and each is assignable to the other (readonly aside). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false;

const same: {
  [K in keyof Checked]: Same<Checked[K][0], Checked[K][1]>;
} = {
  Jurisdiction: true,
  Organization: true,
  DiscoveryDocument: true,
  PolicyAttachment: true,
  InterpretationLink: true,
  PolicyGovFields: true,
  PolicyItem: true,
  FeedAuthor: true,
  PolicyFeed: true,
  AccountQr: true,
  Account: true,
  AccountsDocument: true,
  QuestionService: true,
  QuestionForm: true,
  QuestionConsent: true,
  AnsweredQuestion: true,
  WorkingCalendar: true,
  QuestionsDocument: true,
  AnsweredPage: true,
  SubmitResponse: true,
  FieldErrorResponse: true,
  LookupResponse: true,
};

interface Checked {
  Jurisdiction: [T.Jurisdiction, Infer<typeof shapes.jurisdiction>];
  Organization: [T.Organization, Infer<typeof shapes.organization>];
  DiscoveryDocument: [T.DiscoveryDocument, Infer<typeof shapes.discovery>];
  PolicyAttachment: [T.PolicyAttachment, Infer<typeof shapes.attachment>];
  InterpretationLink: [T.InterpretationLink, Infer<typeof shapes.interpretationLink>];
  PolicyGovFields: [T.PolicyGovFields, Infer<typeof shapes.gov>];
  PolicyItem: [T.PolicyItem, Infer<typeof shapes.policyItem>];
  FeedAuthor: [T.FeedAuthor, Infer<typeof shapes.feedAuthor>];
  PolicyFeed: [T.PolicyFeed, Infer<typeof shapes.policyFeed>];
  AccountQr: [T.AccountQr, Infer<typeof shapes.accountQr>];
  Account: [T.Account, Infer<typeof shapes.account>];
  AccountsDocument: [T.AccountsDocument, Infer<typeof shapes.accountsDocument>];
  QuestionService: [T.QuestionService, Infer<typeof shapes.questionService>];
  QuestionForm: [T.QuestionForm, Infer<typeof shapes.questionForm>];
  QuestionConsent: [T.QuestionConsent, Infer<typeof shapes.questionConsent>];
  AnsweredQuestion: [T.AnsweredQuestion, Infer<typeof shapes.answeredQuestion>];
  WorkingCalendar: [T.WorkingCalendar, Infer<typeof shapes.workingCalendar>];
  QuestionsDocument: [T.QuestionsDocument, Infer<typeof shapes.questionsDocument>];
  AnsweredPage: [T.AnsweredPage, Infer<typeof shapes.answeredPage>];
  SubmitResponse: [T.SubmitResponse, Infer<typeof shapes.submitResponse>];
  FieldErrorResponse: [T.FieldErrorResponse, Infer<typeof shapes.fieldErrors>];
  LookupResponse: [T.LookupResponse, Infer<typeof shapes.lookupResponse>];
}

// A drift the compiler refuses: a field in the type that the shape (so the validator and the schema) lacks.
// @ts-expect-error — `nickname` is not something validation returns
const typeOnly: Same<T.Account & { readonly nickname?: string }, Infer<typeof shapes.account>> = true;

// The two drifts of issue 14, resolved: an "expected" field is optional in the type (validation keeps the
// document without it), and a discovery document's inline sections are not part of the validated value.
const titleMayBeAbsent: T.PolicyFeed = { version: 'https://jsonfeed.org/version/1.1', items: [] };
const versionMayBeAbsent: T.DiscoveryDocument = {};
// @ts-expect-error — validateDiscovery never copies a section: `sections` says where each is
const noInlineSection: T.DiscoveryDocument = { version: '1.0', policies: 'policies.json' };
const input: T.DiscoveryInput = { version: '1.0', policies: 'policies.json', accounts: { accounts: [] } };

describe('contract: one source for types, validator and schema', () => {
  it('compiles only when every interface is what its shape keeps (see npm run typecheck)', () => {
    expect(Object.values(same).every(Boolean)).to.equal(true);
    expect([typeOnly, titleMayBeAbsent, versionMayBeAbsent, noInlineSection, input]).to.have.length(5);
  });

  it('keeps a feed without a title, reporting it, as its type says', () => {
    const { value, issues } = validatePolicyFeed({ version: 'https://jsonfeed.org/version/1.1', items: [] }, 'https://county.example/feed.json');
    expect(value.title).to.equal(undefined);
    expect(issues.map((issue) => issue.path)).to.deep.equal(['$.title']);
  });

  it('infers enumerations from their lists', () => {
    const { value } = validateAccounts({ accounts: [{ id: 'a', name: 'n', platform: 'weibo', status: 'paused' }] }, 'https://county.example/a.json');
    const status: T.AccountStatus | undefined = value.accounts[0]?.status;
    expect(status).to.equal('paused');
    expect(shapes.ACCOUNT_STATUSES).to.include(status);
  });
});
