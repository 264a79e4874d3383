// `npm test`: the browser suite in headless Chromium. Extra arguments go to the runner, e.g.
// `npm test -- --files tests/share-bar.test.ts`.
import { spawn } from 'node:child_process';
import { findChrome, NO_CHROME } from './find-chrome.mjs';

if (!findChrome()) {
  console.error(NO_CHROME);
  process.exit(1);
}
const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 1));
