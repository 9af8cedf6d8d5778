#!/usr/bin/env node
// The screenshots of the validator page in the Chinese guide (docs/guide/zh-Hans.md), made again from
// dist/validate.html (npm run build) and the test fixtures of the page (test/node/fixtures/validator/), in
// Debian's Chromium through puppeteer-core, as a zh-CN reader sees them. Each is one part of the page, at a phone-ish
// width and 1× scale, so the PNGs stay small (the script fails when one is over 120 KB).
//   node scripts/guide-screenshots.mjs
/* global document -- in the functions puppeteer runs in the page */
import { statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixtures = `${root}test/node/fixtures/validator/`;
const out = `${root}docs/guide/`;
const MAX_BYTES = 120 * 1024;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 480, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await page.evaluateOnNewDocument(() => {
    Object.defineProperty(navigator, 'languages', { get: () => ['zh-CN', 'zh'] });
  });
  await page.goto(pathToFileURL(`${root}dist/validate.html`).href);

  /** @param {() => Promise<unknown>} action */
  const act = async (action) => {
    const before = await page.$eval('#status', (element) => element.textContent);
    await action();
    await page.waitForFunction(
      (old) => {
        const now = document.querySelector('#status')?.textContent ?? '';
        return now !== old && !now.includes('正在检查');
      },
      {},
      before,
    );
  };
  /**
   * @param {string} selector
   * @param {string} name
   */
  const shoot = async (selector, name) => {
    const element = await page.$(selector);
    if (!element) throw new Error(`no ${selector}`);
    const path = `${out}${name}`;
    await element.screenshot({ path });
    const { size } = statSync(path);
    console.log(`docs/guide/${name}: ${size.toLocaleString('en')} bytes`);
    if (size > MAX_BYTES) throw new Error(`docs/guide/${name} is over ${MAX_BYTES} bytes`);
  };

  await shoot('header', 'validator-page.png');
  await shoot('section[aria-labelledby="files-h"]', 'validator-files.png');

  await act(async () => {
    await page.$eval('#paste', (area) => {
      area.value = '{\n  "version": "1.0"，\n  "policies": "data/policies.json"\n}\n';
    });
    await page.click('#paste-check');
  });
  await shoot('section[aria-labelledby="results-h"]', 'validator-syntax-error.png');

  const input = await page.$('#files');
  if (!input) throw new Error('no #files');
  await act(() => input.uploadFile(`${fixtures}bad-date.json`));
  await shoot('section[aria-labelledby="results-h"]', 'validator-schema-error.png');

  await act(() => input.uploadFile(`${fixtures}disclosure.json`, `${fixtures}data/policies.json`));
  await shoot('section[aria-labelledby="results-h"]', 'validator-valid.png');
  await page.waitForFunction(() => document.querySelector('#preview gov-policy-feed')?.shadowRoot?.querySelector('[part~="item"]'));
  await page.evaluate(() => document.fonts.ready);
  await shoot('#preview gov-policy-feed', 'validator-preview.png');
} finally {
  await browser.close();
}
