/**
 * The form's sentences, written in zh-Hans with `msg()`. Each takes the widget's `msg` (its language
 * at the moment of the call), in render and in event handlers alike. The lookup's own words (a request's status,
 * a failed lookup) are in views/lookup.ts: they load with the lookup view.
 */
import { str } from '@lit/localize';
import type { FieldName, Problem } from './model/rules.js';
import type { Msg } from '../../core/i18n.js';
import { isolate } from '../../core/view/bidi.js';

export function fieldLabel(msg: Msg, field: FieldName): string {
  switch (field) {
    case 'service_code':
      return msg('留言类型', { id: 'ask.type-of-question' });
    case 'organization_id':
      return msg('受理单位', { id: 'ask.department' });
    case 'title':
      return msg('标题', { id: 'ask.title' });
    case 'description':
      return msg('留言内容', { id: 'ask.your-question' });
    case 'name':
      return msg('姓名', { id: 'ask.name' });
    case 'phone':
      return msg('手机号码', { id: 'ask.mobile-number' });
    case 'email':
      return msg('电子邮箱', { id: 'ask.e-mail' });
    case 'publish_consent':
      return msg('公开', { id: 'ask.publish' });
    case 'consent':
      return msg('同意个人信息处理说明', { id: 'ask.agree-to-the-privacy-notice' });
  }
}

/** The name of a category the document did not name itself (the contract's four). */
export function defaultServiceName(msg: Msg, code: string): string {
  switch (code) {
    case 'consult':
      return msg('咨询', { id: 'ask.enquiry' });
    case 'complaint':
      return msg('投诉', { id: 'ask.complaint' });
    case 'suggestion':
      return msg('建议', { id: 'ask.suggestion' });
    case 'help':
      return msg('求助', { id: 'ask.request-for-help' });
    default:
      return code;
  }
}

/** What is wrong with a field, and how to put it right. */
export function problemMessage(msg: Msg, problem: Problem): string {
  switch (problem.code) {
    case 'required':
      switch (problem.field) {
        case 'service_code':
          return msg('请选择留言类型。', { id: 'ask.choose-the-type-of-question' });
        case 'organization_id':
          return msg('请选择受理单位。', { id: 'ask.choose-the-department' });
        case 'title':
          return msg('请填写标题。', { id: 'ask.enter-a-title' });
        case 'description':
          return msg('请填写留言内容。', { id: 'ask.enter-your-question' });
        case 'name':
          return msg('请填写姓名。', { id: 'ask.enter-your-name' });
        case 'phone':
          return msg('请填写手机号码。', { id: 'ask.enter-your-mobile-number' });
        case 'email':
          return msg('请填写电子邮箱。', { id: 'ask.enter-your-e-mail-address' });
        default:
          return msg('请填写此项。', { id: 'ask.fill-in-this-field' });
      }
    case 'too-long': {
      const max = problem.max ?? 0;
      const over = (problem.length ?? 0) - max;
      return problem.field === 'title'
        ? msg(str`标题不能超过 ${isolate(max)} 个字，请删去 ${isolate(over)} 个字。`, { id: 'ask.the-title-must-be-characters' })
        : msg(str`留言内容不能超过 ${isolate(max)} 个字，请删去 ${isolate(over)} 个字。`, { id: 'ask.your-question-must-be-characters' });
    }
    case 'phone':
      return msg('请输入正确的手机号码，例如 138 0013 8000。', { id: 'ask.enter-a-valid-mobile-number' });
    case 'email':
      return msg('请输入正确的电子邮箱地址，例如 name@example.com。', { id: 'ask.enter-a-valid-e-mail' });
    case 'consent':
      return msg('请阅读个人信息处理说明，并勾选同意。', { id: 'ask.read-the-privacy-notice-and' });
  }
}

/** The visible count under a text field. */
export function remainingText(msg: Msg, remaining: number): string {
  return remaining >= 0
    ? msg(str`还可以输入 ${isolate(remaining)} 个字`, { id: 'ask.characters-left' })
    : msg(str`已超出 ${isolate(-remaining)} 个字`, { id: 'ask.characters-too-many' });
}

export type SendFailureReason = 'timeout' | 'network' | 'server' | 'rejected' | 'redirected' | 'bot';

/** Why a question was not sent, and that nothing typed is lost. */
export function sendFailureMessage(msg: Msg, reason: SendFailureReason, status: number | undefined): string {
  const code = status ?? '';
  switch (reason) {
    case 'timeout':
      return msg('服务器长时间没有响应，留言可能还没有送达。您填写的内容都还在，请点“重新提交”，不会重复提交。', { id: 'ask.the-server-did-not-answer' });
    case 'network':
      return msg('网络连接中断，留言可能还没有送达。您填写的内容都还在，请检查网络后点“重新提交”，不会重复提交。', { id: 'ask.the-connection-broke-so-your' });
    case 'server':
      return msg(str`服务器暂时出现问题（错误代码 ${isolate(code)}）。您填写的内容都还在，请稍后点“重新提交”，不会重复提交。`, {
        id: 'ask.the-server-has-a-problem-right',
      });
    case 'rejected':
      return msg(str`服务器没有接受这次提交（错误代码 ${isolate(code)}）。您填写的内容都还在，可以稍后重试，或改用电话联系。`, {
        id: 'ask.the-server-did-not-accept',
      });
    case 'redirected':
      return msg('提交地址把留言转到了别的地址。为保护个人信息，留言没有发送。请告知网站管理员。', { id: 'ask.the-submission-address-redirected-your' });
    case 'bot':
      return msg('无法提交。请刷新页面后重试。', { id: 'ask.your-question-could-not-be' });
  }
}

/** When a reader may send again after a 429: seconds for a short wait, minutes for a longer one, and the time. */
export function waitMessage(msg: Msg, until: number, locale: string, now: number = Date.now()): string {
  const seconds = Math.max(1, Math.ceil((until - now) / 1000));
  const clock = new Date(until).toLocaleTimeString(locale);
  if (seconds < 120)
    return msg(str`提交过于频繁。请在 ${isolate(seconds)} 秒后（${isolate(clock)}）再试，您填写的内容都还在。`, { id: 'ask.too-many-attempts-try-again' });
  const minutes = Math.ceil(seconds / 60);
  return msg(str`提交过于频繁。请在 ${isolate(minutes)} 分钟后（${isolate(clock)}）再试，您填写的内容都还在。`, { id: 'ask.too-many-attempts-try-again-in' });
}

/** Why the form (or the lookup) will not send: the document names an endpoint on another site. */
export function foreignEndpointMessage(msg: Msg, host: string): string {
  return msg(str`提交地址（${isolate(host)}）不是本网站的地址。为保护个人信息，表单已停用，不会发送任何内容。请告知网站管理员。`, {
    id: 'ask.the-submission-address-is-not',
  });
}

export function foreignLookupMessage(msg: Msg, host: string): string {
  return msg(str`查询地址（${isolate(host)}）不是本网站的地址，查询已停用。请告知网站管理员。`, { id: 'ask.the-lookup-address-is-not' });
}
