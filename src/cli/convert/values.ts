/**
 * A cell's value in the contract's terms: the codes of its enumerations from the words counties use, counts
 * such as `1.2万` or `3,456`, and yes/no. Each reader returns `undefined` for what it cannot read, and the
 * caller reports it: nothing is guessed.
 */
import type { ACCOUNT_FUNCTIONS, ACCOUNT_STATUSES, LEGAL_FORCES, PLATFORMS, POLICY_KINDS } from '../../contract/shapes.js';
import { fold } from './text.js';

type Words<T extends string> = Readonly<Record<T, readonly string[]>>;

/** Words per code; the code itself is always accepted too. The first word is the one the templates show. */
export const KIND_WORDS: Words<(typeof POLICY_KINDS)[number]> = {
  policy: ['规范性文件', '政策文件', '政府文件', '文件', '政策'],
  interpretation: ['政策解读', '解读', '图解', '解读材料'],
  notice: ['通知', '公告', '通告', '公示'],
  plan: ['规划', '计划', '方案', '规划计划'],
  report: ['报告', '工作报告', '年度报告', '年报'],
  other: ['其他'],
};

export const LEGAL_FORCE_WORDS: Words<(typeof LEGAL_FORCES)[number]> = {
  in_force: ['有效', '现行有效', '现行', '生效'],
  partially_in_force: ['部分有效', '部分失效', '部分废止'],
  not_in_force: ['失效', '已失效', '废止', '已废止', '无效', '已修订'],
};

export const PLATFORM_WORDS: Words<(typeof PLATFORMS)[number]> = {
  wechat_oa: ['微信公众号', '公众号', '微信', '微信服务号', '微信订阅号', '服务号', '订阅号'],
  wechat_channels: ['微信视频号', '视频号'],
  weibo: ['微博', '新浪微博'],
  douyin: ['抖音', '抖音号'],
  kuaishou: ['快手', '快手号'],
  toutiao: ['今日头条', '头条号', '头条'],
  bilibili: ['哔哩哔哩', 'B站', 'bilibili'],
  xiaohongshu: ['小红书'],
  app: ['客户端', 'APP', '移动客户端', '手机客户端'],
  miniprogram: ['小程序', '微信小程序'],
  website: ['网站', '门户网站', '政府网站'],
  other: ['其他'],
};

export const STATUS_WORDS: Words<(typeof ACCOUNT_STATUSES)[number]> = {
  active: ['正常', '运行', '正常运行', '运营中', '在用', '开通'],
  paused: ['暂停', '暂停更新', '暂停运营'],
  closing: ['关停中', '拟关停', '注销中'],
  closed: ['已关停', '关停', '注销', '已注销', '关闭', '已关闭'],
  merged: ['已合并', '合并', '已整合', '整合'],
};

export const FUNCTION_WORDS: Words<(typeof ACCOUNT_FUNCTIONS)[number]> = {
  publish: ['信息发布', '发布', '宣传'],
  interact: ['互动交流', '互动', '留言', '咨询', '回复'],
  service: ['政务服务', '服务', '办事', '办事服务'],
};

const YES = ['是', '已认证', '认证', '有', '√', '✓', 'y', 'yes', 'true', '1'];
const NO = ['否', '未认证', '无', '没有', '×', '✗', 'n', 'no', 'false', '0'];

function index<T extends string>(words: Words<T>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [code, list] of Object.entries(words) as [T, readonly string[]][]) {
    map.set(fold(code), code);
    for (const word of list) map.set(fold(word), code);
  }
  return map;
}

const KINDS = index(KIND_WORDS);
const FORCES = index(LEGAL_FORCE_WORDS);
const PLATFORM_CODES = index(PLATFORM_WORDS);
const STATUSES = index(STATUS_WORDS);
const FUNCTIONS = index(FUNCTION_WORDS);

export const readKind = (text: string): (typeof POLICY_KINDS)[number] | undefined => KINDS.get(fold(text));
export const readLegalForce = (text: string): (typeof LEGAL_FORCES)[number] | undefined => FORCES.get(fold(text));
export const readPlatform = (text: string): (typeof PLATFORMS)[number] | undefined => PLATFORM_CODES.get(fold(text));
export const readStatus = (text: string): (typeof ACCOUNT_STATUSES)[number] | undefined => STATUSES.get(fold(text));

/** `信息发布、互动交流` → `['publish', 'interact']`; `undefined` when any part is not a function the contract has. */
export function readFunctions(text: string): (typeof ACCOUNT_FUNCTIONS)[number][] | undefined {
  const parts = text.split(/[,，、;；/|｜\s]+/).filter(Boolean);
  const codes = parts.map((part) => FUNCTIONS.get(fold(part)));
  if (codes.length === 0 || codes.some((code) => code === undefined)) return undefined;
  return [...new Set(codes.filter((code) => code !== undefined))];
}

/** 是/否, 已认证/未认证, √/×, yes/no …; `undefined` for anything else. */
export function readYesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const text = fold(value);
  if (YES.includes(text)) return true;
  if (NO.includes(text)) return false;
  return undefined;
}

const UNITS: Readonly<Record<string, number>> = { '': 1, 万: 10_000, w: 10_000, 亿: 100_000_000, k: 1_000, 千: 1_000 };

/**
 * A count as a whole number: `3456`, `3,456` (commas of any width), `1.2万`, `1.5亿`, `10万+` (WeChat's "more
 * than"), `12k`. `undefined` for negative numbers, fractions of one, or anything else.
 */
export function readCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .toLowerCase();
  // Thousands separators only where they stand in thousands: "3,45" is no count.
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万|w|亿|k|千)?\+?$/.exec(text);
  if (!match) return undefined;
  const [, whole = '', fraction = '', unit = ''] = match;
  const count = Math.round(Number(whole.replace(/,/g, '') + fraction) * UNITS[unit]!);
  return Number.isSafeInteger(count) ? count : undefined;
}
