// `npm test`: the browser suite in each engine this machine has, one after another (Chromium,
// Firefox, WebKit: scripts/browsers.mjs), then the WordPress plugin's tests in a real WordPress
// where this machine has one (Debian's wordpress, mariadb-server and php-cli, as .ci/run
// installs them). Extra arguments go to the browser runner, e.g.
// `npm test -- --files tests/share-bar.test.ts` (the WordPress suite is then left out);
// `--engine firefox` (or `--engine chromium,webkit`) picks engines.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES, LABELS, MEDIA_RUNS, filesArgument, mediaTestFiles, missing } from './browsers.mjs';

const args = process.argv.slice(2);
let engines = ENGINES;
const at = args.findIndex((arg) => arg === '--engine' || arg.startsWith('--engine='));
if (at >= 0) {
  const value = args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  args.splice(at, args[at].includes('=') ? 1 : 2);
  engines = String(value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = engines.filter((name) => !ENGINES.includes(name));
  if (unknown.length || !engines.length) {
    console.error(`--engine takes ${ENGINES.join(', ')} (comma-separated); got "${value ?? ''}".`);
    process.exit(1);
  }
}

/** Runs one suite, passing its output through, and reads its closing "N passed, N failed" line. */
function run(args, env = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-20000);
    });
    child.on('exit', (code) => {
      const counts = [...tail.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
      const skipped = [...tail.matchAll(/^\w.*: \d+ passed, \d+ failed, (\d+) skipped$/gm)].pop();
      resolve({
        code: code ?? 1,
        counted: !!counts,
        passed: Number(counts?.[1] ?? 0),
        failed: Number(counts?.[2] ?? 0),
        skipped: Number(skipped?.[1] ?? 0),
        seconds: Math.round((Date.now() - started) / 1000),
      });
    });
  });
}

// Chromium is the reference engine (and the bench's): without it the run stops, as it always has.
if (engines.includes('chromium') && missing('chromium')) {
  console.error(missing('chromium'));
  process.exit(1);
}

const results = [];
const notRun = [];
for (const engine of engines) {
  const why = missing(engine);
  if (why) {
    notRun.push(`${LABELS[engine]} skipped: ${why}`);
    console.log(`\n${LABELS[engine]} skipped: ${why}`);
    continue;
  }
  // Firefox and WebKit have no media emulation: after the plain run, one run per set of launch
  // settings, for the tests that need them (web-test-runner.config.mjs), one browser at a time.
  const runs = [{ label: LABELS[engine], env: {} }];
  if (mediaTestFiles(filesArgument(args)).length) {
    for (const group of MEDIA_RUNS[engine]) {
      runs.push({ label: `${LABELS[engine]} launched with ${group.label}`, env: { TEST_MEDIA_RUN: group.name } });
    }
  }
  const total = { name: LABELS[engine], code: 0, passed: 0, failed: 0, skipped: 0, seconds: 0 };
  for (const { label, env } of runs) {
    console.log(`\n── ${label} ──`);
    const result = await run(['node_modules/@web/test-runner/dist/bin.js', ...args], { TEST_ENGINE: engine, ...env });
    // A runner that died before counting anything still fails the run.
    if (result.code !== 0 && !result.failed) result.failed = 1;
    for (const key of ['passed', 'failed', 'skipped', 'seconds']) total[key] += result[key];
    total.code ||= result.code;
  }
  results.push(total);
}
if (!results.length) {
  console.error('\nNo browser engine found to test in.');
  process.exit(1);
}

const hasWordPress =
  existsSync('/usr/share/wordpress/wp-settings.php') && spawnSync('sh', ['-c', 'command -v mysqld_safe && command -v php']).status === 0;
if (!args.length && at < 0) {
  if (hasWordPress) {
    console.log('\n── The WordPress plugin, in a real WordPress ──');
    results.push({ name: 'WordPress', ...(await run(['wordpress/tests/run.mjs', '--no-build'])) });
  } else {
    console.log(
      '\nWordPress tests skipped: no WordPress here (apt-get install -y wordpress mariadb-server php-cli; see wordpress/README.md).',
    );
  }
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const code = results.some((r) => r.code !== 0 || r.failed) ? 1 : 0;
console.log('\nBy engine:');
for (const r of results) {
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed${skipped} (${r.seconds} s)`);
}
for (const line of notRun) console.log(`  ${line}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(code);
