// The design pass, repeatable: every element in every mode at 320, 375 and 1280 px, light and
// dark, left to right and right to left, as PNG files to look at (not committed), in each engine
// this machine has (scripts/browsers.mjs):
//   - Chromium: OUT/NAME-WIDTH-SCHEME-DIR.png, the whole set;
//   - Firefox (puppeteer-core over WebDriver BiDi): OUT/firefox/…, the whole set (the dark scheme
//     from a second Firefox launched with the dark preference: BiDi has no media emulation);
//   - WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, under Xvfb): OUT/webkit/…, at 1280
//     px only (its window cannot be made narrower than about 447 px); the dark scheme from a
//     second MiniBrowser started with GTK's dark theme (no media emulation there either).
//
//   node scripts/screenshots.mjs [out-dir]          default /tmp/coalition-shots
//   node scripts/screenshots.mjs --engine firefox [out-dir]   one engine (chromium, firefox, webkit)
//   node scripts/screenshots.mjs --card FILE.png [LANG DIR]   one share card (default en ltr), as in the README (Chromium)
//
// It bundles src/embed.ts with esbuild (no `npm run build` needed) and serves the repository.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { handler } from './serve.mjs';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import {
  ENGINES,
  LABELS,
  findFirefox,
  firefoxPrefs,
  missing,
  startDisplay,
  startWebKitDriver,
  webkitCapabilities,
  webkitMediaEnv,
} from './browsers.mjs';

const args = process.argv.slice(2);
const engineAt = args.indexOf('--engine');
const engines = engineAt >= 0 ? args.splice(engineAt, 2)[1].split(',') : ENGINES;

const root = new URL('../', import.meta.url);
const bundle = (
  await build({
    entryPoints: [new URL('src/embed.ts', root).pathname],
    bundle: true,
    format: 'iife',
    write: false,
    conditions: ['production'],
    target: 'es2022',
  })
).outputFiles[0].text;

const CAMPAIGN = {
  id: 'screens',
  banner: {
    headline: 'Safety by design, not as an afterthought',
    message: 'Platforms can find child sexual abuse material and still protect everyone’s privacy.',
  },
  supporters: [
    { name: 'Children’s Charity', logo: '/tests/fixtures/supporter-wall/square.svg' },
    { name: 'Online Safety Network', logo: '/tests/fixtures/supporter-wall/wide.svg' },
    { name: 'A logo that does not load', logo: '/nowhere.svg' },
    { name: 'Parents Together' },
  ],
};

/** name → the markup of one screen. */
const SCREENS = {
  'banner-inline': `<campaign-banner headline="Safety by design" message="Platforms can find child sexual abuse material and protect privacy." cta-label="Add your name" cta-href="https://example.org/sign" dismissible support-href="https://example.org/help"></campaign-banner>`,
  'banner-warning': `<campaign-banner headline="What survivors told us" warning="This message describes the effects of abuse." message="Calm, factual words." support-href="https://example.org/help" exit-href="https://www.bbc.co.uk/weather"></campaign-banner>`,
  'banner-bottom': `<p>The page.</p><campaign-banner mode="bottom" headline="Safety by design" cta-label="Add your name" cta-href="https://example.org/sign"></campaign-banner>`,
  'banner-overlay': `<p>The page.</p><campaign-banner mode="overlay" headline="Safety by design, not as an afterthought" message="Our partners’ sites go dark today." cta-label="Sign the letter" cta-href="https://example.org/sign" support-href="https://example.org/help" exit-href="https://www.bbc.co.uk/weather" dismissible></campaign-banner>`,
  counter: `<petition-counter count="118342" goal="150000" href="https://example.org/sign"></petition-counter><petition-counter count="95" goal="auto"></petition-counter>`,
  statistic: `<petition-counter count="14000000" format="long" label="reports of suspected child sexual abuse online could be lost every year" cite="NCMEC" cite-href="https://www.missingkids.org/"></petition-counter>`,
  share: `<share-bar networks="facebook x whatsapp mastodon email copy image" url="https://example.org/campaign" text="Safety by design" hashtags="SaferByDesign"></share-bar><share-bar compact></share-bar>`,
  wall: `<supporter-wall campaign="/campaign.json" max="3" join-href="https://example.org/join"></supporter-wall>`,
  'quick-exit': `<quick-exit></quick-exit><h1>A page about abuse</h1><p>Long text.</p>`,
  stacked: `<petition-counter count="1200" goal="auto"></petition-counter><share-bar></share-bar><supporter-wall campaign="/campaign.json"></supporter-wall>`,
};

const page = (markup, { lang, dir }) => `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body{font-family:Georgia,serif;margin:1rem;max-width:60rem}@media (prefers-color-scheme:dark){body{background:#111;color:#eee}}</style>
<script src="/bundle.js" data-campaign="/campaign.json" defer></script></head><body>${markup}</body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/bundle.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
  if (url.pathname === '/campaign.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(CAMPAIGN));
  const screen = /^\/screen\/([\w-]+)$/.exec(url.pathname)?.[1];
  if (screen)
    return res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(page(SCREENS[screen], { lang: url.searchParams.get('lang'), dir: url.searchParams.get('dir') }));
  return handler(req, res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const VARIANTS = [
  ['en', 'ltr'],
  ['ar', 'rtl'],
];
const settle = () => new Promise((r) => setTimeout(r, 700));
// The window made as tall as the page rather than a full-page capture: Chromium's full-page
// shots shift right-to-left pages off their right edge.
const grows = (name) => name !== 'banner-overlay' && name !== 'banner-bottom';

/** Every screen in a puppeteer browser (Chromium, or Firefox launched with one colour scheme). */
async function puppeteerShots(browser, out, schemes, emulate) {
  for (const name of Object.keys(SCREENS)) {
    for (const width of [320, 375, 1280]) {
      for (const scheme of schemes) {
        for (const [lang, dir] of VARIANTS) {
          const tab = await browser.newPage();
          await tab.setViewport({ width, height: 800 });
          if (emulate) await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
          await tab.goto(`${base}/screen/${name}?lang=${lang}&dir=${dir}`, { waitUntil: 'load' });
          await settle();
          if (grows(name)) {
            const tall = await tab.evaluate(() => document.documentElement.scrollHeight);
            await tab.setViewport({ width, height: Math.max(800, tall) });
          }
          await tab.screenshot({ path: `${out}/${name}-${width}-${scheme}-${dir}.png` });
          await tab.close();
        }
      }
    }
  }
}

async function chromiumShots(out) {
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  try {
    await puppeteerShots(browser, out, ['light', 'dark'], true);
  } finally {
    await browser.close();
  }
}

async function firefoxShots(out) {
  for (const scheme of ['light', 'dark']) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      extraPrefsFirefox: firefoxPrefs({ colorScheme: scheme }),
    });
    try {
      await puppeteerShots(browser, out, [scheme], false);
    } finally {
      await browser.close();
    }
  }
}

async function webkitShots(out) {
  const { remote } = await import('webdriverio');
  const display = await startDisplay();
  try {
    // No media emulation: the dark scheme is a second MiniBrowser started with GTK's dark theme.
    for (const scheme of ['light', 'dark']) {
      const driver = await startWebKitDriver({ ...display.env, ...webkitMediaEnv({ colorScheme: scheme }) });
      const browser = await remote({
        hostname: '127.0.0.1',
        port: driver.port,
        path: '/',
        logLevel: 'error',
        capabilities: webkitCapabilities(),
      });
      try {
        for (const name of Object.keys(SCREENS)) {
          for (const [lang, dir] of VARIANTS) {
            await browser.setWindowSize(1280, 800);
            await browser.url(`${base}/screen/${name}?lang=${lang}&dir=${dir}`);
            await settle();
            if (grows(name)) {
              const tall = await browser.execute(() => document.documentElement.scrollHeight);
              await browser.setWindowSize(1280, Math.max(800, tall + 100));
            }
            await browser.saveScreenshot(`${out}/${name}-1280-${scheme}-${dir}.png`);
          }
        }
      } finally {
        await browser.deleteSession().catch(() => {});
        driver.stop();
      }
    }
  } finally {
    display.stop();
  }
}

const browser =
  process.argv[2] === '--card' ? await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true }) : undefined;

try {
  if (process.argv[2] === '--card') {
    // The card as the share bar draws it, saved instead of shared.
    const tab = await browser.newPage();
    const [lang = 'en', dir = 'ltr'] = process.argv.slice(4);
    await tab.goto(`${base}/screen/share?lang=${lang}&dir=${dir}`, { waitUntil: 'load' });
    const dataUrl = await tab.evaluate(async () => {
      await customElements.whenDefined('share-bar');
      const bar = document.querySelector('share-bar');
      while (!bar.shadowRoot?.querySelector('[part="control"]')) await new Promise((r) => setTimeout(r, 50));
      HTMLAnchorElement.prototype.click = function () {
        window.__card = this.href;
      };
      navigator.canShare = () => false;
      // The image network is the last control of the first bar.
      const button = [...bar.shadowRoot.querySelectorAll('[part="control"]')].pop();
      button.click();
      while (!window.__card) await new Promise((r) => setTimeout(r, 50));
      const blob = await (await fetch(window.__card)).blob();
      return new Promise((r) => Object.assign(new FileReader(), { onload: (e) => r(e.target.result) }).readAsDataURL(blob));
    });
    writeFileSync(process.argv[3], Buffer.from(dataUrl.split(',')[1], 'base64'));
    console.log(`share card written to ${process.argv[3]}`);
  } else {
    const out = args[0] ?? '/tmp/coalition-shots';
    const shots = { chromium: chromiumShots, firefox: firefoxShots, webkit: webkitShots };
    for (const engine of engines) {
      const why = missing(engine);
      if (why) {
        console.log(`${LABELS[engine] ?? engine} skipped: ${why}`);
        continue;
      }
      const dir = engine === 'chromium' ? out : `${out}/${engine}`;
      mkdirSync(dir, { recursive: true });
      await shots[engine](dir);
      console.log(`${LABELS[engine]}: screenshots in ${dir}`);
    }
  }
} finally {
  await browser?.close();
  server.close();
}
