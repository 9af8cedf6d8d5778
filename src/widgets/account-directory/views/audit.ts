/** The audit view: the summary for supervisors, and each account's flags with the reason in words. */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { AUDIT_RULES, pickText, type AuditFlag, type AuditReport, type AuditRule } from '../../../contract/index.js';
import { formatDate, formatNumber } from '../../../core/format.js';
import type { DirectoryEntry } from '../model.js';
import { platformName } from '../labels.js';
import { isolate } from '../../../core/view/bidi.js';
import type { ViewContext } from './context.js';
import type { Msg } from '../../../core/i18n.js';

/** What a rule checks, for the summary. */
export function ruleLabel(msg: Msg, rule: AuditRule, staleDays: number): string {
  switch (rule) {
    case 'stale':
      return staleDays === 1
        ? msg('超过 1 天未更新（“僵尸”账号）', { id: 'directory.no-post-for-more-than' })
        : msg(str`超过 ${isolate(staleDays)} 天未更新（“僵尸”账号）`, { id: 'directory.no-post-for-more-than-days' });
    case 'duplicate':
      return msg('同一单位在同一平台有多个在用账号', { id: 'directory.more-than-one-active-account' });
    case 'no-interaction':
      return msg('没有互动渠道', { id: 'directory.no-interaction-channel' });
    case 'unverified':
      return msg('未经平台认证', { id: 'directory.not-verified-by-the-platform' });
  }
}

/** Why one account fails one rule, in words. */
export function flagReason(flag: AuditFlag, ctx: ViewContext): string {
  const { msg } = ctx;
  switch (flag.rule) {
    case 'stale':
      if (flag.days === null) return msg('没有最近发布日期', { id: 'directory.no-date-of-the-last' });
      return flag.days === 1
        ? msg('已 1 天未更新', { id: 'directory.no-post-for-1-day' })
        : msg(str`已 ${isolate(formatNumber(flag.days, ctx.locale))} 天未更新`, { id: 'directory.no-post-for-days' });
    case 'duplicate': {
      const organization = ctx.model.organizations.get(flag.organizationId);
      const name = isolate(organization ? pickText(organization.name, ctx.language) : flag.organizationId);
      const count = isolate(formatNumber(flag.others.length + 1, ctx.locale));
      return msg(str`${name}在${isolate(platformName(msg, flag.platform))}有 ${count} 个在用账号`, { id: 'directory.active-accounts-of-on' });
    }
    case 'no-interaction':
      return msg('没有互动渠道', { id: 'directory.no-interaction-channel' });
    case 'unverified':
      return msg('未认证', { id: 'directory.not-verified' });
  }
}

/** The summary: how many accounts, how many audited, how many fail, and how many fail each rule. */
export function renderAuditSummary(report: AuditReport, ctx: ViewContext): TemplateResult {
  const { msg } = ctx;
  const number = (n: number) => formatNumber(n, ctx.locale);
  const checked = isolate(formatDate(new Date(report.checkedAt).toISOString(), ctx.locale, 'long'));
  return html`<section class="audit" part="audit" aria-labelledby="audit-title">
    <h3 class="audit-title" id="audit-title">${msg('合规检查', { id: 'directory.compliance-check' })}</h3>
    <p class="hint">
      ${msg(str`按政务新媒体管理规定检查在用账号（检查日期：${checked}）。暂停、关停和合并的账号不检查。`, { id: 'directory.active-accounts-checked-against-the' })}
    </p>
    <dl class="audit-totals">
      <div><dt>${msg('账号总数', { id: 'directory.accounts-2' })}</dt><dd>${number(report.total)}</dd></div>
      <div><dt>${msg('检查的在用账号', { id: 'directory.active-accounts-checked' })}</dt><dd>${number(report.audited)}</dd></div>
      <div class=${report.failing > 0 ? 'failing' : ''}><dt>${msg('未通过', { id: 'directory.failing' })}</dt><dd>${number(report.failing)}</dd></div>
    </dl>
    <dl class="audit-rules" aria-label=${msg('各项未通过的账号数', { id: 'directory.failing-accounts-by-rule' })}>
      ${AUDIT_RULES.map(
        (rule) => html`<div class=${report.byRule[rule] > 0 ? 'failing' : ''}>
          <dt>${ruleLabel(msg, rule, report.staleDays)}</dt>
          <dd>${number(report.byRule[rule])}</dd>
        </div>`,
      )}
    </dl>
  </section>`;
}

/** One account's result: its flags with reasons, a pass, or why it was not checked. */
export function renderAccountAudit(entry: DirectoryEntry, ctx: ViewContext): TemplateResult | typeof nothing {
  const { msg } = ctx;
  if (!ctx.audit) return nothing;
  const flags = ctx.audit.get(entry.account.id);
  if (flags === undefined) {
    return html`<p class="audit-result skipped" part="audit-result">${msg('不检查：非在用账号', { id: 'directory.not-checked-not-an-active' })}</p>`;
  }
  if (flags.length === 0) {
    return html`<p class="audit-result passed" part="audit-result">${msg('检查通过', { id: 'directory.passes-the-check' })}</p>`;
  }
  return html`<div class="audit-result failed" part="audit-result">
    <p class="audit-result-title">${msg(str`未通过检查（${isolate(formatNumber(flags.length, ctx.locale))} 项）：`, { id: 'directory.fails-the-check' })}</p>
    <ul class="flags" part="flags">
      ${flags.map((flag) => html`<li class="flag" data-rule=${flag.rule}>${flagReason(flag, ctx)}</li>`)}
    </ul>
  </div>`;
}
