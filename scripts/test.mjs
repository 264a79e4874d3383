// `npm test`: the browser suite in headless Chromium, then the WordPress plugin's tests in a real
// WordPress where this machine has one (Debian's wordpress, mariadb-server and php-cli, as
// .ci/run installs them). Extra arguments go to the browser runner, e.g.
// `npm test -- --files tests/share-bar.test.ts` (the WordPress suite is then left out).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome, NO_CHROME } from './find-chrome.mjs';

if (!findChrome()) {
  console.error(NO_CHROME);
  process.exit(1);
}

/** Runs one suite, passing its output through, and reads its closing "N passed, N failed" line. */
function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('exit', (code) => {
      const counts = [...tail.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
      resolve({ code: code ?? 1, passed: Number(counts?.[1] ?? 0), failed: Number(counts?.[2] ?? 0) });
    });
  });
}

const extra = process.argv.slice(2);
const results = [await run(['node_modules/@web/test-runner/dist/bin.js', ...extra])];

const hasWordPress =
  existsSync('/usr/share/wordpress/wp-settings.php') && spawnSync('sh', ['-c', 'command -v mysqld_safe && command -v php']).status === 0;
if (!extra.length) {
  if (hasWordPress) {
    console.log('\nThe WordPress plugin, in a real WordPress:');
    results.push(await run(['wordpress/tests/run.mjs', '--no-build']));
  } else {
    console.log(
      '\nWordPress tests skipped: no WordPress here (apt-get install -y wordpress mariadb-server php-cli; see wordpress/README.md).',
    );
  }
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const code = results.some((r) => r.code !== 0) ? 1 : 0;
if (results.length > 1) console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(code);
