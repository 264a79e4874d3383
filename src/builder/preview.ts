import type { Source } from '../core/errors.js';
import { parseField, type Field, kebab } from '../core/fields.js';
import { forgetAll } from '../core/storage.js';
import { campaignBanner } from '../campaign-banner/element.js';
import type { Rule } from '../campaign-banner/recur.js';
import { calendarAt } from '../campaign-banner/schedule.js';
import { readDate } from '../campaign-banner/zone.js';
import type { Tag } from './catalog.js';
import { elementMarkup, fallbackRule, type Attributes } from './snippet.js';

export interface PreviewPlan {
  tag: Tag;
  attributes: Attributes;
  children: string[];
  /** Why the preview differs from what the page will show. */
  notes: string[];
  /** What the officer has yet to give before the element can show anything, in words (preview-plans.ts). */
  needs?: string;
  /**
   * The same, when the element is not made until it has it (a wall's supporters, a counter's
   * count): the words stand in its place.
   */
  waiting?: string;
}

/** What the preview must not take literally in a banner's settings. */
export interface BannerAdjustments {
  /** A fixed bar or a modal overlay would take over the builder: show it inline. */
  mode: boolean;
  /** Outside its window the banner shows nothing today: show it as during the window. */
  start: boolean;
  end: boolean;
  notes: string[];
}

/**
 * Decides from the banner's valid settings only, so that nothing the element would report is
 * hidden from it: an invalid mode or date is left for the element to refuse, and a window the
 * banner's own rules refuse (one that ends before it starts) is left for it to report in its own
 * words. Whether the window is open today is the banner's schedule's answer (calendarAt), its
 * repeats and time zone included: the preview does not keep a second calendar.
 */
export function bannerAdjustments(fields: Record<string, Field>, raw: (key: string) => unknown, now = Date.now()): BannerAdjustments {
  const valid = (key: string) => {
    const value = raw(key);
    const parsed = value === undefined || value === '' ? undefined : parseField(fields[key], value);
    return parsed?.ok ? parsed.value : undefined;
  };
  const out: BannerAdjustments = { mode: false, start: false, end: false, notes: [] };
  const mode = valid('mode') as string | undefined;
  if (mode && mode !== 'inline') {
    out.mode = true;
    out.notes.push(`Shown inline here; on the page it is ${mode === 'overlay' ? 'a full-page overlay' : `a bar fixed to the ${mode}`}.`);
  }
  const settings = Object.fromEntries(Object.keys(fields).map((key) => [key, valid(key)]));
  if (campaignBanner.rules.some((rule) => rule.check(settings))) return out;
  // A date without an offset stays text, read in the banner's time zone as the banner reads it.
  const zone = settings.timeZone as string | undefined;
  const read = (key: string) => {
    const value = settings[key] as number | string | undefined;
    return value === undefined ? undefined : readDate(value, zone);
  };
  const [start, end] = [read('start'), read('end')];
  const rule = start && (settings.recur as Rule | undefined);
  const calendar = { start: start?.time, end: end?.time, rule, zone: zone ?? start?.zone };
  const { phase, window } = calendarAt(now, calendar);
  if (phase === 'live') return out;
  // No occurrence has begun: before the (first) start. Else the last one has ended.
  out.start = !window;
  out.end = !!window;
  if (out.end && rule) {
    out.notes.push(
      'Shown as during its start–end window: today is between its occurrences, and a visitor would see nothing until the next (or, with teaser-days, a countdown).',
    );
  } else if (out.end) out.notes.push('Shown as during its start–end window, which has already ended: today a visitor would see nothing.');
  else {
    out.notes.push(
      'Shown as during its start–end window, which has not begun: today a visitor would see nothing (or, with teaser-days, a countdown).',
    );
  }
  return out;
}

/** Element mode: the snippet's own attributes, minus what would take over or hide the preview. */
export function planFromAttributes(tag: Tag, fields: Record<string, Field>, attributes: Attributes, children: string[]): PreviewPlan {
  if (tag !== 'campaign-banner') return { tag, attributes, children, notes: [] };
  const value = (key: string) => attributes.find(([name]) => name === kebab(key))?.[1];
  const adjust = bannerAdjustments(fields, value);
  const dropped = new Set([
    ...(adjust.mode ? ['mode'] : []),
    ...(adjust.start ? ['start', 'teaser-days'] : []),
    ...(adjust.end ? ['end'] : []),
  ]);
  return { tag, attributes: attributes.filter(([name]) => !dropped.has(name)), children, notes: adjust.notes };
}

/**
 * Campaign mode: the element reads the draft as its campaign file, exactly as on a partner's page,
 * so every message is the element's own. A banner gets its own attributes where the file's
 * values would take over or hide the preview (an element's own attributes beat its file).
 */
export function planFromFile(
  tag: Tag,
  href: string,
  banner?: { fields: Record<string, Field>; values: Record<string, unknown> },
  lang?: string,
): PreviewPlan {
  const attributes: Attributes = [['campaign', href]];
  if (lang) attributes.push(['lang', lang]);
  if (!banner) return { tag, attributes, children: [], notes: [] };
  const adjust = bannerAdjustments(banner.fields, (key) => banner.values[key]);
  if (adjust.mode) attributes.push(['mode', 'inline']);
  if (adjust.start) attributes.push(['start', '1970-01-01T00:00:00Z']);
  if (adjust.end) attributes.push(['end', '9999-12-31T23:59:59Z']);
  return { tag, attributes, children: [], notes: adjust.notes };
}

/**
 * The preview's markup: the element, and after it (its container's first child stays the element)
 * the snippet's rule for the lines written in it for visitors without the script, which a banner
 * shows as its message: as on the partner's page, not in the builder's own paragraphs' look.
 * Nothing while the plan is waiting for what the element needs: its words stand in for it.
 */
export const planMarkup = (plan: PreviewPlan) =>
  plan.waiting
    ? ''
    : elementMarkup(plan.tag, plan.attributes, plan.children) +
      (plan.tag !== 'supporter-wall' && plan.children.length ? `<style>${fallbackRule(plan.tag)}</style>` : '');

export interface PreviewError {
  attribute: string;
  message: string;
  /** Where the problem is, as data: the builder places the message by this, never by its words. */
  source: Source;
}

/**
 * Renders one plan with the real, registered element into `container`, through the same markup a
 * partner pastes, and collects what the element reports. A fresh element each time: the elements
 * report each problem once per element, and remembered dismissals would hide a closed banner.
 */
export function renderPreview(container: HTMLElement, markup: string, onErrors: (errors: PreviewError[]) => void): () => void {
  const errors: PreviewError[] = [];
  const listen = (event: Event) => {
    const { attribute, message, source } = (event as CustomEvent<PreviewError>).detail;
    if (!errors.some((e) => e.attribute === attribute && e.message === message)) {
      // An element that names no source (an older copy of ours, say) is taken at its word.
      errors.push({ attribute, message, source: source ?? { attribute } });
      onErrors([...errors]);
    }
  };
  container.addEventListener('coalition-error', listen);
  forgetAll();
  onErrors([]);
  container.innerHTML = markup;
  return () => container.removeEventListener('coalition-error', listen);
}

/** Where a draft is served while its published address is not known: no network has it. */
export const DRAFT_ORIGIN = 'https://campaign.builder.invalid/';
const drafts = new Map<string, string>();
let served = 0;
let wrapped: typeof fetch | undefined;

/** The file's published address when it is a full http(s) one: relative addresses in it are read from there. */
export function publishedAt(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether an element's report names an address resolved against the made-up origin: a relative
 * address in a draft whose published address is not known yet, which cannot be checked here.
 */
export const aboutDraftOrigin = (error: { message: string }) => error.message.includes(DRAFT_ORIGIN);

/**
 * Serves a campaign file that exists only in the builder to the preview elements: at its published
 * address `at` (a query makes each draft's address its own), so that relative logo addresses are
 * read as partners' pages will read them, or else at an address no network has (`.invalid` is
 * reserved). Every other request passes through untouched. The wrapper is put back if something
 * replaced `fetch` since (tests stub it).
 */
export function serveDraft(text: string, at?: string): string {
  const draft = ++served;
  const href = at ? Object.assign(new URL(at), { search: `?builder-draft=${draft}`, hash: '' }).href : `${DRAFT_ORIGIN}${draft}.json`;
  drafts.set(href, text);
  // The elements fetch a file as soon as they see it; older drafts are never read again.
  for (const old of drafts.keys()) if (drafts.size > 8) drafts.delete(old);
  if (window.fetch !== wrapped) {
    const inner = window.fetch;
    wrapped = (input: RequestInfo | URL, init?: RequestInit) => {
      const body = drafts.get(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return body === undefined
        ? inner.call(window, input, init)
        : Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    };
    window.fetch = wrapped;
  }
  return href;
}

/**
 * Serves each new text of the file once (and again when its published address changes): while
 * both stay the same its address does, so the preview markup, and with it the preview element,
 * stays the same too.
 */
export function draftServer(): (text: string, at?: string) => string {
  let last: { text: string; at?: string; href: string } | undefined;
  return (text, at) => {
    if (last?.text !== text || last.at !== at) last = { text, at, href: serveDraft(text, at) };
    return last.href;
  };
}
