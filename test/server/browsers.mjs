// The browsers the tests run in: every engine installed here, or the subset named in GOV_BROWSERS
// (comma-separated: chromium, firefox, webkit). Chromium through puppeteer (chrome-launcher finds it),
// Firefox through puppeteer's WebDriver BiDi, WebKit (WebKitGTK's MiniBrowser, the engine of Safari and of
// WeChat on iOS) through WebKitWebDriver inside a private Xvfb display that starts and stops with the run.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';

const which = (name) => {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
};

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'].find(existsSync);
const WEBKIT_DRIVER = which('WebKitWebDriver');
const XVFB = which('Xvfb');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const available = {
  chromium: true, // chrome-launcher looks for Chromium/Chrome itself and says so if there is none
  firefox: Boolean(FIREFOX),
  webkit: Boolean(MINIBROWSER && WEBKIT_DRIVER && XVFB),
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on a free display; resolves with the display number and a stop function. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.on('error', reject);
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ display: out.trim(), stop: () => xvfb.kill() });
    });
  });
}

async function waitForDriver(port, deadline = Date.now() + 15_000) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

// WebKit with a reader's default font size: MiniBrowser takes only string and boolean settings on its command line,
// so the reader groups use a small browser of the same WebKitGTK through GObject introspection.
const WEBKIT_READER = new URL('./webkit-reader.py', import.meta.url).pathname;
const webkitReaderAvailable = () => {
  try {
    execFileSync(
      '/usr/bin/python3',
      ['-c', "import gi; gi.require_version('WebKit2', '4.1'); gi.require_version('Gtk', '3.0'); from gi.repository import WebKit2"],
      {
        stdio: 'ignore',
      },
    );
    return true;
  } catch {
    return false;
  }
};

/**
 * A WebDriver launcher for WebKitGTK that owns its Xvfb and WebKitWebDriver processes; with `defaultFontSize`, the
 * browser is test/server/webkit-reader.py with that setting instead of MiniBrowser.
 */
function webkitLauncher({ defaultFontSize } = {}) {
  const stops = [];
  let launcher;
  const ready = (async () => {
    const xvfb = await startXvfb();
    stops.push(xvfb.stop);
    const port = await freePort();
    // A fresh cache and data folder per run: MiniBrowser must never answer from an earlier run's HTTP cache
    // (the test server marks files with an extension as cacheable for a year).
    const home = mkdtempSync(join(tmpdir(), 'gov-widgets-webkit-'));
    stops.push(() => rmSync(home, { recursive: true, force: true }));
    const driver = spawn(WEBKIT_DRIVER, ['--host=127.0.0.1', `--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: `:${xvfb.display}`, XDG_CACHE_HOME: join(home, 'cache'), XDG_DATA_HOME: join(home, 'data') },
    });
    stops.unshift(() => driver.kill());
    await waitForDriver(port);
    launcher = webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 asks for BiDi (webSocketUrl), which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': defaultFontSize
          ? { binary: WEBKIT_READER, args: ['--automation', `--default-font-size=${defaultFontSize}`] }
          : { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
    return launcher;
  })();
  const stopAll = () => stops.splice(0).forEach((stop) => stop());
  process.once('exit', stopAll);
  // A thin wrapper: the test runner may ask for the name before the processes are up.
  return {
    name: 'WebKit',
    type: 'webdriver',
    async initialize(config, testFiles) {
      await (await ready).initialize(config, testFiles);
    },
    async stop() {
      try {
        await launcher?.stop();
      } finally {
        stopAll();
      }
    },
    startSession: (...args) => launcher.startSession(...args),
    isActive: (...args) => launcher.isActive(...args),
    getBrowserUrl: (...args) => launcher.getBrowserUrl(...args),
    stopSession: (...args) => launcher.stopSession(...args),
    startDebugSession: (...args) => launcher.startDebugSession(...args),
    sendMouseMove: (...args) => launcher.sendMouseMove(...args),
    sendMouseClick: (...args) => launcher.sendMouseClick(...args),
    sendMouseDown: (...args) => launcher.sendMouseDown(...args),
    sendMouseUp: (...args) => launcher.sendMouseUp(...args),
    resetMouse: (...args) => launcher.resetMouse(...args),
    sendKeys: (...args) => launcher.sendKeys(...args),
    takeScreenshot: (...args) => launcher.takeScreenshot(...args),
  };
}

const LAUNCHERS = {
  chromium: () => chromeLauncher({ launchOptions: { args: CHROMIUM_ARGS } }),
  firefox: () => chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } }),
  webkit: webkitLauncher,
};

/** The engines for this run: GOV_BROWSERS picks them; an engine named there but not installed is an error. */
function wantedEngines(env) {
  const wanted = env.GOV_BROWSERS
    ? env.GOV_BROWSERS.split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean)
    : Object.keys(LAUNCHERS).filter((name) => available[name]);
  for (const name of wanted) {
    if (!(name in LAUNCHERS)) throw new Error(`GOV_BROWSERS: unknown engine "${name}" (chromium, firefox, webkit)`);
    if (!available[name]) throw new Error(`GOV_BROWSERS names ${name}, which is not installed here`);
  }
  return wanted;
}

/** The launchers for this run. */
export function browsers(env = process.env) {
  const wanted = wantedEngines(env);
  console.log(`[gov-widgets] browsers: ${wanted.join(', ')}`);
  return wanted.map((name) => LAUNCHERS[name]());
}

// Firefox keeps a default size per language group; a reader's change applies to the one of their language, and the
// widgets' pages may be in any of these.
const FIREFOX_LANGUAGE_GROUPS = ['x-western', 'zh-CN', 'zh-TW', 'zh-HK', 'ja', 'ko', 'x-cyrillic', 'el', 'x-unicode', 'ar', 'he', 'th'];

/**
 * Launchers whose default font size is `size` px, as a reader sets it in the browser's settings (the monospace
 * default moved in proportion, as the browsers' own settings pages do): Chromium through its per-page font-size
 * preferences (`Page.setFontSizes`, what chrome://settings/fonts writes), Firefox through its
 * `font.size.variable.*` preferences.
 */
export function readerBrowsers(size, env = process.env) {
  const fixed = Math.round((size * 13) / 16);
  const launchers = {
    chromium: () =>
      chromeLauncher({
        launchOptions: { args: CHROMIUM_ARGS },
        async createPage({ context }) {
          const page = await context.newPage();
          const cdp = await page.createCDPSession();
          await cdp.send('Page.setFontSizes', { fontSizes: { standard: size, fixed } });
          return page;
        },
      }),
    firefox: () =>
      chromeLauncher({
        puppeteer,
        launchOptions: {
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          extraPrefsFirefox: Object.fromEntries(
            FIREFOX_LANGUAGE_GROUPS.flatMap((group) => [
              [`font.size.variable.${group}`, size],
              [`font.size.monospace.${group}`, fixed],
            ]),
          ),
        },
      }),
    webkit: () => webkitLauncher({ defaultFontSize: size }),
  };
  // WebKit reads here only with GOV_READER_WEBKIT=1. Three fresh-clone runs (one on CI) stopped halfway with exit
  // 1 and no summary; in the one whose log shows it, a reader group's WebKit session (webkit-reader.py under
  // WebKitWebDriver) had just ended as it started, and the runner stopped a second later. Chromium and Firefox read
  // at 20 and 32 px in every run; WebKit's own run (MiniBrowser) runs every file.
  const wanted = wantedEngines(env).filter((name) => {
    if (name !== 'webkit') return true;
    if (env.GOV_READER_WEBKIT !== '1') return false;
    if (webkitReaderAvailable()) return true;
    console.warn('[gov-widgets] reader groups: no WebKit (install gir1.2-webkit2-4.1 for test/server/webkit-reader.py)');
    return false;
  });
  return wanted.map((name) => launchers[name]());
}
