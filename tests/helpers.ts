import type { CoalitionErrorDetail } from '../src/core/events.js';
import { clearCampaignCache } from '../src/core/campaign-file.js';
import { setPreviewTime } from '../src/core/schedule.js';
import { forgetAll } from '../src/core/storage.js';

/** Collects what a partner would see: our console warnings and coalition-error events. */
export function watchErrors() {
  const warnings: string[] = [];
  const events: CoalitionErrorDetail[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  const onError = (e: Event) => events.push((e as CustomEvent<CoalitionErrorDetail>).detail);
  document.addEventListener('coalition-error', onError);
  return {
    warnings,
    events,
    restore() {
      console.warn = originalWarn;
      document.removeEventListener('coalition-error', onError);
    },
  };
}

export type Watched = ReturnType<typeof watchErrors>;

/**
 * A banner suite's page, made new around each test: no cached campaign file, no remembered
 * dismissal, no preview time, the page scrollable again, and no navigation by a clicked link
 * (it would take the test page away). `watching` receives each test's console and events.
 */
export function bannerPage(watching: (errors: Watched) => void): void {
  let errors: Watched | undefined;
  const noNavigation = (e: Event) => e.preventDefault();
  beforeEach(() => {
    errors = watchErrors();
    watching(errors);
    clearCampaignCache();
    forgetAll();
    document.addEventListener('click', noNavigation);
  });
  afterEach(() => {
    errors?.restore();
    setPreviewTime(undefined);
    forgetAll();
    document.removeEventListener('click', noNavigation);
    document.documentElement.style.overflow = '';
  });
}

/**
 * A paste snippet's style (or markup holding it) without its `:state(fit)` rule: the space it keeps,
 * measured on widgets that may lie below the screen, where that rule lets the room go (tested on
 * its own in layout.test.ts).
 */
export const withoutFit = (css: string) => css.replace(/[^{}>]*:state\(fit\)[^{}]*\{[^}]*\}/g, '');

/**
 * Resolves once `check` returns a truthy value (max 5 s, headroom for a busy two-core machine;
 * 8 s in WebKit, which under Xvfb loads and renders slowest). Polls with timers, not animation
 * frames, which a page in the background does not get.
 */
export async function until<T>(
  check: () => T | undefined | null | false,
  what = 'condition',
  timeoutMs = { chromium: 5000, firefox: 5000, webkit: 8000 }[
    (globalThis as { __engine?: { name: 'chromium' | 'firefox' | 'webkit' } }).__engine?.name ?? 'chromium'
  ],
): Promise<T> {
  const end = performance.now() + timeoutMs;
  for (let i = 0; i < 180 || performance.now() < end; i++) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 16));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Replaces window.fetch for one test; records every URL requested. */
export function stubFetch(handler: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const original = window.fetch;
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return handler(url, init);
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init });

/** Waits for an element's fade-ins to finish: axe measures contrast as painted at that moment. */
export async function animationsDone(el: Element): Promise<void> {
  const root = el.shadowRoot ?? el;
  await Promise.all(root.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)));
}

/**
 * Waits until every one of our elements inside `root` has rendered: each renders first in the
 * frame after its definition (src/core/base.ts), so a wrapper's fixture is ready before they are.
 */
export async function allRendered(root: Element): Promise<void> {
  const elements = [root, ...root.querySelectorAll('*')].filter((el) => 'updateComplete' in el) as Array<
    Element & { updateComplete: Promise<unknown> }
  >;
  await Promise.all(elements.map((el) => el.updateComplete));
}

// ---------------------------------------------------------------------------------------------
// Engines. The suite runs in Chromium, Firefox and WebKit (scripts/test.mjs); the runner's page
// says which one this is, and which media a media run (Firefox, WebKit) was launched with
// (web-test-runner.config.mjs).

export type Engine = 'chromium' | 'firefox' | 'webkit';
export interface Media {
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
}
interface EngineInfo {
  name: Engine;
  group: string;
  label?: string;
  media: Media;
  /** The engine's media runs, each a browser launched with settings for these media. */
  groups?: Array<{ name: string; media: Media }>;
}
const LABELS: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
const MEDIA_FEATURES: Record<keyof Media, string> = {
  reducedMotion: 'prefers-reduced-motion',
  colorScheme: 'prefers-color-scheme',
  forcedColors: 'forced-colors',
};
const DEFAULT_MEDIA: Required<Media> = { reducedMotion: 'no-preference', colorScheme: 'light', forcedColors: 'none' };

export const engine: EngineInfo = (globalThis as { __engine?: EngineInfo }).__engine ?? { name: 'chromium', group: 'default', media: {} };
export const engineLabel = LABELS[engine.name];
/** Only Chromium (over CDP) can switch reduced motion, colour scheme and forced colours per test. */
export const emulatesMedia = engine.name === 'chromium';

// A media run (Firefox, WebKit) runs only the tests registered for it with `needs()`, their titles
// marked with the group's media: in that group every other `it()` registers nothing (this module
// is imported before a test file's body runs).
const groupMark = engine.group === 'default' ? undefined : ` [${engineLabel} launched with ${engine.label}]`;
const realIt = globalThis.it;
if (groupMark) {
  const none = () => undefined;
  (globalThis as { it: unknown }).it = Object.assign(none, { skip: none, only: none, retries: realIt.retries });
}

const full = (media: Media) => ({ ...DEFAULT_MEDIA, ...media });
const covers = (launched: Media, wanted: Media) =>
  Object.entries(wanted).every(([key, value]) => full(launched)[key as keyof Media] === value);

type TestFn = (this: Mocha.Context) => void | Promise<unknown>;
type Register = (title: string, fn: TestFn) => Mocha.Test | undefined;

/** A test registered as skipped, with the engine and the reason in its title (the run's summary lists it). */
const skipped = (title: string, reason: string) => realIt.skip(`${title} — skipped in ${engineLabel}: ${reason}`);

/**
 * `skipIn('webkit', 'why')('title', fn)`: a test that cannot run in that engine, skipped there by
 * name with the reason in its title. Only for real gaps in the test tooling; the behaviour must
 * still be covered elsewhere.
 */
export function skipIn(engines: Engine | Engine[], reason: string): Register {
  const list = Array.isArray(engines) ? engines : [engines];
  return (title, fn) => (groupMark ? undefined : list.includes(engine.name) ? skipped(title, reason) : realIt(title, fn));
}

/**
 * `needs({ reducedMotion: 'reduce' })('title', fn)`: a test that needs media the visitor sets.
 * Chromium emulates them per test (call `emulate()` in the test as before); Firefox and WebKit
 * run the test in the run launched with those settings (scripts/browsers.mjs, MEDIA_RUNS); where
 * no run has them (forced colours in WebKit), the test is skipped by name.
 */
export function needs(wanted: Media): Register {
  return (title, fn) => {
    if (emulatesMedia) return realIt(title, fn);
    // Where the test runs: the plain run when it needs nothing else, else the first media run that has it.
    const home = covers({}, wanted) ? 'default' : engine.groups?.find((group) => covers(group.media, wanted))?.name;
    if (!home) {
      return groupMark
        ? undefined
        : skipped(
            title,
            wanted.forcedColors === 'active' && engine.name === 'webkit'
              ? 'WebKit has no forced colours (Safari does not support them); covered in Chromium and Firefox'
              : `no ${engineLabel} run is launched with ${JSON.stringify(wanted)}`,
          );
    }
    if (home !== engine.group) return undefined; // registered in its own run
    return realIt(groupMark ? `${title}${groupMark}` : title, async function (this: Mocha.Context) {
      for (const [feature, value] of Object.entries(wanted)) {
        const query = `(${MEDIA_FEATURES[feature as keyof Media]}: ${value})`;
        if (!matchMedia(query).matches) throw new Error(`this ${engineLabel} was to be launched with ${query}, and it does not match`);
      }
      return fn.call(this);
    });
  };
}

/**
 * Sets reduced motion, colour scheme or forced colours for the rest of the test. In Chromium it
 * emulates them; elsewhere the test runs only where the browser was launched with them (`needs()`),
 * so this checks they are in effect, and a reset to the defaults does nothing.
 */
export async function emulate(media: Media): Promise<void> {
  if (emulatesMedia) {
    const { emulateMedia, executeServerCommand } = await import('@web/test-runner-commands');
    const { forcedColors, ...rest } = media;
    if (Object.keys(rest).length) await emulateMedia(rest);
    if (forcedColors) await executeServerCommand('emulate-forced-colors', forcedColors === 'active');
    return;
  }
  const mismatched = Object.entries(media).filter(
    ([feature, value]) => value !== DEFAULT_MEDIA[feature as keyof Media] && !covers(engine.media, { [feature]: value }),
  );
  if (mismatched.length) {
    throw new Error(`${engineLabel} cannot emulate ${JSON.stringify(Object.fromEntries(mismatched))}: register the test with needs()`);
  }
}

/**
 * Presses keys, optionally while holding others down (`keys(['Tab'], ['Shift'])`). WebKitWebDriver's
 * sendKeys can neither hold a key nor type a letter twice in a row, so WebKit gets each key down
 * and up as WebDriver key actions (a command in web-test-runner.config.mjs).
 */
export async function keys(pressed: string[], hold: string[] = []): Promise<void> {
  const { executeServerCommand, sendKeys } = await import('@web/test-runner-commands');
  if (engine.name === 'webkit') {
    await executeServerCommand('webdriver-keys', { keys: pressed, hold });
    return;
  }
  for (const key of hold) await sendKeys({ down: key });
  for (const key of pressed) await sendKeys({ press: key });
  for (const key of [...hold].reverse()) await sendKeys({ up: key });
}

/** Types text; in WebKit as key actions, each key down and up, so that letters repeated in a row all arrive. */
export async function typeText(text: string): Promise<void> {
  if (engine.name === 'webkit') return keys([...text]);
  const { sendKeys } = await import('@web/test-runner-commands');
  await sendKeys({ type: text });
}
