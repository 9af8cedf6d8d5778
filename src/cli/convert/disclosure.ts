/**
 * The discovery document beside the converted files. When it is clearly ours — a discovery document whose
 * sections being written are absent or already name the files this command writes (as `gov-widgets init`
 * leaves it) — the section URLs are set, the organizations derived from 主办单位 are added (an organization
 * already there by the same name keeps its id) and `generated_at` is renewed. Anything else (a section
 * inline or elsewhere, a file that is not a discovery document) is left untouched: the report says what to
 * add by hand. Its organizations are read either way, so accounts and policies name them by their ids.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { detectKind } from '../../contract/validate.js';
import { organizationKey } from './ids.js';
import type { DerivedOrganization } from './records.js';

export const DISCLOSURE = 'disclosure.json';

export type SectionFile = { readonly section: 'policies'; readonly file: 'policies.json' } | { readonly section: 'accounts'; readonly file: 'accounts.json' };

export type Discovery =
  | { readonly state: 'none' }
  | { readonly state: 'foreign'; readonly why: 'unreadable' | 'not-discovery' | 'section-elsewhere'; readonly organizations: ReadonlyMap<string, string> }
  | { readonly state: 'ours'; readonly json: Record<string, unknown>; readonly organizations: ReadonlyMap<string, string>; readonly title: string | undefined };

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Organization ids by the comparable form of their names (zh-Hans, else the first language of a localized name). */
function organizationsOf(json: Record<string, unknown>): Map<string, string> {
  const map = new Map<string, string>();
  const list = Array.isArray(json['organizations']) ? json['organizations'] : [];
  for (const org of list) {
    if (!isRecord(org) || typeof org['id'] !== 'string') continue;
    const name = org['name'];
    const text = typeof name === 'string' ? name : isRecord(name) ? (name['zh-Hans'] ?? Object.values(name)[0]) : undefined;
    if (typeof text === 'string' && !map.has(organizationKey(text))) map.set(organizationKey(text), org['id']);
  }
  return map;
}

export async function readDiscovery(folder: string, writing: readonly SectionFile[]): Promise<Discovery> {
  let text: string;
  try {
    text = await readFile(join(folder, DISCLOSURE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
    return { state: 'foreign', why: 'unreadable', organizations: new Map() };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { state: 'foreign', why: 'unreadable', organizations: new Map() };
  }
  if (!isRecord(json) || detectKind(json) !== 'discovery') return { state: 'foreign', why: 'not-discovery', organizations: new Map() };
  const organizations = organizationsOf(json);
  if (writing.some(({ section, file }) => json[section] !== undefined && json[section] !== file)) {
    return { state: 'foreign', why: 'section-elsewhere', organizations };
  }
  const jurisdiction = isRecord(json['jurisdiction']) ? json['jurisdiction']['name'] : undefined;
  return { state: 'ours', json, organizations, title: typeof jurisdiction === 'string' ? jurisdiction : undefined };
}

/** The organizations to add: derived ones the document does not name yet. */
export function newOrganizations(discovery: Discovery, derived: readonly DerivedOrganization[]): DerivedOrganization[] {
  const known = discovery.state === 'none' ? new Map<string, string>() : discovery.organizations;
  const ids = new Set(known.values());
  return derived.filter((org) => !known.has(organizationKey(org.name)) && !ids.has(org.id));
}

export async function updateDiscovery(
  folder: string,
  discovery: Extract<Discovery, { state: 'ours' }>,
  writing: readonly SectionFile[],
  added: readonly DerivedOrganization[],
  now: Date,
): Promise<void> {
  const json: Record<string, unknown> = { ...discovery.json, generated_at: now.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  for (const { section, file } of writing) json[section] = file;
  if (added.length > 0) {
    const existing: unknown = json['organizations'];
    const list: unknown[] = Array.isArray(existing) ? Array.from<unknown>(existing) : [];
    json['organizations'] = [...list, ...added.map((org) => ({ id: org.id, name: org.name }))];
  }
  await writeFile(join(folder, DISCLOSURE), `${JSON.stringify(json, null, 2)}\n`, 'utf8');
}
