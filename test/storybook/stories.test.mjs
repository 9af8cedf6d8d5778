// Every story of the built Storybook renders, and every docs page shows what a webmaster needs: each story's iframe (storybook-static/iframe.html?id=…), opened in
// headless Chromium, shows its widget (defined, with its shadow content, in the state the story names) and
// logs no error (console.error, an uncaught exception, a failed request). Warnings are allowed: error-state
// stories send their technical cause to console.warn on purpose.
//
// Needs `npm run build-storybook` first (.ci/run builds it, then runs this):
//   node --test test/storybook/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { declarationOf } from '../../scripts/lib/manifest.mjs';

const STATIC = 'storybook-static';
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const built = existsSync(`${STATIC}/index.json`);
const entries = built ? Object.values(JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8')).entries) : [];
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');
const manifest = existsSync('custom-elements.json') ? JSON.parse(readFileSync('custom-elements.json', 'utf8')) : undefined;

/** In the story's iframe: resolves with what the story shows once its widgets have settled. */
function inspect() {
  const deadline = performance.now() + 15_000;
  return new Promise((resolve) => {
    const check = async () => {
      const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('gov-'));
      const ready = widgets.length > 0 && widgets.every((el) => customElements.get(el.localName) && el.shadowRoot?.querySelector('.base'));
      if (!ready && performance.now() < deadline) return void setTimeout(check, 50);
      // Until each has shown its data or its error (a loading story never does: a little while is enough).
      await Promise.race([Promise.all(widgets.map((el) => el.loadComplete)), new Promise((done) => setTimeout(done, 2000))]);
      await Promise.all(widgets.map((el) => el.updateComplete));
      resolve(
        widgets.map((el) => ({
          tag: el.localName,
          defined: Boolean(customElements.get(el.localName)),
          parts: [...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((p) => p.getAttribute('part').split(/\s+/)),
          text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
        })),
      );
    };
    check();
  });
}

/** What a story's name promises to show (a part of its widget's shadow tree), when it names a state. */
function expectedPart(story) {
  const name = story.name.toLowerCase();
  if (/loading/.test(name)) return 'loading';
  if (/error/.test(name) && !/validation|field/.test(name)) return 'error';
  if (/^empty$/.test(name) && story.title.includes('ask-form')) return undefined; // the empty form
  if (/^empty$/.test(name)) return 'empty';
  return undefined;
}

const WIDGETS = ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'];

/** A part each widget's live example shows only from its data: a policy, an account, the tabs of the form's views. */
const LIVE_PART = { 'gov-policy-feed': 'item', 'gov-account-directory': 'item', 'gov-ask-form': 'tab' };

/** In a docs page: its heading, the code blocks, and the first cells of the plain-words and the manifest's tables. */
function seenOnDocsPage() {
  const docs = document.querySelector('#storybook-docs');
  const firstCells = (selector) => [...docs.querySelectorAll(`${selector} tbody tr td:first-child`)].map((td) => td.textContent.trim());
  return {
    heading: docs.querySelector('h1')?.textContent ?? '',
    snippets: [...docs.querySelectorAll('pre')].map((pre) => pre.textContent).filter((code) => !code.includes('[data-radix')),
    plainRows: firstCells('table.gov-docs-attributes'),
    argRows: firstCells('table.docblock-argstable'),
  };
}

/** In a widget's docs page: its live example (the widget in the docs' story canvas) once it has shown its data. */
async function liveExample(tag) {
  const deadline = performance.now() + 15_000;
  let el;
  while (!(el = document.querySelector(`#storybook-docs .docs-story ${tag}`))?.shadowRoot?.querySelector('.base') && performance.now() < deadline)
    await new Promise((done) => setTimeout(done, 50));
  if (!el) return { src: null, parts: [], text: '' };
  await el.loadComplete?.catch(() => {});
  await el.updateComplete;
  return {
    src: el.getAttribute('src'),
    parts: [...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((p) => p.getAttribute('part').split(/\s+/)),
    text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
  };
}

test(
  'Storybook: every story renders its widget without errors, and every docs page what a webmaster needs',
  { skip: !built && `no ${STATIC}/ (run npm run build-storybook)`, timeout: 900_000 },
  async (t) => {
    assert.ok(stories.length >= 3, 'stories in index.json');
    for (const widget of WIDGETS) {
      assert.ok(
        stories.some((s) => s.title.endsWith(widget)),
        `stories of <${widget}>`,
      );
    }
    const server = await startStaticServer({ mounts: { '/': STATIC } });
    const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
    try {
      for (const story of stories) {
        await t.test(story.id, async () => {
          const page = await browser.newPage();
          const errors = [];
          page.on('console', (message) => {
            // A failed load is logged by the browser without its URL: the response listener names it.
            if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console.error: ${message.text()}`);
          });
          page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
          page.on('requestfailed', (request) => {
            // A story may abort its own requests (a form sending, then replaced); only real failures count.
            if (!/ERR_ABORTED/.test(request.failure()?.errorText ?? '')) errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
          });
          page.on('response', (response) => {
            if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') errors.push(`HTTP ${response.status()}: ${response.url()}`);
          });
          try {
            await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
            const widgets = await page.evaluate(inspect);
            assert.ok(widgets.length > 0, `${story.id}: a gov-* widget in the story`);
            for (const w of widgets) assert.ok(w.defined && w.parts.includes('base'), `${story.id}: <${w.tag}> rendered`);
            const part = expectedPart(story);
            if (part)
              assert.ok(
                widgets.some((w) => w.parts.includes(part)),
                `${story.id}: shows part="${part}" (${JSON.stringify(widgets.map((w) => w.parts.slice(0, 6)))})`,
              );
            assert.deepEqual(errors, [], `${story.id}: no errors`);
          } finally {
            await page.close();
          }
        });
      }
      // The docs pages, as a webmaster reads them: each widget's (stories/<widget>.mdx) has its heading, the snippet to
      // paste, a row in plain words for every attribute beside the manifest's table, and a live example showing
      // the demo county's data; the getting-started page has the snippet of all three.
      for (const entry of docs) {
        await t.test(entry.id, async () => {
          const page = await browser.newPage();
          const errors = [];
          page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
          page.on('console', (message) => {
            if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(`console.error: ${message.text()}`);
          });
          page.on('response', (response) => {
            if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') errors.push(`HTTP ${response.status()}: ${response.url()}`);
          });
          try {
            await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { waitUntil: 'load' });
            // The code blocks fill in after the page (their highlighter loads on its own).
            await page.waitForFunction(
              () => {
                const code = [...document.querySelectorAll('#storybook-docs pre')]
                  .map((pre) => pre.textContent)
                  .filter((text) => !text.includes('[data-radix'));
                return code.some((text) => text.includes('<script')) && code.every((text) => text.trim());
              },
              { timeout: 15_000 },
            );
            const shown = await page.evaluate(seenOnDocsPage);
            const tag = WIDGETS.find((name) => entry.title.endsWith(name));
            if (!tag) {
              // The getting-started page: one snippet with the script and all three widgets.
              assert.ok(
                shown.snippets.some((code) => code.includes('<script') && WIDGETS.every((name) => code.includes(`<${name}`))),
                `${entry.id}: a snippet with <script and the three widgets (${JSON.stringify(shown.snippets)})`,
              );
            } else {
              assert.match(shown.heading, new RegExp(`<${tag}>`), `${entry.id}: the heading names <${tag}>`);
              const paste = shown.snippets.find((code) => code.includes('<script') && code.includes(`<${tag} `));
              assert.ok(paste, `${entry.id}: a snippet to paste with <script and <${tag}> (${JSON.stringify(shown.snippets)})`);
              assert.match(paste, /charset="utf-8"/, `${entry.id}: the snippet keeps charset="utf-8" (GBK pages)`);
              assert.match(paste, /integrity="sha384-/, `${entry.id}: the snippet has the integrity attribute`);
              // Every attribute of the manifest has its row in both tables: in plain words, and in the manifest's
              // (none hidden by a part of the same name); no private member (#…) is listed.
              const attributes = declarationOf(manifest, tag).attributes.map((a) => a.name);
              assert.deepEqual([...shown.plainRows].sort(), [...attributes].sort(), `${entry.id}: a row in plain words for each attribute, and no other`);
              for (const attribute of attributes)
                assert.ok(
                  shown.argRows.some((row) => row.startsWith(attribute)),
                  `${entry.id}: a row for ${attribute} in the manifest's table`,
                );
              assert.deepEqual(
                shown.argRows.filter((row) => row.startsWith('#')),
                [],
                `${entry.id}: no private member`,
              );
              // The live example: the widget, as pasted, showing the demo county's data and no error box.
              const live = await page.evaluate(liveExample, tag);
              assert.equal(live.src, '/data/disclosure.json', `${entry.id}: the live example reads the demo data file`);
              assert.ok(!live.parts.includes('error'), `${entry.id}: no error box (${live.text})`);
              assert.ok(live.parts.includes(LIVE_PART[tag]), `${entry.id}: shows part="${LIVE_PART[tag]}" from the data (${live.parts.slice(0, 12)})`);
            }
            assert.deepEqual(errors, [], `${entry.id}: no errors`);
          } finally {
            await page.close();
          }
        });
      }
      // The toolbar's language, direction, theme and care switches reach the widgets of a story (no story arg
      // pins them): one plain story of each widget, and the readers' page with all three.
      const plain = [
        'widgets-gov-policy-feed--loaded',
        'widgets-gov-account-directory--by-organization',
        'widgets-gov-ask-form--empty',
        'readers-all-three-widgets--phone',
      ];
      for (const id of plain.filter((id) => stories.some((story) => story.id === id))) {
        await t.test(`${id} with the toolbar on en, rtl, dark and care`, async () => {
          const page = await browser.newPage();
          try {
            await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=lang:en;dir:rtl;theme:dark;care:on`, {
              waitUntil: 'load',
            });
            await page.evaluate(inspect);
            const widgets = await page.evaluate(() =>
              [...document.querySelectorAll('#storybook-root *')]
                .filter((el) => el.localName.startsWith('gov-'))
                .map((el) => ({
                  tag: el.localName,
                  locale: el.uiLocale,
                  direction: getComputedStyle(el).direction,
                  care: el.care,
                  scheme: getComputedStyle(el).colorScheme,
                })),
            );
            assert.ok(widgets.length > 0, id);
            for (const w of widgets) assert.deepEqual(w, { tag: w.tag, locale: 'en', direction: 'rtl', care: true, scheme: 'dark' }, `${id}: <${w.tag}>`);
          } finally {
            await page.close();
          }
        });
      }
    } finally {
      await browser.close();
      await server.close();
    }
  },
);
