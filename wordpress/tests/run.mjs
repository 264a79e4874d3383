#!/usr/bin/env node
// The WordPress plugin in a real WordPress: Debian's `wordpress` package, MariaDB and php -S, with
// Chromium driving wp-login, the REST API, the settings page and the posts.
//
//   node wordpress/tests/run.mjs [--no-build] [--keep]
//
// Needs (Debian): apt-get install -y wordpress mariadb-server php-cli chromium; run as root (it
// writes /etc/wordpress/config-127.0.0.1.php and the plugin into /var/lib/wordpress/wp-content).
// --no-build tests dist/coalition-embed-wordpress.zip as it is instead of building it first;
// --keep leaves WordPress running until Ctrl-C, to look around.
// Prints one line per test and ends with "N passed, N failed"; exits 1 on any failure.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const WP = '/usr/share/wordpress';
const CONTENT = '/var/lib/wordpress/wp-content';
const PLUGIN_DIR = join(CONTENT, 'plugins/coalition-embed');
const UPLOADS_DIR = join(CONTENT, 'uploads/coalition-embed-test');
const CONFIG = '/etc/wordpress/config-127.0.0.1.php';
const CONFIG_MARK = 'written by coalition-embed wordpress/tests/run.mjs';
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Every element the build describes (dist/settings.json, from src/elements.ts).
const TAGS = Object.keys(JSON.parse(readFileSync(join(root, 'dist/settings.json'), 'utf8')).elements);
const argv = new Set(process.argv.slice(2));

const started = Date.now();
const log = (...parts) => console.log(...parts);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// --- What we start, and stop again whatever happens ----------------------------------------

const cleanups = [];
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (e) {
        console.error(`cleanup: ${e.message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping Chromium, php -S and MariaDB`);
    cleanup().then(() => process.exit(130));
  });
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000, ...options });
  if (result.error) throw new Error(`${cmd}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Starts a long-running process in its own process group, stopped at cleanup. */
function daemon(name, cmd, args, options = {}) {
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  child.stdout.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.stderr.on('data', (d) => (output = (output + d).slice(-20_000)));
  const exited = new Promise((r) => child.on('exit', r));
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (!done) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  });
  return { child, name, output: () => output, exited };
}

async function waitFor(what, check, timeout = 30_000) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      /* not ready yet: try again */
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const freePort = () =>
  new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => res(port));
    });
  });

// --- The site -----------------------------------------------------------------------------

const tmp = mkdtempSync(join(tmpdir(), 'coalition-embed-wp-'));
const db = {
  name: 'coalition_embed_test',
  user: 'coalition_embed',
  password: randomBytes(12).toString('hex'),
  socket: join(tmp, 'mysqld.sock'),
};
const adminPass = randomBytes(9).toString('base64url');
const editorPass = randomBytes(9).toString('base64url');
const debugLog = join(tmp, 'wp-debug.log');
let base;
let port;
let site;

async function preflight() {
  const missing = [];
  if (!existsSync(join(WP, 'wp-load.php'))) missing.push('wordpress (Debian package)');
  if (!existsSync('/usr/bin/mysqld_safe')) missing.push('mariadb-server');
  if (spawnSync('php', ['-v']).status !== 0) missing.push('php-cli');
  if (!existsSync(CHROME)) missing.push(`chromium (${CHROME}; or set CHROME_PATH)`);
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}; apt-get install -y wordpress mariadb-server php-cli chromium`);
  if (typeof process.getuid === 'function' && process.getuid() !== 0)
    throw new Error('run as root: the tests write /etc/wordpress and /var/lib/wordpress');
}

function buildZip() {
  const zip = join(root, 'dist/coalition-embed-wordpress.zip');
  if (!argv.has('--no-build')) run(process.execPath, [join(root, 'wordpress/build.mjs')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (!existsSync(zip)) throw new Error(`${zip} is missing (run node wordpress/build.mjs)`);
  // WordPress deletes the package after unpacking it: give it a copy.
  const copy = join(tmp, 'coalition-embed-wordpress.zip');
  copyFileSync(zip, copy);
  return copy;
}

async function startDatabase() {
  const data = join(tmp, 'mysql');
  run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${data}`,
    '--user=root',
    '--auth-root-authentication-method=socket',
    '--skip-test-db',
  ]);
  const pidFile = join(tmp, 'mysqld.pid');
  const mysqld = daemon('mysqld_safe', 'mysqld_safe', [
    '--no-defaults',
    `--datadir=${data}`,
    `--socket=${db.socket}`,
    `--pid-file=${pidFile}`,
    `--log-error=${join(tmp, 'mysqld.err')}`,
    '--skip-networking',
    '--user=root',
  ]);
  // mysqld_safe restarts a mysqld that dies; stop the server itself first, then mysqld_safe ends.
  cleanups.push(async () => {
    if (!existsSync(db.socket)) return;
    spawnSync('mariadb-admin', [`--socket=${db.socket}`, '-uroot', 'shutdown'], { timeout: 20_000 });
    await Promise.race([mysqld.exited, sleep(10_000)]);
  });
  await waitFor(
    'MariaDB',
    () => existsSync(db.socket) && spawnSync('mariadb-admin', [`--socket=${db.socket}`, '-uroot', 'ping']).status === 0,
    30_000,
  ).catch((e) => {
    throw new Error(
      `${e.message}\n${mysqld.output()}${existsSync(join(tmp, 'mysqld.err')) ? readFileSync(join(tmp, 'mysqld.err'), 'utf8').slice(-3000) : ''}`,
    );
  });
  run('mariadb', [
    `--socket=${db.socket}`,
    '-uroot',
    '-e',
    `DROP DATABASE IF EXISTS ${db.name}; CREATE DATABASE ${db.name} DEFAULT CHARACTER SET utf8mb4;
     DROP USER IF EXISTS '${db.user}'@'localhost'; CREATE USER '${db.user}'@'localhost' IDENTIFIED BY '${db.password}';
     GRANT ALL PRIVILEGES ON ${db.name}.* TO '${db.user}'@'localhost'; FLUSH PRIVILEGES;`,
  ]);
}

function writeConfig() {
  const q = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (existsSync(CONFIG) && !readFileSync(CONFIG, 'utf8').includes(CONFIG_MARK)) {
    // Someone's own site on 127.0.0.1: set it aside and put it back afterwards.
    const backup = `${CONFIG}.before-coalition-embed-tests`;
    renameSync(CONFIG, backup);
    cleanups.push(() => renameSync(backup, CONFIG));
  }
  const salts = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ]
    .map((name) => `define( ${q(name)}, ${q(randomBytes(32).toString('hex'))} );`)
    .join('\n');
  mkdirSync(dirname(CONFIG), { recursive: true });
  writeFileSync(
    CONFIG,
    `<?php
// ${CONFIG_MARK}; removed when the tests end.
define( 'DB_NAME', ${q(db.name)} );
define( 'DB_USER', ${q(db.user)} );
define( 'DB_PASSWORD', ${q(db.password)} );
define( 'DB_HOST', ${q(`localhost:${db.socket}`)} );
define( 'WP_CONTENT_DIR', ${q(CONTENT)} );
define( 'WP_HOME', ${q(base)} );
define( 'WP_SITEURL', ${q(base)} );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${q(debugLog)} );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
${salts}
`,
    { mode: 0o640 },
  );
  cleanups.push(() => rmSync(CONFIG, { force: true }));
}

function wp(command, ...args) {
  const out = run('php', [join(here, 'php/wp.php'), String(port), command, ...args]);
  const line = out.trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`php wp.php ${command}: ${out}`);
  }
}

async function startSite() {
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  await startDatabase();
  writeConfig();

  // Leftovers of an earlier run that did not finish.
  rmSync(PLUGIN_DIR, { recursive: true, force: true });
  rmSync(UPLOADS_DIR, { recursive: true, force: true });
  cleanups.push(() => rmSync(PLUGIN_DIR, { recursive: true, force: true }));
  cleanups.push(() => rmSync(UPLOADS_DIR, { recursive: true, force: true }));

  // WordPress unpacks uploads in wp-content/upgrade; remove it again if it was not there.
  const upgrade = join(CONTENT, 'upgrade');
  if (!existsSync(upgrade)) cleanups.push(() => rmSync(upgrade, { recursive: true, force: true }));
  site = wp('install', buildZip(), adminPass, editorPass);

  // A campaign file on the same site, as a partner might upload one.
  mkdirSync(UPLOADS_DIR, { recursive: true });
  writeFileSync(
    join(UPLOADS_DIR, 'campaign.json'),
    JSON.stringify({ id: 'wp-test', banner: { headline: 'Headline from the campaign file', message: 'Message from the campaign file' } }),
  );

  const server = daemon('php -S', 'php', ['-S', `127.0.0.1:${port}`, '-t', WP, join(here, 'router.php')], {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4', COALITION_WP_CONTENT: CONTENT },
  });
  await waitFor('php -S', async () => (await fetch(`${base}/wp-login.php`)).status === 200, 20_000).catch((e) => {
    throw new Error(`${e.message}\n${server.output()}`);
  });
}

// --- Tests --------------------------------------------------------------------------------

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
const eq = (actual, expected, what) =>
  assert(
    JSON.stringify(actual) === JSON.stringify(expected),
    `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
  );

let browser;
let editor; // a page logged in as the Editor
let editorContext;
let admin; // a page logged in as the administrator
const dialogs = [];
const pageErrors = [];

async function newPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('dialog', async (dialog) => {
    if (dialog.type() === 'beforeunload') return dialog.accept().catch(() => {});
    dialogs.push(dialog.message());
    await dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

async function login(page, user, password) {
  await page.goto(`${base}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  assert(new URL(page.url()).pathname.startsWith('/wp-admin'), `${user} did not log in (at ${page.url()})`);
}

/** Publishes a post through the REST API as the logged-in user (cookie + nonce), so it passes kses like any post of theirs. */
async function publish(page, title, content) {
  if (!new URL(page.url()).pathname.startsWith('/wp-admin')) await page.goto(`${base}/wp-admin/`, { waitUntil: 'domcontentloaded' });
  const { status, body } = await page.evaluate(
    async (title, content) => {
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const response = await fetch('/?rest_route=/wp/v2/posts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
        body: JSON.stringify({ title, content, status: 'publish' }),
      });
      return { status: response.status, body: await response.json() };
    },
    title,
    content,
  );
  assert(status === 201, `publishing "${title}" answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

/** Opens a post as a visitor (a fresh page of the given context) and waits for the widgets to upgrade. */
async function view(page, link, tags = []) {
  await page.goto(link, { waitUntil: 'load' });
  const expected = tags.filter((tag) => scriptDefines(tag));
  if (expected.length) {
    await page.waitForFunction(
      (tags) =>
        tags.every(
          (tag) =>
            customElements.get(tag) &&
            [...document.querySelectorAll(tag)].every((el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0),
        ),
      { timeout: 15_000 },
      expected,
    );
  }
  return page;
}

const builtScript = () => readFileSync(join(PLUGIN_DIR, 'assets/coalition-embed.js'), 'utf8');
/** quick-exit arrives with the safety issue; until the built script defines it, its element is only checked in the HTML. */
const scriptDefines = (tag) => builtScript().includes(`"${tag}"`) || builtScript().includes(`'${tag}'`);

const widgetsIn = (page) =>
  page.evaluate(
    (tags) =>
      [...document.querySelectorAll(tags.join(','))].map((el) => ({
        tag: el.localName,
        attributes: Object.fromEntries(el.getAttributeNames().map((name) => [name, el.getAttribute(name)])),
        defined: !!customElements.get(el.localName),
        shadow: el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ').trim() : null,
        buttons: el.shadowRoot ? el.shadowRoot.querySelectorAll('button').length : 0,
        light: el.innerHTML,
      })),
    TAGS,
  );

const ourScripts = (page) =>
  page.evaluate(() =>
    [...document.scripts]
      .filter((s) => /coalition-embed/.test(s.src) || /coalition-embed/.test(s.id))
      .map((s) => ({
        src: s.src,
        id: s.id,
        defer: s.defer,
        async: s.async,
        campaign: s.dataset.campaign ?? null,
      })),
  );

const EDITOR_SHORTCODES = `<p>Before the widgets.</p>
[campaign-banner headline="Editor banner" message="Set by an editor" cta-label="Act now" cta-href="https://example.org/act"]
[petition-counter count="1234" label="signatures" refresh="0"]
[share-bar text="Share this" networks="email copy"]
[supporter-wall heading="Supported by"]<a href="https://example.org/alpha"><img src="/wp-includes/images/w-logo-blue.png" alt="Alpha charity"></a>[/supporter-wall]
[quick-exit label="Leave now" position="inline"]
<script>window.__rawScript = 1</script>
<p>After the widgets.</p>`;

let editorPost;

test('the plugin installs from the zip into WordPress and activates', async () => {
  assert(site.active, 'the plugin is not active');
  eq(site.plugin, 'coalition-embed/coalition-embed.php', 'installed plugin file');
  eq(site.editorUnfilteredHtml, false, 'the Editor has unfiltered_html');
  for (const file of [
    'assets/coalition-embed.js',
    'includes/settings.php',
    'uninstall.php',
    ...TAGS.map((t) => `blocks/${t}/block.json`),
  ]) {
    assert(existsSync(join(PLUGIN_DIR, file)), `${file} is not in the installed plugin`);
  }
  const header = readFileSync(join(PLUGIN_DIR, 'coalition-embed.php'), 'utf8');
  for (const line of [/Requires at least:\s*6\.1/, /Requires PHP:\s*8\.1/, /License:\s*MIT/, /Version:\s*\d+\.\d+\.\d+/])
    assert(line.test(header), `plugin header lacks ${line}`);
});

test('php -l is clean on every PHP file of the plugin', async () => {
  const files = [];
  const walk = (dir) =>
    readdirSync(dir).forEach((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.php')) files.push(path);
    });
  walk(PLUGIN_DIR);
  assert(files.length >= 5, `only ${files.length} PHP files`);
  for (const file of files) {
    const r = spawnSync('php', ['-l', file], { encoding: 'utf8' });
    assert(r.status === 0, `${file}: ${r.stdout}${r.stderr}`);
  }
});

test('an Editor without unfiltered_html publishes shortcodes, and the widgets render', async () => {
  editorPost = await publish(editor, 'Widgets from an editor', EDITOR_SHORTCODES);
  assert(!/<script/i.test(editorPost.content.raw), `kses did not filter the Editor's post: ${editorPost.content.raw}`);
  const page = await view(await newPage(browser.defaultBrowserContext()), editorPost.link, TAGS);
  const widgets = await widgetsIn(page);
  eq(widgets.map((w) => w.tag).sort(), [...TAGS].sort(), 'widgets in the post');
  for (const w of widgets) {
    if (!scriptDefines(w.tag)) continue;
    assert(w.defined, `<${w.tag}> is not defined`);
    assert(w.shadow !== null, `<${w.tag}> has no shadow root`);
  }
  const banner = widgets[0];
  assert(banner.shadow.includes('Editor banner') && banner.shadow.includes('Act now'), `banner shows: ${banner.shadow}`);
  eq(banner.attributes['cta-href'], 'https://example.org/act', 'banner cta-href');
  assert(widgets[1].shadow.includes('1,234') || widgets[1].shadow.includes('1234'), `counter shows: ${widgets[1].shadow}`);
  assert(
    /<a href="https:\/\/example\.org\/alpha"><img [^>]*alt="Alpha charity"/.test(widgets[3].light),
    `supporter-wall light DOM: ${widgets[3].light}`,
  );
  eq(await page.evaluate(() => window.__rawScript), undefined, 'a raw <script> of the Editor ran');
  await page.close();
});

test('each widget keeps its space from the first paint: the reserved-space style once, before the first widget, and nothing moves', async () => {
  for (const width of [375, 1280]) {
    const page = await newPage(browser.defaultBrowserContext());
    await page.setViewport({ width, height: 800 });
    // Every layout shift the visitor sees while the page loads and the widgets draw.
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await view(page, editorPost.link, TAGS);
    await sleep(1500);
    const seen = await page.evaluate((tags) => {
      const styles = [...document.querySelectorAll('style#coalition-embed-reserve')];
      const first = document.querySelector(tags.join(','));
      return {
        styles: styles.length,
        beforeFirst: !!styles[0] && !!(styles[0].compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING),
        counterSpace: parseFloat(getComputedStyle(document.querySelector('petition-counter'), '::before').blockSize) || 0,
        shift: window.__shifts.reduce((sum, value) => sum + value, 0),
      };
    }, TAGS);
    eq(seen.styles, 1, `reserved-space styles at ${width} px`);
    assert(seen.beforeFirst, `the reserved-space style is not before the first widget at ${width} px`);
    assert(seen.counterSpace > 0, `the counter keeps no space at ${width} px`);
    assert(seen.shift < 0.01, `the page moved by ${seen.shift.toFixed(4)} at ${width} px (layout shift)`);
    await page.close();
  }
});

test("the script comes once, deferred, from the plugin's own folder", async () => {
  const page = await view(await newPage(browser.defaultBrowserContext()), editorPost.link, TAGS);
  const scripts = await ourScripts(page);
  const widgetScripts = scripts.filter((s) => /coalition-embed\.js/.test(s.src));
  eq(widgetScripts.length, 1, 'coalition-embed.js script tags');
  const [script] = widgetScripts;
  const src = new URL(script.src);
  eq(src.origin, base, 'script origin');
  assert(src.pathname === '/wp-content/plugins/coalition-embed/assets/coalition-embed.js', `script path ${src.pathname}`);
  assert(script.defer, 'the script is not deferred');
  assert(!scripts.some((s) => /editor\.js/.test(s.src)), 'the block editor script is on the front end');
  const requests = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /coalition-embed/.test(n)),
  );
  // The loader once, then, since the page shows every element, the one file that holds them all
  // rather than each element's own; every one from the plugin's own folder.
  eq(requests.filter((n) => /coalition-embed\.js/.test(n)).length, 1, `requests for the loader (${requests})`);
  assert(
    requests.some((n) => n.includes('/assets/chunks/all-elements-')),
    `the file of every element was not loaded (${requests})`,
  );
  for (const tag of TAGS)
    assert(!requests.some((n) => n.includes(`/assets/elements/${tag}-`)), `${tag}'s own file was loaded as well (${requests})`);
  for (const n of requests)
    assert(new URL(n).pathname.startsWith('/wp-content/plugins/coalition-embed/assets/'), `${n} is not from the plugin's folder`);
  const response = await fetch(script.src);
  eq(response.status, 200, 'script response');
  assert(/javascript/.test(response.headers.get('content-type')), `script content type ${response.headers.get('content-type')}`);
  await page.close();
});

const HOSTILE = `[campaign-banner headline='"><script>window.__pwned=1</script>' message="m" cta-label="Go" cta-href="javascript:alert(1)" support-href="javascript:alert(2)" onmouseover="alert(3)"]
[share-bar url="javascript:alert(4)" text='"><img src=x onerror="window.__pwned=2">']
[petition-counter count="1" href=" JaVaScRiPt:alert(5)" cite-href="java&#x09;script:alert(8)" label='</petition-counter><script>window.__pwned=3</script>']
[supporter-wall join-href="&#106;avascript:alert(9)" src="data:application/json,%5B%5D"]`;

test('hostile shortcode attributes never run', async () => {
  const fromEditor = await publish(editor, 'Hostile editor', HOSTILE);
  // The same text with kses off (as a user with unfiltered_html saves it): our escaping alone.
  const raw = wp('raw-post', 'Hostile raw', HOSTILE);
  assert(raw.raw.includes('<script>window.__pwned=1</script>'), 'the raw post lost its script text');
  // And do_shortcode alone (the_content's wptexturize mangles attributes holding < or >, a
  // limit of WordPress's shortcodes): the value is escaped as data, so the element gets exactly
  // the text that was written.
  const direct = wp('shortcode', HOSTILE).html;
  assert(!/<script|<img|javascript:/i.test(direct), `do_shortcode output: ${direct}`);
  const blank = await newPage(browser.defaultBrowserContext());
  await blank.setContent(`<!doctype html><body>${direct}</body>`, { waitUntil: 'load' });
  const parsed = await blank.evaluate(() => ({
    pwned: window.__pwned,
    // The reserved-space style the plugin prints before the first widget is the plugin's own.
    elements: [...document.body.children]
      .filter((el) => el.id !== 'coalition-embed-reserve')
      .map((el) => [el.localName, Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)]))]),
  }));
  eq(parsed.pwned, undefined, 'window.__pwned (do_shortcode output)');
  eq(
    parsed.elements,
    [
      ['campaign-banner', { headline: '"><script>window.__pwned=1</script>', message: 'm', 'cta-label': 'Go', mode: 'inline' }],
      ['share-bar', { text: '"><img src=x onerror="window.__pwned=2">' }],
      ['petition-counter', { count: '1', label: '</petition-counter><script>window.__pwned=3</script>' }],
      ['supporter-wall', {}],
    ],
    'elements of the do_shortcode output',
  );
  await blank.close();
  for (const [label, link] of [
    ['editor', fromEditor.link],
    ['raw', raw.link],
  ]) {
    const page = await newPage(browser.defaultBrowserContext());
    await view(page, link, ['campaign-banner', 'share-bar', 'petition-counter', 'supporter-wall']);
    // Give anything that would run a moment, and hover and click every link in the widgets.
    await page.evaluate(async () => {
      for (const el of document.querySelectorAll('campaign-banner, share-bar, petition-counter, supporter-wall')) {
        el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        for (const a of el.shadowRoot?.querySelectorAll('a[href^="javascript:" i]') ?? []) a.click();
      }
      await new Promise((r) => setTimeout(r, 300));
    });
    eq(await page.evaluate(() => window.__pwned), undefined, `window.__pwned (${label})`);
    const body = await page.evaluate(() => {
      const content = document.querySelector('.wp-block-post-content, .entry-content');
      return {
        scripts: content ? content.querySelectorAll('script').length : -1,
        images: content ? content.querySelectorAll('img').length : -1,
        widgets: [...document.querySelectorAll('campaign-banner, share-bar, petition-counter, supporter-wall')].map((el) => ({
          tag: el.localName,
          names: el.getAttributeNames(),
          attributes: Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)])),
        })),
        jsLinks: [...document.querySelectorAll('campaign-banner, share-bar, petition-counter, supporter-wall')]
          .flatMap((el) => [...(el.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')))
          .filter((h) => /^\s*javascript:/i.test(h ?? '')),
      };
    });
    eq(body.scripts, 0, `<script> elements in the post body (${label})`);
    eq(body.images, 0, `<img> elements in the post body (${label})`);
    eq(
      body.widgets.map((w) => w.tag),
      ['campaign-banner', 'share-bar', 'petition-counter', 'supporter-wall'],
      `widgets (${label})`,
    );
    eq(body.jsLinks, [], `javascript: links in the widgets (${label})`);
    for (const w of body.widgets)
      assert(!w.names.some((n) => /^on/.test(n) || /href$|^url$|^src$/.test(n)), `<${w.tag}> kept ${w.names} (${label})`);
    await page.close();
  }
  eq(dialogs, [], 'dialogs opened');
});

test('unknown shortcode attributes are dropped and boolean attributes work', async () => {
  const post = await publish(
    editor,
    'Attributes',
    `[campaign-banner headline="Flags" Bogus="1" onclick="alert(5)" style="display:none" class="x" id="y" dismissible]
[campaign-banner headline="No close" dismissible="false"]
[campaign-banner headline="Close too" DISMISSIBLE="true" mode="inline"]
[share-bar text="t" compact="false" networks="email"]
[share-bar text="u" compact networks="email"]
[supporter-wall monochrome="true" heading="Wall" bogus]
[petition-counter count="5" show-source="0" refresh="0"]`,
  );
  const page = await view(await newPage(browser.defaultBrowserContext()), post.link, [
    'campaign-banner',
    'share-bar',
    'supporter-wall',
    'petition-counter',
  ]);
  const names = (await widgetsIn(page)).map((w) => `${w.tag}: ${Object.keys(w.attributes).sort().join(' ')}`);
  eq(
    names,
    [
      // A banner without `mode` is written inline where no campaign file is set (its space is then kept).
      'campaign-banner: dismissible headline mode',
      'campaign-banner: headline mode',
      'campaign-banner: dismissible headline mode',
      'share-bar: networks text',
      'share-bar: compact networks text',
      'supporter-wall: heading monochrome',
      'petition-counter: count refresh',
    ],
    'attributes rendered',
  );
  const widgets = await widgetsIn(page);
  eq(widgets[0].attributes.dismissible, '', 'a bare boolean attribute');
  // The element reads them: a dismissible banner has a close button, the others none.
  assert(widgets[0].buttons > 0 && widgets[2].buttons > 0, 'a dismissible banner has no close button');
  eq(widgets[1].buttons, 0, 'buttons of the banner with dismissible="false"');
  await page.close();
});

test('a block renders through the same code as the shortcode', async () => {
  const post = await publish(
    editor,
    'Blocks',
    `<!-- wp:coalition-embed/share-bar {"text":"Hello","bogus":"x","networks":"email copy"} /-->
<!-- wp:coalition-embed/campaign-banner {"headline":"Block banner","dismissible":true,"compact":true,"ctaHref":"javascript:alert(6)"} /-->
<!-- wp:coalition-embed/supporter-wall {"monochrome":false,"heading":"Block wall"} /-->`,
  );
  const page = await view(await newPage(browser.defaultBrowserContext()), post.link, ['share-bar', 'campaign-banner', 'supporter-wall']);
  const widgets = await widgetsIn(page);
  eq(
    widgets.map((w) => [w.tag, w.attributes]),
    [
      ['share-bar', { text: 'Hello', networks: 'email copy' }],
      ['campaign-banner', { headline: 'Block banner', mode: 'inline', dismissible: '' }],
      ['supporter-wall', { heading: 'Block wall' }],
    ],
    'blocks rendered',
  );
  assert(widgets[0].shadow !== null && widgets[0].shadow.length > 0, 'the share bar has no content');
  assert(widgets[1].shadow.includes('Block banner'), `block banner shows ${widgets[1].shadow}`);
  eq((await ourScripts(page)).filter((s) => /coalition-embed\.js/.test(s.src)).length, 1, 'script tags');
  eq(dialogs, [], 'dialogs opened');
  await page.close();
});

test('the block editor offers the five blocks with their settings in the sidebar', async () => {
  const editor = await newPage(editorContext);
  await editor.goto(`${base}/wp-admin/post-new.php`, { waitUntil: 'load' });
  await editor.waitForFunction(
    () => window.wp?.blocks?.getBlockType('coalition-embed/share-bar') && window.wp.data.select('core/block-editor'),
    { timeout: 30_000 },
  );
  const registered = await editor.evaluate(
    (tags) =>
      tags.map((tag) => {
        const type = wp.blocks.getBlockType(`coalition-embed/${tag}`);
        return type ? { tag, apiVersion: type.apiVersion, attributes: Object.keys(type.attributes) } : { tag, missing: true };
      }),
    TAGS,
  );
  for (const block of registered) assert(!block.missing && block.apiVersion === 3, `block ${block.tag}: ${JSON.stringify(block)}`);
  const shareBlock = registered.find((block) => block.tag === 'share-bar');
  assert(
    shareBlock.attributes.includes('text') && shareBlock.attributes.includes('compact'),
    `share-bar attributes ${shareBlock.attributes}`,
  );
  await editor.evaluate(() => {
    const block = wp.blocks.createBlock('coalition-embed/share-bar', { text: 'From the editor', networks: 'email' });
    wp.data.dispatch('core/block-editor').insertBlocks(block);
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    wp.data.dispatch('core/edit-post')?.openGeneralSidebar?.('edit-post/block');
  });
  // The preview comes from the server (ServerSideRender), and upgrades in the editor.
  await editor.waitForFunction(
    () => {
      const el =
        document.querySelector('share-bar[text="From the editor"]') ??
        document.querySelector('iframe[name="editor-canvas"]')?.contentDocument?.querySelector('share-bar[text="From the editor"]');
      return el && el.shadowRoot && el.shadowRoot.childNodes.length > 0;
    },
    { timeout: 20_000 },
  );
  const labels = await editor.evaluate(() =>
    [...document.querySelectorAll('.block-editor-block-inspector label, .interface-complementary-area label')].map((l) =>
      l.textContent.trim(),
    ),
  );
  for (const label of ['text', 'networks', 'compact']) assert(labels.includes(label), `sidebar labels: ${labels}`);
  await editor.close({ runBeforeUnload: false });
});

test('the settings page is for administrators only', async () => {
  const response = await editor.goto(`${base}/wp-admin/options-general.php?page=coalition-embed`, { waitUntil: 'domcontentloaded' });
  const text = await editor.evaluate(() => document.body.textContent);
  assert(response.status() === 403 || /not allowed/i.test(text), `an Editor opened the settings page (${response.status()})`);
  assert(!(await editor.$('input[name="coalition_embed_campaign"]')), 'an Editor sees the campaign field');
});

const campaignUrl = () => `${base}/wp-content/uploads/coalition-embed-test/campaign.json`;

test('the settings page saves the campaign file and partner, and the widgets follow them', async () => {
  const page = admin;
  const open = () => page.goto(`${base}/wp-admin/options-general.php?page=coalition-embed`, { waitUntil: 'domcontentloaded' });
  await open();
  eq(await page.$eval('form[action="options.php"] input[name="option_page"]', (i) => i.value), 'coalition_embed', 'option_page');
  assert(await page.$('form[action="options.php"] input[name="_wpnonce"]'), 'the form has no nonce');
  const save = async (campaign, partner) => {
    await page.$eval('#coalition_embed_campaign', (i, v) => (i.value = v), campaign);
    await page.$eval('#coalition_embed_partner', (i, v) => (i.value = v), partner);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#submit')]);
  };
  await save(campaignUrl(), '  <b>test-partner</b>  ');
  assert(await page.$('#setting-error-settings_updated'), 'no "Settings saved." notice');
  eq(await page.$eval('#coalition_embed_campaign', (i) => i.value), campaignUrl(), 'saved campaign address');
  eq(await page.$eval('#coalition_embed_partner', (i) => i.value), 'test-partner', 'saved partner (sanitised)');

  // A javascript: address is refused, with a message, and the previous address kept.
  await page.$eval('#coalition_embed_campaign', (i) => (i.type = 'text'));
  await save('javascript:alert(7)', 'test-partner');
  assert(await page.$('#setting-error-coalition_embed_campaign_invalid'), 'no error for a javascript: address');
  eq(wp('options'), { campaign: campaignUrl(), partner: 'test-partner' }, 'options after a refused address');

  // Without the nonce, options.php refuses.
  const forged = await page.evaluate(async () => {
    const body = new URLSearchParams({
      option_page: 'coalition_embed',
      action: 'update',
      coalition_embed_campaign: 'https://evil.example/x.json',
      coalition_embed_partner: 'evil',
    });
    return (await fetch('/wp-admin/options.php', { method: 'POST', body })).status;
  });
  assert(forged >= 400, `options.php without a nonce answered ${forged}`);
  eq(wp('options'), { campaign: campaignUrl(), partner: 'test-partner' }, 'options after a forged request');

  const post = await publish(editor, 'Campaign file', '[campaign-banner]\n[share-bar partner="other-partner" networks="email"]');
  const visitor = await view(await newPage(browser.defaultBrowserContext()), post.link, ['campaign-banner', 'share-bar']);
  const [script] = (await ourScripts(visitor)).filter((s) => /coalition-embed\.js/.test(s.src));
  eq(script.campaign, campaignUrl(), 'data-campaign on the script');
  await visitor
    .waitForFunction(() => document.querySelector('campaign-banner').shadowRoot.textContent.includes('Headline from the campaign file'), {
      timeout: 15_000,
    })
    .catch(async () => {
      throw new Error(`the banner does not show the campaign file: ${(await widgetsIn(visitor))[0].shadow}`);
    });
  const widgets = await widgetsIn(visitor);
  // With a campaign file set, the file decides a banner's mode (a blackout keeps no space); a
  // banner that takes none (`campaign="none"`) is inline, and keeps its space.
  eq(widgets[0].attributes.mode, undefined, 'the mode of a banner whose campaign file decides');
  assert(
    / mode="inline"/.test(wp('shortcode', '[campaign-banner campaign="none" headline="Our own words"]').html),
    'a banner with campaign="none" is not written inline',
  );
  eq(
    widgets.map((w) => w.attributes.partner),
    ['test-partner', 'other-partner'],
    'partner on the widgets',
  );
  await visitor.close();
});

test('a page without a widget has no coalition-embed script', async () => {
  const page = await newPage(browser.defaultBrowserContext());
  for (const link of [site.helloWorld, `${base}/`]) {
    await page.goto(link, { waitUntil: 'load' });
    eq(await ourScripts(page), [], `coalition-embed scripts on ${link}`);
    eq(
      await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /coalition-embed/.test(e.name)).length),
      0,
      `requests on ${link}`,
    );
  }
  await page.close();
});

test('no PHP notices from the plugin, no page errors', async () => {
  const lines = existsSync(debugLog)
    ? readFileSync(debugLog, 'utf8')
        .split('\n')
        .filter((l) => /coalition[-_]embed/.test(l))
    : [];
  eq(lines, [], 'PHP log lines about the plugin');
  eq(
    pageErrors.filter((e) => /coalition|campaign-banner|share-bar|petition-counter|supporter-wall|quick-exit/i.test(e)),
    [],
    'page errors',
  );
});

test('uninstalling the plugin deletes its options', async () => {
  const result = wp('uninstall');
  assert(result.uninstallable, 'WordPress does not see uninstall.php');
  eq(result.before, { campaign: campaignUrl(), partner: 'test-partner' }, 'options before');
  eq(result.after, { campaign: false, partner: false }, 'options after uninstall');
});

// --- Main ---------------------------------------------------------------------------------

let passed = 0;
let failed = 0;
cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
try {
  await preflight();
  log(`WordPress tests: ${WP} with MariaDB (${tmp}) and php -S`);
  await startSite();
  log(`WordPress ${site.version} at ${base}, theme ${site.theme}, plugin ${site.plugin}`);
  browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: [...CHROME_ARGS, `--user-data-dir=${join(tmp, 'chromium')}`],
    // Our own handlers stop the servers too; Puppeteer's would exit first.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.push(() => browser.close());
  editorContext = await browser.createBrowserContext();
  editor = await newPage(editorContext);
  await login(editor, 'editor', editorPass);
  admin = await newPage(await browser.createBrowserContext());
  await login(admin, 'admin', adminPass);

  for (const { name, fn } of tests) {
    const t0 = Date.now();
    try {
      await fn();
      passed++;
      log(`  ✓ ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      log(
        `  ✗ ${name}\n      ${String(e?.stack ?? e)
          .split('\n')
          .slice(0, 6)
          .join('\n      ')}`,
      );
    }
  }
  if (argv.has('--keep')) {
    log(`Kept running at ${base} (admin / ${adminPass}, editor / ${editorPass}); Ctrl-C to stop.`);
    await new Promise(() => {});
  }
} catch (e) {
  failed++;
  log(
    `  ✗ setting up WordPress\n      ${String(e?.stack ?? e)
      .split('\n')
      .slice(0, 12)
      .join('\n      ')}`,
  );
} finally {
  await cleanup();
}
log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
