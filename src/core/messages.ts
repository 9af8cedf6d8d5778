/**
 * What a reader is told when a widget cannot show its data, through the widget's own `msg` (see i18n.ts);
 * the technical cause goes to `console.warn`, never into these texts.
 */
import { str } from '@lit/localize';
import type { ContractError } from '../contract/errors.js';
import { MAX_DOCUMENT_BYTES } from '../contract/limits.js';
import type { Msg } from './i18n.js';

/**
 * The words for one section, given by its widget (in the current UI locale): the heading of the error box,
 * naming what could not be shown, and the section's name inside a sentence.
 */
export interface ErrorLabels {
  readonly title: string;
  readonly section: string;
}

/** One sentence on what went wrong and what the reader can do. */
export function errorMessage(msg: Msg, error: ContractError, labels: ErrorLabels): string {
  switch (error.code) {
    case 'no-source':
      return msg('页面没有指定数据来源。请联系网站管理员。', { id: 'core.this-page-does-not-say' });
    case 'bad-source':
      return msg('页面指定的数据地址无效（只能是 http 或 https 地址）。请联系网站管理员。', { id: 'core.the-page-gives-the-data' });
    case 'too-large':
      return msg(str`数据文件太大（超过 ${Math.round(MAX_DOCUMENT_BYTES / 1024 / 1024)} MB），无法显示。请联系网站管理员。`, {
        id: 'core.the-data-file-is-too',
      });
    case 'network':
      return msg('无法连接到服务器。请检查网络连接后重试。', { id: 'core.could-not-reach-the-server' });
    case 'timeout':
      return msg('服务器响应超时。请稍后重试。', { id: 'core.the-server-took-too-long' });
    case 'not-found':
      return msg('找不到数据文件。请联系网站管理员。', { id: 'core.the-data-file-was-not' });
    case 'http':
      return error.retryable
        ? msg(str`服务器暂时无法提供数据（错误代码 ${error.status ?? ''}）。请稍后重试。`, { id: 'core.the-server-cannot-provide-the' })
        : msg(str`服务器拒绝了请求（错误代码 ${error.status ?? ''}）。请联系网站管理员。`, { id: 'core.the-server-refused-the-request' });
    case 'parse':
      return error.retryable
        ? msg('数据没有完整传输。请重试。', { id: 'core.the-data-did-not-arrive' })
        : msg('数据文件格式有误，无法读取。请联系网站管理员。', { id: 'core.the-data-file-is-malformed' });
    case 'version':
      return msg(str`数据文件的版本（${error.version ?? ''}）不受支持，本组件只能读取 1.x 版本。请联系网站管理员。`, { id: 'core.the-data-files-version-is' });
    case 'shape':
      return msg('数据文件的内容不符合规范，无法显示。请联系网站管理员。', { id: 'core.the-data-file-does-not' });
    case 'missing-section':
      return msg(str`数据文件中没有${labels.section}。请联系网站管理员。`, { id: 'core.the-data-file-has-no' });
  }
}
