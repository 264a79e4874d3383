// The three engines the suite runs in, where this machine has them: Chromium (find-chrome.mjs),
// Firefox (ESR or current, over WebDriver BiDi through puppeteer-core) and WebKit (WebKitGTK's
// MiniBrowser through WebKitWebDriver, under Xvfb when there is no display). .ci/run installs
// all three from Debian: chromium, firefox-esr, webkit2gtk-driver and xvfb.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { findChrome, NO_CHROME } from './find-chrome.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

const first = (paths) => paths.find((path) => existsSync(path));

/** Firefox: FIREFOX_PATH, else the usual install paths. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return first(['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox']);
}

/** WebKit: WebKitWebDriver and the MiniBrowser it drives (WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH). */
export function findWebKit() {
  const driver = process.env.WEBKIT_DRIVER_PATH || first(['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver']);
  const browser =
    process.env.WEBKIT_BROWSER_PATH ||
    first([
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    ]);
  if (!driver || !existsSync(driver) || !browser || !existsSync(browser)) return undefined;
  return { driver, browser };
}

const hasXvfb = () => spawnSync('sh', ['-c', 'command -v Xvfb'], { stdio: 'ignore' }).status === 0;

/** Why an engine cannot run here, or undefined when it can. */
export function missing(engine) {
  if (engine === 'chromium') return findChrome() ? undefined : NO_CHROME;
  if (engine === 'firefox') {
    return findFirefox()
      ? undefined
      : 'no Firefox found: install one (Debian/Ubuntu: `apt-get install -y firefox-esr`) or set FIREFOX_PATH.';
  }
  if (engine === 'webkit') {
    if (!findWebKit()) {
      return 'no WebKitWebDriver and MiniBrowser found: install them (Debian/Ubuntu: `apt-get install -y webkit2gtk-driver xvfb`) or set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH.';
    }
    if (process.platform === 'linux' && !process.env.DISPLAY && !hasXvfb()) {
      return 'WebKitGTK needs a display: install Xvfb (`apt-get install -y xvfb`) or set DISPLAY.';
    }
    return undefined;
  }
  return `unknown engine "${engine}" (one of ${ENGINES.join(', ')})`;
}

/** A free TCP port on this machine. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts a virtual X display when WebKitGTK needs one (Linux without DISPLAY). Returns the
 * environment to run the browser in and a stop function; both are no-ops where a display exists.
 */
export async function startDisplay() {
  if (process.platform !== 'linux' || process.env.DISPLAY) return { env: {}, stop() {} };
  for (let n = 99; n < 120; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    let exited = false;
    xvfb.on('exit', () => (exited = true));
    for (let i = 0; i < 100 && !exited && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await sleep(50);
    if (exited) continue;
    const stop = () => {
      if (!exited) xvfb.kill();
    };
    process.on('exit', stop);
    return { env: { DISPLAY: `:${n}` }, stop };
  }
  throw new Error('Could not start Xvfb on displays :99 to :119.');
}

/** Starts WebKitWebDriver on a free port; resolves once it answers. */
export async function startWebKitDriver(env = {}) {
  const { driver } = findWebKit();
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, ...env } });
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (!exited) child.kill();
  };
  process.on('exit', stop);
  for (let i = 0; i < 200 && !exited; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return { port, stop };
    } catch {
      await sleep(50);
    }
  }
  stop();
  throw new Error(`WebKitWebDriver did not start (${driver} --port=${port}).`);
}

/** The webdriverio capabilities that open WebKitGTK's MiniBrowser in automation mode. */
export function webkitCapabilities() {
  const { browser } = findWebKit();
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
  };
}

/**
 * Firefox preferences for a quiet, deterministic test browser, plus the media a group fixes at
 * launch: Firefox's WebDriver BiDi has no media emulation, so reduced motion, the dark scheme and
 * forced colours are set as preferences when the browser starts.
 */
export function firefoxPrefs(media = {}) {
  const prefs = {
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.enabled': false,
    // The widgets' fades and counters wait for animation frames in a window that is never shown.
    'layout.frame_rate': 60,
    // Two languages are requested by some tests through <html lang>; the UI stays English.
    'intl.accept_languages': 'en-GB,en',
  };
  if (media.reducedMotion === 'reduce') prefs['ui.prefersReducedMotion'] = 1;
  else prefs['ui.prefersReducedMotion'] = 0;
  // 0: dark, 1: light (the content override of the browser's own theme).
  prefs['layout.css.prefers-color-scheme.content-override'] = media.colorScheme === 'dark' ? 0 : 1;
  if (media.forcedColors === 'active') {
    // 2: always use the system's colours, which is what forced-colors: active means.
    prefs['browser.display.document_color_use'] = 2;
    prefs['browser.display.use_system_colors'] = true;
  }
  return prefs;
}

/**
 * Media a test needs (tests/helpers.ts `needs()`). Chromium emulates them per test; Firefox's
 * WebDriver BiDi and WebKitWebDriver cannot, so each set below is a run of its own
 * (scripts/test.mjs): the browser launched with those settings (Firefox preferences; GTK settings
 * for WebKitGTK), running only the tests that need them. WebKit has no forced colours at all.
 */
export const MEDIA_RUNS = {
  chromium: [],
  firefox: [
    { name: 'firefox-reduced-motion', label: 'reduced motion', media: { reducedMotion: 'reduce' } },
    { name: 'firefox-dark', label: 'dark scheme', media: { colorScheme: 'dark' } },
    { name: 'firefox-forced-colors', label: 'forced colours, reduced motion', media: { forcedColors: 'active', reducedMotion: 'reduce' } },
  ],
  webkit: [
    { name: 'webkit-reduced-motion', label: 'reduced motion', media: { reducedMotion: 'reduce' } },
    { name: 'webkit-dark', label: 'dark scheme', media: { colorScheme: 'dark' } },
  ],
};

/**
 * The environment that launches WebKitGTK with the given media: GTK's settings (animations off is
 * reduced motion; the dark theme preferred is the dark scheme), in a settings file of its own.
 */
export function webkitMediaEnv(media = {}) {
  if (!media.reducedMotion && !media.colorScheme) return {};
  const dir = mkdtempSync(join(tmpdir(), 'coalition-webkit-'));
  mkdirSync(join(dir, 'gtk-3.0'));
  const settings = ['[Settings]'];
  if (media.reducedMotion === 'reduce') settings.push('gtk-enable-animations=false');
  if (media.colorScheme === 'dark') settings.push('gtk-application-prefer-dark-theme=true');
  writeFileSync(join(dir, 'gtk-3.0', 'settings.ini'), `${settings.join('\n')}\n`);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return { XDG_CONFIG_HOME: dir, ...(media.colorScheme === 'dark' && { GTK_THEME: 'Adwaita:dark' }) };
}

/** The `--files` given to the runner, if any. */
export function filesArgument(argv) {
  const at = argv.indexOf('--files');
  if (at < 0) return [];
  const after = argv.slice(at + 1);
  const end = after.findIndex((arg) => arg.startsWith('--'));
  return end < 0 ? after : after.slice(0, end);
}

/** The test files that ask for media with `needs({…})`, narrowed to `--files` when given. */
export function mediaTestFiles(given = []) {
  return readdirSync('tests')
    .filter((name) => name.endsWith('.test.ts') && /\bneeds\(\{/.test(readFileSync(`tests/${name}`, 'utf8')))
    .map((name) => `tests/${name}`)
    .filter((file) => !given.length || given.some((g) => g.replace(/^\.\//, '') === file));
}
