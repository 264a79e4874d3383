// `node bench/heights.mjs`: each widget's rendered height (in em of its own text) by its own width
// (in em), in headless Chromium, at 16px and 18px text in a serif and a sans-serif page, with the page's
// line height normal, 1.5 and 1.7 (it reaches the widgets' text that sets none), with the
// settings the builder's snippet carries. Where the steps in src/*/reserve.ts come
// from: a step must cover the tallest height at or below its width, and stay within 16px of it.
// Each element as the snippet's style makes it: a container of its own width that contains floats.
import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { handler } from '../scripts/serve.mjs';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';

// A counter is measured at each of these counts (5 to 8 digits), and its space is the tallest: an
// eight-digit count is the most the space is for, and none of them may be taller than it.
const COUNTS = ['12345', '118342', '1234567', '14000000'];
// A petition's live count comes from its source (answered here, see PARLIAMENT), so `show-source`
// draws its real trust line: "Source: petition.parliament.uk, updated 10:45 PM".
const counter = (attributes, counts = COUNTS) =>
  counts.map((n) =>
    attributes.includes('show-source') && !attributes.includes('cite')
      ? `<petition-counter campaign="none" source="uk-parliament:${n}" ${attributes}></petition-counter>`
      : `<petition-counter campaign="none" count="${n}" ${attributes}></petition-counter>`,
  );

const LABEL = 'signatures and pledges across the coalition';
const MID_LABEL = 'reports of suspected child sexual abuse material in a single year';
const LONG_LABEL = 'reports of suspected child sexual abuse material made to the tipline in one single year';
const MID_WARNING = 'This page discusses child sexual abuse material and its harm. You can leave it at any time.';
const MID_MESSAGE =
  'Encrypting messages without safeguards would give abusers a place to hide. Tell the platforms to keep detecting known abuse images now.';
const LONG_WARNING =
  'This page discusses child sexual abuse material and the harm it causes. You can leave this page at any time.';
const LONG_MESSAGE =
  'Encrypting messages without safeguards would give abusers a place to hide. Tell the platforms to keep detecting known abuse images, and to protect the privacy of every user.';

/** Each case's markup, or several whose tallest is the case's height. */
export const CASES = {
  'share-bar': '<share-bar campaign="none" text="Keep children safe online"></share-bar>',
  'share-bar compact': '<share-bar campaign="none" compact text="Keep children safe online"></share-bar>',
  'petition-counter': counter('goal="auto" href="https://example.org/sign"'),
  'petition-counter show-source': counter('goal="auto" href="https://example.org/sign" show-source'),
  'campaign-banner inline':
    '<campaign-banner campaign="none" mode="inline" headline="Safer by design" message="A calm, factual message about why children need safer platforms, in two lines." cta-label="Add your name" cta-href="https://example.org/sign"></campaign-banner>',
  'campaign-banner warning':
    '<campaign-banner campaign="none" mode="inline" headline="What survivors have asked for" warning="This message discusses the sexual abuse of children." support-label="Need to talk? Our helpline is open every day" support-href="https://example.org/helpline" message="A calm, factual message." cta-label="Read their letter" cta-href="https://example.org/letter" dismissible></campaign-banner>',
  // A cited statistic: a fixed count, so `show-source` adds no line and `cite` its own.
  'petition-counter statistic': counter('format="long" label="reports in one year" show-source cite="NCMEC"', ['14000000']),
  'petition-counter number': counter('format="long" label="reports in one year"', ['14000000']),
  'petition-counter goal': counter('goal="auto"'),
  'petition-counter goal source': counter('goal="auto" show-source'),
  'petition-counter link': counter('href="https://example.org/sign"'),
  'petition-counter link source': counter('href="https://example.org/sign" show-source'),
  // Words of its own after the number, as long as the demo's: two lines in a narrow counter.
  'petition-counter label': counter(`goal="auto" href="https://example.org/sign" label="${LABEL}"`),
  'petition-counter label show-source': counter(`goal="auto" href="https://example.org/sign" label="${LABEL}" show-source`),
  // A statistic with words as long as the demo's (44 characters), "No Place To Hide"'s (64) and
  // longer (87), cited or not: the `label>N` sizes. `cite` draws its own source line.
  'petition-counter cite': counter(`format="long" label="${LABEL}" cite="NCMEC"`, ['14000000']),
  'petition-counter cite mid': counter(`format="long" label="${MID_LABEL}" cite="NCMEC"`, ['14000000']),
  'petition-counter cite long': counter(`format="long" label="${LONG_LABEL}" cite="NCMEC"`, ['14000000']),
  'petition-counter words': counter(`format="long" label="${LABEL}"`, ['14000000']),
  'petition-counter words mid': counter(`format="long" label="${MID_LABEL}"`, ['14000000']),
  'petition-counter long': counter(`format="long" label="${LONG_LABEL}"`, ['14000000']),
  // Words longer than the measured ones: content warnings of 90 and 108 characters (the message
  // stays behind "Show message"), messages of 135 and 173.
  'campaign-banner warning mid': `<campaign-banner campaign="none" mode="inline" headline="What survivors have asked for" warning="${MID_WARNING}" support-label="Need to talk? Our helpline is open every day" support-href="https://example.org/helpline" message="A calm, factual message." cta-label="Read their letter" cta-href="https://example.org/letter" dismissible></campaign-banner>`,
  'campaign-banner inline mid': `<campaign-banner campaign="none" mode="inline" headline="Safer by design" message="${MID_MESSAGE}" cta-label="Add your name" cta-href="https://example.org/sign"></campaign-banner>`,
  'campaign-banner warning long': `<campaign-banner campaign="none" mode="inline" headline="What survivors have asked for" warning="${LONG_WARNING}" support-label="Need to talk? Our helpline is open every day" support-href="https://example.org/helpline" message="A calm, factual message." cta-label="Read their letter" cta-href="https://example.org/letter" dismissible></campaign-banner>`,
  'campaign-banner inline long': `<campaign-banner campaign="none" mode="inline" headline="Safer by design" message="${LONG_MESSAGE}" cta-label="Add your name" cta-href="https://example.org/sign"></campaign-banner>`,
  'share-bar every network':
    '<share-bar campaign="none" label="Pass it on" networks="native facebook x whatsapp linkedin bluesky threads mastodon reddit telegram email copy"></share-bar>',
  'quick-exit': '<quick-exit campaign="none" position="inline"></quick-exit>',
  // The same bar in each language of our words: Welsh, French, German and Spanish labels are
  // longer than English ("Copïo’r ddolen", "Mwy o ffyrdd i rannu") and wrap a row sooner.
  'share-bar languages': ['en', 'cy', 'fr', 'de', 'es', 'ar'].map(
    (lang) => `<share-bar campaign="none" lang="${lang}" text="Keep children safe online"></share-bar>`,
  ),
};
// The petitions service, answered here: petition ID's count is ID (`uk-parliament:14000000`).
const PARLIAMENT = /^https:\/\/petition\.parliament\.uk\/petitions\/(\d+)\/count\.json$/;
// FONTS='a|b' measures other families (a font your partners use, or one another engine maps
// Georgia to); FONTS=many, the eight families the banner's and share bar's steps are measured in:
// narrow and wide, serif and sans-serif (Debian's fonts-liberation, fonts-dejavu, fonts-urw-base35).
const MANY_FONTS = [
  'Georgia, serif',
  'system-ui, sans-serif',
  'Arial, sans-serif',
  'P052, serif',
  'C059, serif',
  'URW Gothic, sans-serif',
  'DejaVu Serif, serif',
  'Nimbus Sans Narrow, sans-serif',
];
const FONTS =
  process.env.FONTS === 'many' ? MANY_FONTS : process.env.FONTS ? process.env.FONTS.split('|') : ['Georgia, serif', 'system-ui, sans-serif'];
const SIZES = [16, 18];
// The page's line height reaches the widgets' text that sets none of its own.
const LINE_HEIGHTS = ['normal', '1.5', '1.7'];

// A banner's height is its lines of text and its buttons, and a share bar's its rows of buttons,
// each of words (in the width of the page font's own characters, `ch`, its "0") and of padding and
// icons (in `em`): their steps are both, `calc(Ach + Bem)`. By `em` alone a narrow font is kept the
// lines of a wide one (a share bar in the browser's Times at 375px was kept 108px it never drew);
// by `ch` alone, measured in two families, a banner in a third drew a line more than its space.
// How wide a font's letters are beside its "0" differs from family to family: measure them in
// MANY_FONTS. The others, and a compact bar's icons, by `em`.
// A counter's words of its own (`label`, a statistic's) wrap by `ch` too: measured in two
// families, a cited statistic in DejaVu Serif drew a line more than its space.
const widthUnitOf = (name) => (/^campaign-banner|^share-bar(?! compact)|^petition-counter (cite|words|long)/.test(name) ? 'calc' : 'em');

const only = process.argv[2];
const cases = Object.entries(CASES).filter(([name]) => !only || name.startsWith(only));
// Every markup, with the case it is measured for.
const markups = cases.flatMap(([name, markup]) => [markup].flat().map((m) => [name, m]));
// FROM=file (a RAW file, below) works the steps out again without measuring.
const kept = process.env.FROM && JSON.parse((await import('node:fs')).readFileSync(process.env.FROM, 'utf8'));
const out = Object.fromEntries(cases.map(([name]) => [name, kept?.[name] ?? []]));
// For a case of several markups, how much shorter than its tallest the shortest draws (em): what
// a page with that count leaves blank beyond the space's own rounding.
const spread = Object.fromEntries(cases.map(([name]) => [name, 0]));
const server = createServer(handler);
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  // As on a phone: the device's share button is one more.
  await page.evaluateOnNewDocument(() => (navigator.share = () => Promise.resolve()));
  // Counters fetch only while on screen: all of them are, at first.
  await page.setViewport({ width: 1400, height: 4000 });
  // The trust line's time as long as it gets in English ("10:45 PM"): a zone where it is ten now.
  const zone = (10 - new Date().getUTCHours() + 24) % 24;
  await page.emulateTimezone(zone > 14 ? `Etc/GMT+${24 - zone}` : `Etc/GMT${zone ? `-${zone}` : ''}`);
  let body = '';
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const petition = PARLIAMENT.exec(request.url());
    if (request.url() === `${origin}/measure.html`) request.respond({ contentType: 'text/html', body });
    else if (petition)
      request.respond({
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: JSON.stringify({ signature_count: Number(petition[1]) }),
      });
    else request.continue();
  });
  for (const font of kept ? [] : FONTS)
    for (const size of SIZES)
    for (const lineHeight of LINE_HEIGHTS) {
      body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/dist/coalition-embed.js" defer></script>
<style>body{margin:0;font-family:${font};font-size:${size}px;line-height:${lineHeight};display:flex;flex-wrap:wrap;align-items:start} .w{width:300px} .w>*{display:flow-root;container-type:inline-size}</style></head><body>
${markups.map(([, markup]) => `<div class="w">${markup}</div>`).join('\n')}</body></html>`;
      await page.goto(`${origin}/measure.html`, { waitUntil: 'load' });
      await page
        .waitForFunction(
          () =>
            [...document.querySelectorAll('.w > *')].every(
              (el) => customElements.get(el.localName) && el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('.wait'),
            ),
          { timeout: 10_000 },
        )
        .catch(async () => {
          const silent = await page.evaluate(() =>
            [...document.querySelectorAll('.w > *')]
              .filter((el) => !el.shadowRoot?.firstElementChild || el.shadowRoot.querySelector('.wait'))
              .map((el) => el.outerHTML.slice(0, 80)),
          );
          throw new Error(`drew nothing: ${silent.join(', ')}`);
        });
      await new Promise((r) => setTimeout(r, 500));
      const { found: raw, chPx } = await page.evaluate(async (size) => {
        const wraps = [...document.querySelectorAll('.w')];
        const result = wraps.map(() => []);
        // Widths in the font's own `ch` (its "0"), for the elements whose space is kept by `ch`.
        const probe = document.createElement('span');
        probe.style.cssText = 'display:inline-block;width:100ch';
        document.body.append(probe);
        const chPx = probe.getBoundingClientRect().width / 100;
        probe.remove();
        for (let px = 200; px <= 1400; px += 2) {
          for (const wrap of wraps) wrap.style.width = `${px}px`;
          await Promise.all(wraps.map((w) => w.firstElementChild.updateComplete));
          await new Promise((r) => requestAnimationFrame(() => r()));
          wraps.forEach((wrap, i) => result[i].push([px, wrap.firstElementChild.getBoundingClientRect().height / size]));
        }
        return { found: result, chPx };
      }, size);
      const found = raw.map((rows) => rows.map(([px, h]) => [px / size, h, px / size, px / chPx]));
      markups.forEach(([name], i) => out[name].push(...found[i].map(([w, h, em, ch]) => [w, h, `${size}px ${lineHeight} ${font}`, em, ch])));
      for (const [name] of cases) {
        const mine = markups.flatMap(([n], i) => (n === name ? [found[i]] : []));
        for (const [j] of mine[0].entries()) {
          const heights = mine.map((rows) => rows[j][1]);
          spread[name] = Math.max(spread[name], Math.max(...heights) - Math.min(...heights));
        }
      }
    }
} finally {
  await browser.close();
  server.close();
}
// RAW=file keeps every measurement (by case: [width in em, height in em, how, width in em, in ch]).
if (process.env.RAW) (await import('node:fs')).writeFileSync(process.env.RAW, JSON.stringify(out));
if (process.env.AT) for (const [name, rows] of Object.entries(out)) for (const [w, h, how] of rows) if (Math.abs(w - Number(process.env.AT)) < 0.13) console.log(name, w.toFixed(2), h.toFixed(2), how);
const up = (h) => Math.ceil(h * 4 - 0.04) / 4;

/** Height in em by width (in `unit`): the tallest of every font and size, per 0.25 of width. */
function tallestByWidth(rows) {
  const byWidth = new Map();
  for (const [w, h] of rows) {
    const key = Math.floor(w * 4) / 4;
    byWidth.set(key, Math.max(byWidth.get(key) ?? 0, h));
  }
  return byWidth;
}

/**
 * Suggested steps in `em`, widest first: each covers every height at or below its width (the
 * bucket's upper bound, 0.25 of width to spare), rounded up to 0.25em; a new step only when the
 * height grows by more than 0.5em. The first is the size above every step.
 */
function stepsOf(byWidth) {
  const steps = [];
  let size;
  for (const w of [...byWidth.keys()].sort((a, b) => b - a)) {
    const h = up(byWidth.get(w));
    if (size === undefined) size = h;
    else if (h > (steps.at(-1)?.[1] ?? size)) {
      // Within 0.5em of the step before: that step grows instead (a few px more, one rule less).
      if (steps.length && h - steps.at(-1)[1] <= 0.5) steps.at(-1)[1] = h;
      // A container query's max-width includes its own width, measured lower here: 0.05 short
      // of it, so that a round width (a 320px phone's 16em column) is not kept a line too tall.
      else steps.push([Math.round((w + 0.45) * 100) / 100, h]);
    }
  }
  return { size, steps };
}

/**
 * Steps of a width in both units, widest first: each the tallest height from one level up, at
 * or below `calc(Ach + Bem)` of the element's own font. Each row is a font's width in both (its
 * "0" and its em differ from font to font); for each `B` (in 0.25em), `A` is the least that takes
 * in every row drawn that tall, and the `B` chosen leaves the fewest em blank in the rows drawn
 * shorter that it takes in too. Levels within 0.5em of each other share a step.
 */
function mixedStepsOf(rows) {
  const levels = [...new Set(rows.map(([, h]) => up(h)))].sort((a, b) => a - b);
  const groups = [];
  for (const level of levels)
    if (groups.length && level - groups.at(-1).from <= 0.5) groups.at(-1).size = level;
    else groups.push({ from: level, size: level });
  const steps = groups.slice(1).map(({ from, size }) => {
    let best;
    for (let b = 0; b <= 80; b += 0.25) {
      // Each row drawn that tall is taken in up to the next width measured (2px on), less a
      // hundredth of a pixel: a container between the two may still draw it that tall. And 1.5%
      // wider still: Firefox's and WebKit's text runs a little wider than Chromium's here (WebKit
      // drew a cited statistic in DejaVu Serif at 18px and 343px a line taller than Chromium), and
      // each "0" half a pixel narrower, as WebKit rounds it.
      // `round`: WebKit rounds a font's "0" to whole pixels (DejaVu Serif's 11.45px at 18px to 11).
      const reach = ([, , how, em, ch], px = 0, round = 0) => {
        const size = parseFloat(how);
        const more = em + px / size;
        const zero = (em * size) / ch;
        return (more * size * (1 - b / more)) / (zero - round);
      };
      // Below nothing: every row that tall is narrower than `b` alone.
      const a = Math.max(
        0,
        Math.ceil((Math.max(...rows.filter(([, h]) => up(h) >= from).map((row) => reach(row, 1.99 + row[3] * parseFloat(row[2]) * 0.015, 0.5))) + 0.005) * 100) / 100,
      );
      const cost = rows.reduce((sum, row) => (up(row[1]) < from && reach(row) <= a ? sum + size - row[1] : sum), 0);
      if (!best || cost < best.cost - 1e-9) best = { a, b, cost };
    }
    return [best.b ? (best.a ? `calc(${best.a}ch + ${best.b}em)` : `${best.b}em`) : `${best.a}ch`, size];
  });
  // A taller step at the same width is the one that applies.
  return { size: groups[0].size, steps: steps.filter(([width], i) => steps[i + 1]?.[0] !== width) };
}

for (const [name, rows] of Object.entries(out)) {
  const unit = widthUnitOf(name);
  // Heights by width in em, for the eye; the steps of a `calc` case from every font's own rows.
  const byWidth = tallestByWidth(rows);
  const changes = [];
  let last;
  for (const w of [...byWidth.keys()].sort((a, b) => a - b)) {
    const h = Math.round(byWidth.get(w) * 100) / 100;
    if (h !== last) changes.push(`${w}em:${h}`);
    last = h;
  }
  console.log(`${name}: ${changes.join('  ')}`);
  if ([CASES[name]].flat().length > 1) console.log(`  its markups differ by up to ${spread[name].toFixed(2)}em at one width and font`);
  const { size, steps } = unit === 'calc' ? mixedStepsOf(rows) : stepsOf(byWidth);
  const written = steps.map(([w, h]) => [unit === 'calc' ? w : `${w}em`, h]);
  console.log(`  suggested: size ${size}em; ${written.map(([w, h]) => `['${w}', '${h}em']`).join(', ')}`);
}
