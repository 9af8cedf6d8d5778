/**
 * The columns a county writes, by the names it writes them under. Each field of the contract that a sheet can
 * fill has a list of aliases (the first is the name the templates use); a header matches an alias when both
 * are equal after {@link fold} (widths, spaces, brackets, 帐/账), or after dropping a bracketed remark
 * (`发布日期（YYYY-MM-DD）`).
 */
import { fold, foldWithoutRemarks, trimCell } from './text.js';

export type SheetKind = 'policies' | 'accounts';

export const POLICY_FIELDS = [
  'title',
  'doc_number',
  'index_no',
  'issuer',
  'signed_date',
  'date_published',
  'effective_date',
  'expiry_date',
  'legal_force',
  'topic',
  'kind',
  'url',
  'summary',
  'tags',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

export const ACCOUNT_FIELDS = [
  'name',
  'platform',
  'organization',
  'handle',
  'url',
  'followers',
  'last_post_at',
  'last_reply_at',
  'verified',
  'status',
  'functions',
  'description',
  'qr',
] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

export type Field<K extends SheetKind> = K extends 'policies' ? PolicyField : AccountField;

/** Aliases per field; the first is the header the templates write. */
export const POLICY_ALIASES: Readonly<Record<PolicyField, readonly string[]>> = {
  title: ['标题', '文件名称', '名称', '文件标题', '政策名称'],
  doc_number: ['文号', '发文字号', '发文文号'],
  index_no: ['索引号'],
  issuer: ['发布机构', '发文机关', '发文单位', '发布单位', '发文机构'],
  signed_date: ['成文日期', '发文日期'],
  date_published: ['发布日期', '公开日期', '发布时间'],
  effective_date: ['生效日期', '施行日期', '实施日期'],
  expiry_date: ['失效日期', '废止日期'],
  legal_force: ['有效性', '时效性', '效力状态', '效力'],
  topic: ['主题', '主题分类'],
  kind: ['类别', '文种', '体裁', '文件类型'],
  url: ['链接', '网址', 'URL', '原文链接'],
  summary: ['摘要', '内容概述', '内容摘要'],
  tags: ['关键词', '标签'],
};

export const ACCOUNT_ALIASES: Readonly<Record<AccountField, readonly string[]>> = {
  name: ['账号名称', '名称', '新媒体名称'],
  platform: ['平台', '类型', '账号类型', '平台类型'],
  organization: ['主办单位', '运营主体', '开办主体', '开办单位'],
  handle: ['账号ID', '微信号', '账号'],
  url: ['链接', '主页', '网址', '主页链接'],
  followers: ['粉丝数', '关注数', '粉丝量'],
  last_post_at: ['最近更新', '最后更新时间', '最近更新时间', '最新发布时间'],
  last_reply_at: ['最近回复', '最近回复时间'],
  verified: ['认证', '是否认证'],
  status: ['状态', '运行状态'],
  functions: ['功能', '账号功能', '主要功能'],
  description: ['简介', '功能介绍'],
  qr: ['二维码'],
};

export const REQUIRED: { readonly policies: readonly PolicyField[]; readonly accounts: readonly AccountField[] } = {
  policies: ['title', 'date_published'],
  accounts: ['name', 'platform'],
};

function aliasesOf(kind: SheetKind): Readonly<Record<string, readonly string[]>> {
  return kind === 'policies' ? POLICY_ALIASES : ACCOUNT_ALIASES;
}

const folded = (kind: SheetKind): Map<string, string> => {
  const map = new Map<string, string>();
  for (const [field, aliases] of Object.entries(aliasesOf(kind))) for (const alias of aliases) map.set(fold(alias), field);
  return map;
};
const FOLDED = { policies: folded('policies'), accounts: folded('accounts') };

/** The field a header names, or `undefined`. */
export function fieldOf(kind: SheetKind, header: string): string | undefined {
  const map = FOLDED[kind];
  return map.get(fold(header)) ?? map.get(foldWithoutRemarks(header));
}

export interface HeaderMatch {
  /** Column index (0-based) of each field found; the first column wins when two name one field. */
  readonly columns: ReadonlyMap<string, number>;
  /** The header text of each column index (trimmed), for messages. */
  readonly names: readonly string[];
  /** Headers that name no field (not empty). */
  readonly unknown: readonly string[];
  /** Headers naming a field another column already named. */
  readonly repeated: readonly string[];
  /** Required fields without a column. */
  readonly missing: readonly string[];
}

export function matchHeaders(kind: SheetKind, row: readonly unknown[]): HeaderMatch {
  const columns = new Map<string, number>();
  const names: string[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  row.forEach((cell, index) => {
    const name = typeof cell === 'string' ? trimCell(cell) : typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : '';
    names[index] = name;
    if (name === '') return;
    const field = fieldOf(kind, name);
    if (field === undefined) unknown.push(name);
    else if (columns.has(field)) repeated.push(name);
    else columns.set(field, index);
  });
  const missing = REQUIRED[kind].filter((field) => !columns.has(field));
  return { columns, names, unknown, repeated, missing };
}

/** How many cells of a row are headers of `kind`. */
export function score(kind: SheetKind, row: readonly unknown[]): number {
  return row.filter((cell) => typeof cell === 'string' && fieldOf(kind, cell) !== undefined).length;
}

/**
 * The header row and the kind of a sheet: among its first rows (a ledger often starts with a title row such
 * as "某县政务新媒体备案登记表"), the first with at least two known headers. With `kind` given only that
 * kind is tried; otherwise the kind whose required headers are there, then the one with more known headers.
 */
export function findHeader(rows: readonly (readonly unknown[])[], kind?: SheetKind): { row: number; kind: SheetKind } | undefined {
  const kinds: readonly SheetKind[] = kind ? [kind] : ['policies', 'accounts'];
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const row = rows[r]!;
    const ranked = kinds
      .map((k) => ({ kind: k, score: score(k, row), complete: matchHeaders(k, row).missing.length === 0 }))
      .filter((c) => c.score >= 2)
      .sort((a, b) => Number(b.complete) - Number(a.complete) || b.score - a.score);
    if (ranked[0]) return { row: r, kind: ranked[0].kind };
  }
  return undefined;
}
