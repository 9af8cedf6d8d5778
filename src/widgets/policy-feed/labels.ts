/**
 * Names of the contract's codes in the reader's language. Each takes the widget's `msg`, so it answers in
 * the widget's language.
 */
import type { InterpretationFormat, LegalForce, PolicyKind } from '../../contract/types.js';
import type { Msg } from '../../core/i18n.js';

export function kindLabel(msg: Msg, kind: PolicyKind): string {
  switch (kind) {
    case 'policy':
      return msg('政策文件', { id: 'feed.policy' });
    case 'interpretation':
      return msg('政策解读', { id: 'feed.interpretation' });
    case 'notice':
      return msg('通知公告', { id: 'feed.notice' });
    case 'plan':
      return msg('规划计划', { id: 'feed.plan' });
    case 'report':
      return msg('工作报告', { id: 'feed.report' });
    case 'other':
      return msg('其他', { id: 'feed.other' });
  }
}

export function legalForceLabel(msg: Msg, force: LegalForce): string {
  switch (force) {
    case 'in_force':
      return msg('现行有效', { id: 'feed.in-force' });
    case 'partially_in_force':
      return msg('部分有效', { id: 'feed.partly-in-force' });
    case 'not_in_force':
      return msg('已失效', { id: 'feed.no-longer-in-force' });
  }
}

export function formatLabel(msg: Msg, format: InterpretationFormat): string {
  switch (format) {
    case 'text':
      return msg('文字解读', { id: 'feed.text' });
    case 'graphic':
      return msg('图文解读', { id: 'feed.illustrated' });
    case 'video':
      return msg('视频解读', { id: 'feed.video' });
    case 'qa':
      return msg('问答解读', { id: 'feed.qanda' });
  }
}

const FILE_TYPES: readonly [RegExp, string][] = [
  [/^application\/pdf$/, 'PDF'],
  [/^application\/ofd$/, 'OFD'],
  [/wordprocessingml|msword|^application\/vnd\.ms-word|^application\/wps/, 'Word'],
  [/spreadsheetml|ms-excel|^text\/csv$/, 'Excel'],
  [/presentationml|ms-powerpoint/, 'PPT'],
  [/^application\/(zip|x-zip-compressed|x-rar-compressed|vnd\.rar|x-7z-compressed)$/, 'ZIP'],
  [/^text\/plain$/, 'TXT'],
];

/**
 * A short name for an attachment's type: `PDF`, `Word`, `图片` … from its MIME type, else the file
 * extension of its URL, else the MIME subtype.
 */
export function fileTypeLabel(msg: Msg, mimeType: string, url: string | undefined): string {
  const type = mimeType.toLowerCase().split(';')[0]!.trim();
  for (const [pattern, label] of FILE_TYPES) if (pattern.test(type)) return label;
  if (type.startsWith('image/')) return msg('图片', { id: 'feed.image' });
  if (type.startsWith('video/')) return msg('视频', { id: 'feed.video-2' });
  if (type.startsWith('audio/')) return msg('音频', { id: 'feed.audio' });
  const extension = url ? /\.([a-z0-9]{1,5})$/i.exec(new URL(url).pathname)?.[1] : undefined;
  if (extension) return extension.toUpperCase();
  return (type.split('/')[1] ?? type)
    .replace(/^(x-|vnd\.)/, '')
    .slice(0, 12)
    .toUpperCase();
}

/** The file name at the end of a URL, for an attachment without a title. */
export function fileName(url: string | undefined): string {
  if (!url) return '';
  const last = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
