/**
 * The validator page (dist/validate.html): the checks of `gov-widgets validate` on dropped or chosen files,
 * pasted text or a URL, in the command line's words, and a preview of the three widgets on the data checked.
 *
 * One classic script inlined in the page (scripts/validator-page.mjs), beside the inlined classic bundle of the
 * widgets: a page opened from `file://` can run neither module scripts nor fetches of neighbouring files. Every
 * text from data reaches the page through `textContent`, never as markup.
 */
import * as validators from 'gov:schema-validators';
import { check, type Finding, type Result } from '../cli/check.js';
import { decodeDocument } from '../cli/decode.js';
import { CLI_LOCALES, localeFromPosix, type CliLocale } from '../cli/locale.js';
import { CATALOGS, type Messages } from '../cli/messages.js';
import { schemaErrorsOf } from '../cli/schema-errors.js';
import { detectKind } from '../contract/validate.js';
import { lineOfPath } from './lines.js';
import { PAGE_CATALOGS, type PageMessages } from './messages.js';
import { localUrl, PageSource } from './source.js';

const schemaErrors = schemaErrorsOf(validators);

/** What the webmaster gave: files by name, or pasted text, or a URL. */
type Job =
  | { readonly kind: 'files'; readonly files: ReadonlyMap<string, Uint8Array> }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'url'; readonly url: string };

interface Checked {
  readonly result: Result;
  readonly source: PageSource;
}

const byId = <T extends HTMLElement>(id: string, type: new () => T): T => {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`validate.html: no #${id}`);
  return element;
};

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
};

/** The browser's first language the page speaks, else zh-Hans. */
function browserLocale(): CliLocale {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const locale = localeFromPosix(tag);
    if (locale) return locale;
  }
  return 'zh-Hans';
}

let locale: CliLocale = browserLocale();
let lastJob: Job | undefined;
/** Each check gets a number; a slower earlier check does not overwrite a later one's results. */
let generation = 0;

function parseJsonOf(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined) return undefined;
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) return undefined;
  try {
    return JSON.parse(decoded.text) as unknown;
  } catch {
    return undefined;
  }
}

async function runJob(job: Job, t: Messages, p: PageMessages): Promise<Checked[]> {
  const options = { now: Date.now(), staleDays: undefined };
  const one = async (start: string, files: ReadonlyMap<string, Uint8Array>, names?: ReadonlyMap<string, string>): Promise<Checked> => {
    const source = new PageSource(start, files, p, names);
    return { result: await check({ t, locale, source, schemaErrors }, source.name(start), options), source };
  };
  if (job.kind === 'url') return [await one(job.url, new Map())];
  if (job.kind === 'text') {
    // The pasted text is a file of its own; the name only shows, so it cannot collide with a dropped one.
    const start = localUrl('pasted.json');
    return [await one(start, new Map([['pasted.json', new TextEncoder().encode(job.text)]]), new Map([[start, p.pastedName]]))];
  }
  // Discovery documents first: the files they name are checked with them, the others each on its own.
  const names = [...job.files.keys()].sort((a, b) => {
    const discovery = (name: string): number => (detectKind(parseJsonOf(job.files.get(name))) === 'discovery' ? 0 : 1);
    return discovery(a) - discovery(b) || a.localeCompare(b);
  });
  const checked: Checked[] = [];
  const done = new Set<string>();
  for (const name of names) {
    const start = localUrl(name);
    if (done.has(start)) continue;
    const run = await one(start, job.files);
    for (const url of run.source.reads.keys()) done.add(url);
    checked.push(run);
  }
  return checked;
}

/** The data the preview shows: the start document with the sections it names by URL inlined from what was read. */
function previewData({ result, source }: Checked): { document: Record<string, unknown>; kind: string } | undefined {
  const json = parseJsonOf(source.reads.get(source.start));
  const kind = detectKind(json);
  if (kind === undefined || json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const document: Record<string, unknown> = { ...json };
  // Further pages are not offered: from file:// the widget could not fetch them.
  const firstPage = (section: unknown): unknown => {
    if (section === null || typeof section !== 'object' || Array.isArray(section)) return section;
    const rest: Record<string, unknown> = { ...section };
    delete rest['next_url'];
    delete rest['answered_next_url'];
    return rest;
  };
  if (kind === 'discovery') {
    for (const name of ['policies', 'accounts', 'questions'] as const) {
      const raw = document[name];
      if (typeof raw !== 'string') {
        document[name] = firstPage(raw);
        continue;
      }
      const reference = source.resolve(raw, source.start);
      const section = reference.ok ? parseJsonOf(source.reads.get(reference.url)) : undefined;
      if (section === undefined) delete document[name];
      else document[name] = firstPage(section);
    }
  }
  return { document: kind === 'discovery' ? document : { ...(firstPage(document) ?? {}) }, kind: result.documents[0]?.kind ?? kind };
}

function tagOf(f: Finding): string {
  return f.source === 'rule' ? (f.audit ? CATALOGS[locale].auditTag(f.audit) : (f.rule ?? 'rule')) : f.source;
}

/** A heading from a report line ("错误（2）：" → "错误（2）"). */
const heading = (text: string): string => text.replace(/[:：]\s*$/, '');

function renderFinding(f: Finding & { document: string }, source: PageSource, p: PageMessages): HTMLLIElement {
  const li = el('li', 'finding');
  const head = el('p', 'where');
  let line = f.line;
  if (line === undefined && f.path !== '$') {
    const bytes = source.reads.get(f.url);
    const decoded = bytes === undefined ? undefined : decodeDocument(bytes);
    if (decoded?.ok) line = lineOfPath(decoded.text, f.path);
  }
  if (line !== undefined && f.excerpt === undefined) head.append(el('span', 'line', p.line(line)), ' ');
  head.append(el('code', 'path', f.path));
  if (f.item) head.append(' ', el('span', 'item', [f.item.id, f.item.title === undefined ? undefined : `「${f.item.title}」`].filter(Boolean).join(' ')));
  head.append(' ', el('span', 'tag', `[${tagOf(f)}]`));
  li.append(head, el('p', 'message', f.message));
  if (f.excerpt) {
    const gutter = `${f.line ?? ''} | `;
    li.append(el('pre', 'excerpt', `${gutter}${f.excerpt[0]}\n${' '.repeat(gutter.length)}${f.excerpt[1]}`));
  }
  if (f.hint) li.append(el('p', 'hint', f.hint));
  return li;
}

function renderResult({ result, source }: Checked, t: Messages, p: PageMessages): HTMLElement {
  const section = el('section', `result ${result.valid ? 'valid' : 'invalid'}`);
  section.append(el('h3', undefined, result.target));
  const summary = t.summary(result.errors.length, result.warnings.length, result.documents.length, result.auditedAt.slice(0, 10));
  section.append(el('p', 'summary', result.valid ? t.valid(summary) : t.invalid(summary)));
  if (result.documents.length > 0) {
    section.append(el('h4', undefined, p.documentsHeading));
    const list = el('ul', 'documents');
    for (const doc of result.documents) {
      const name = doc.root ? `${doc.document} ${doc.root}` : doc.document;
      list.append(el('li', undefined, `${name} — ${doc.kind}${doc.count === undefined ? '' : ` (${t.count(doc.kind, doc.count)})`}`));
    }
    section.append(list);
  }
  const group = (title: string, findings: readonly (Finding & { document: string })[], className: string): void => {
    if (findings.length === 0) return;
    section.append(el('h4', className, heading(title)));
    const byDocument = new Map<string, (Finding & { document: string })[]>();
    for (const f of findings) byDocument.set(f.document, [...(byDocument.get(f.document) ?? []), f]);
    for (const [document, list] of byDocument) {
      section.append(el('p', 'document', document));
      const ul = el('ul', `findings ${className}`);
      for (const f of list) ul.append(renderFinding(f, source, p));
      section.append(ul);
    }
  };
  group(t.errors(result.errors.length), result.errors, 'errors');
  group(t.warnings(result.warnings.length), result.warnings, 'warnings');
  return section;
}

const WIDGETS = [
  { tag: 'gov-policy-feed', section: 'policies', title: 'previewFeed' },
  { tag: 'gov-account-directory', section: 'accounts', title: 'previewDirectory' },
  { tag: 'gov-ask-form', section: 'questions', title: 'previewForm' },
] as const;

function renderPreview(job: Job, checked: readonly Checked[], p: PageMessages): void {
  const preview = byId('preview', HTMLDivElement);
  preview.lang = locale;
  preview.replaceChildren();
  const data = checked.map(previewData).find((found) => found !== undefined);
  byId('preview-section', HTMLElement).hidden = data === undefined;
  if (!data) return;
  for (const widget of WIDGETS) {
    const shown = data.kind === 'discovery' ? data.document[widget.section] !== undefined : data.kind === widget.section;
    if (!shown) continue;
    const element = document.createElement(widget.tag);
    // A URL the widgets read themselves, so its relative URLs resolve as on the site; local data through their
    // `data` property (from file:// its relative URLs cannot resolve, which the note says).
    if (job.kind === 'url') element.setAttribute('src', job.url);
    else Object.assign(element, { data: data.document });
    preview.append(el('h3', undefined, p[widget.title]), element);
  }
}

function renderStatic(p: PageMessages): void {
  document.documentElement.lang = locale;
  document.title = p.title;
  const words: Record<string, unknown> = { ...p };
  for (const node of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const value = words[node.dataset['t'] ?? ''];
    if (typeof value === 'string') node.textContent = value;
  }
  byId('lang', HTMLSelectElement).value = locale;
}

async function start(job: Job): Promise<void> {
  lastJob = job;
  const mine = ++generation;
  const t = CATALOGS[locale];
  const p = PAGE_CATALOGS[locale];
  const status = byId('status', HTMLParagraphElement);
  const results = byId('results', HTMLDivElement);
  status.textContent = p.checking;
  const checked = await runJob(job, t, p);
  if (mine !== generation) return;
  results.replaceChildren(...checked.map((run) => renderResult(run, t, p)));
  const summaries = checked.map(({ result }) => {
    const summary = t.summary(result.errors.length, result.warnings.length, result.documents.length, result.auditedAt.slice(0, 10));
    return `${result.target}: ${result.valid ? t.valid(summary) : t.invalid(summary)}`;
  });
  status.textContent = checked.length === 1 ? (summaries[0] ?? '') : `${p.filesChecked(checked.length)}. ${summaries.join(' ')}`;
  renderPreview(job, checked, p);
}

function say(message: string): void {
  byId('status', HTMLParagraphElement).textContent = message;
}

async function fromFiles(list: FileList | null | undefined): Promise<void> {
  if (!list || list.length === 0) return;
  const files = new Map<string, Uint8Array>();
  for (const file of Array.from(list)) files.set(file.name, new Uint8Array(await file.arrayBuffer()));
  await start({ kind: 'files', files });
}

function main(): void {
  const select = byId('lang', HTMLSelectElement);
  for (const option of select.options) option.disabled = !CLI_LOCALES.some((known) => known === option.value);
  renderStatic(PAGE_CATALOGS[locale]);
  select.addEventListener('change', () => {
    const chosen = CLI_LOCALES.find((known) => known === select.value);
    if (!chosen) return;
    locale = chosen;
    renderStatic(PAGE_CATALOGS[locale]);
    if (lastJob) void start(lastJob);
  });
  const input = byId('files', HTMLInputElement);
  input.addEventListener('change', () => void fromFiles(input.files));
  // A file dropped anywhere is checked (and never opened by the browser in place of the page).
  const drop = byId('drop', HTMLDivElement);
  window.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  window.addEventListener('dragleave', () => drop.classList.remove('over'));
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    void fromFiles(event.dataTransfer?.files);
  });
  byId('paste-check', HTMLButtonElement).addEventListener('click', () => {
    const text = byId('paste', HTMLTextAreaElement).value;
    if (text.trim() === '') say(PAGE_CATALOGS[locale].emptyPaste);
    else void start({ kind: 'text', text });
  });
  const url = byId('url', HTMLInputElement);
  const fromUrl = (): void => {
    const value = url.value.trim();
    let href: string | undefined;
    try {
      href = /^https?:\/\//i.test(value) ? new URL(value).href : undefined;
    } catch {
      href = undefined;
    }
    if (href === undefined) say(PAGE_CATALOGS[locale].notAUrl(value));
    else void start({ kind: 'url', url: href });
  };
  byId('url-check', HTMLButtonElement).addEventListener('click', fromUrl);
  url.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') fromUrl();
  });
}

main();
