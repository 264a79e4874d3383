import { relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import {
  MEDIA_RUNS,
  LABELS,
  filesArgument,
  findFirefox,
  firefoxPrefs,
  mediaTestFiles,
  missing,
  startDisplay,
  startWebKitDriver,
  webkitCapabilities,
  webkitMediaEnv,
} from './scripts/browsers.mjs';
import { hostPage } from './tests/hosts/pages.mjs';
import { rawDist } from './tests/loader/variants.mjs';

// One engine per run: TEST_ENGINE=chromium (the default), firefox or webkit. `npm test`
// (scripts/test.mjs) runs the three one after another.
const engine = process.env.TEST_ENGINE || 'chromium';
const why = missing(engine);
if (why) {
  console.error(`${LABELS[engine] ?? engine}: ${why}`);
  process.exit(1);
}

// The media runs of Firefox and WebKit: TEST_MEDIA_RUN names one of MEDIA_RUNS[engine]
// (scripts/test.mjs runs each after the engine's plain run), and only the files that ask for media
// load in it.
const mediaGroup = MEDIA_RUNS[engine].find((run) => run.name === process.env.TEST_MEDIA_RUN);
const mediaFiles = mediaTestFiles(filesArgument(process.argv));
if (mediaGroup && !mediaFiles.length) {
  console.error(`${mediaGroup.name}: no test file here asks for media with needs()`);
  process.exit(1);
}
const runLabel = mediaGroup ? `${LABELS[engine]} (launched with ${mediaGroup.label})` : LABELS[engine];

/** Prints each run's counts, the tests skipped with their reasons, and the closing "N passed, N failed". */
function countingReporter() {
  let passed = 0;
  let failed = 0;
  const skipped = [];
  const walk = (suite, path, where) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) skipped.push(`${where}${[...path, test.name].join(' › ')}`);
      else if (test.passed) passed++;
      else failed++;
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.name], where);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const group = session.group?.name && session.group.name !== 'default' ? `[${session.group.name}] ` : '';
        if (session.testResults) walk(session.testResults, [], `${group}${relative(process.cwd(), session.testFile)}: `);
        // A file that failed to load has no results but must not pass silently.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += session.errors?.length ? 1 : 0;
      }
    },
    stop() {
      if (skipped.length) {
        console.log(`\nSkipped in ${runLabel} (${skipped.length}):`);
        for (const line of skipped) console.log(`  - ${line}`);
      }
      console.log(`\n${runLabel}: ${passed} passed, ${failed} failed, ${skipped.length} skipped`);
      console.log(`${passed} passed, ${failed} failed`);
    },
  };
}

/** The page every test file runs in; it tells the tests which engine and launch media they have. */
const runnerHtml = (info) => (testFramework) =>
  `<!doctype html><html lang="en"><body><script>window.__engine = ${JSON.stringify(info)};</script>` +
  `<script type="module" src="${testFramework}"></script></body></html>`;

// WebDriver's codes for the named keys the tests press (the W3C WebDriver spec, "Keyboard actions").
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Meta: '\uE03D',
};

let browsers;
const groupInfo = MEDIA_RUNS[engine].map(({ name, media }) => ({ name, media }));
const runInfo = { name: engine, group: 'default', media: {}, groups: groupInfo };
if (mediaGroup) Object.assign(runInfo, { group: mediaGroup.name, label: mediaGroup.label, media: mediaGroup.media });
let extraPlugins = [];
if (engine === 'chromium') {
  browsers = [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS } })];
  extraPlugins = [
    {
      // @web/test-runner-commands' emulateMedia drops forcedColors under Puppeteer; Chrome has it.
      name: 'forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-forced-colors') return undefined;
        // The Puppeteer bundled with the runner refuses the feature's name; the protocol takes it.
        const cdp = await session.browser.getPage(session.id).target().createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }] });
        return true;
      },
    },
  ];
} else if (engine === 'firefox') {
  const { media = {} } = mediaGroup ?? {};
  browsers = [
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: firefoxPrefs(media) },
    }),
  ];
} else {
  const display = await startDisplay();
  const driver = await startWebKitDriver({ ...display.env, ...webkitMediaEnv(mediaGroup?.media) });
  process.on('exit', () => {
    driver.stop();
    display.stop();
  });
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  browsers = [
    webdriverLauncher({ hostname: '127.0.0.1', port: driver.port, path: '/', logLevel: 'error', capabilities: webkitCapabilities() }),
  ];
  extraPlugins = [
    {
      // WebKitWebDriver's sendKeys can neither hold a key down nor type a letter twice in a row:
      // key actions, each key down and up, do both.
      name: 'webdriver-keys',
      async executeCommand({ command, payload, session }) {
        if (command !== 'webdriver-keys') return undefined;
        const key = (name) => WEBDRIVER_KEYS[name] ?? name;
        const held = (payload.hold ?? []).map(key);
        const actions = [
          ...held.map((value) => ({ type: 'keyDown', value })),
          ...payload.keys.map(key).flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
          ...held.reverse().map((value) => ({ type: 'keyUp', value })),
        ];
        await session.browser.driverManager.performActions(session.id, [{ type: 'key', id: 'keyboard', actions }]);
        return true;
      },
    },
  ];
}

export default {
  files: mediaGroup ? mediaFiles : ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One tab at a time: a background tab gets no animation frames, and fixtures wait for frames.
  concurrency: 1,
  browsers,
  middleware: [rawDist()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    ...extraPlugins,
    {
      name: 'host-pages',
      serve(context) {
        const match = /^\/tests\/hosts\/([\w-]+)\.html$/.exec(context.path);
        const body = match && hostPage(match[1]);
        if (body) return { body, type: 'html' };
      },
    },
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
  // Headroom for a busy two-core machine; Firefox and WebKit (under Xvfb) are slower, axe most of all.
  testFramework: { config: { timeout: { chromium: 8000, firefox: 10000, webkit: 15000 }[engine] } },
  testRunnerHtml: runnerHtml(runInfo),
};
