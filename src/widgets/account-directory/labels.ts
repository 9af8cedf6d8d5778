/** Platform names in the reader's language (the icons beside them are views/icons.ts). */
import { pickText, type Account, type Platform } from '../../contract/index.js';
import type { Msg } from '../../core/i18n.js';

/** The platform's name, through the widget's `msg`. */
export function platformName(msg: Msg, platform: Platform): string {
  switch (platform) {
    case 'wechat_oa':
      return msg('微信公众号', { id: 'directory.wechat-official-account' });
    case 'wechat_channels':
      return msg('微信视频号', { id: 'directory.wechat-channels' });
    case 'weibo':
      return msg('微博', { id: 'directory.weibo' });
    case 'douyin':
      return msg('抖音', { id: 'directory.douyin' });
    case 'kuaishou':
      return msg('快手', { id: 'directory.kuaishou' });
    case 'toutiao':
      return msg('今日头条', { id: 'directory.toutiao' });
    case 'bilibili':
      return msg('哔哩哔哩', { id: 'directory.bilibili' });
    case 'xiaohongshu':
      return msg('小红书', { id: 'directory.xiaohongshu' });
    case 'app':
      return msg('移动客户端', { id: 'directory.mobile-app' });
    case 'miniprogram':
      return msg('小程序', { id: 'directory.mini-program' });
    case 'website':
      return msg('网站', { id: 'directory.website' });
    case 'other':
      return msg('其他平台', { id: 'directory.other-platform' });
  }
}

/** The name of an account's platform: `platform_label` names an `other` one. */
export function accountPlatformName(msg: Msg, account: Account, language: string): string {
  if (account.platform === 'other' && account.platform_label !== undefined) {
    const label = pickText(account.platform_label, language);
    if (label !== '') return label;
  }
  return platformName(msg, account.platform);
}
