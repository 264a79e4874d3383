import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChrome, CHROME_ARGS, NO_CHROME } from './scripts/find-chrome.mjs';
import { hostPage } from './tests/hosts/pages.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_CHROME);
  process.exit(1);
}

/** Prints the plain closing line CI reads: "N passed, N failed". */
function countingReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) skipped++;
      else if (test.passed) passed++;
      else failed++;
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results but must not pass silently.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += session.errors?.length ? 1 : 0;
      }
    },
    stop() {
      console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One tab at a time: a background tab gets no animation frames, and fixtures wait for frames.
  concurrency: 1,
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
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
  testFramework: { config: { timeout: 5000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><body><script type="module" src="${testFramework}"></script></body></html>`,
};
