import { isRecord } from '../core/campaign.js';
import { kebab } from '../core/fields.js';
import { bannerFields } from '../campaign-banner/fields.js';
import { campaignJson } from './campaign-file.js';
import { isoAt } from './dates.js';
import { embedQuery, type Attributes } from './snippet.js';
import type { BuilderState } from './state.js';
import type { PhaseLinks } from './timeline.js';

// The timeline's preview links: the banner on the build's own iframe page (dist/embed.html, which
// takes every attribute in its address, as the iframe preview does), with `?coalition-preview=`
// set to a moment in the phase and `coalition-reset`, so that a banner the officer closed before
// shows again. The same page and the same two words a partner's webmaster can add to any page.
// Opened in a tab of its own, that page draws a bar or a blackout as partners' pages do (in a
// frame it draws every banner inline).

/** Settings a page of the builder's cannot stand for: `pages` names the partner's own paths. */
const LEFT_OUT = new Set(['pages']);

/** The page's address with the banner's settings, at `moment` (ISO 8601). */
export function previewPageAt(page: string, attributes: Attributes, moment: string): string {
  const settings = attributes.filter(([name]) => !LEFT_OUT.has(name));
  return `${page}?${embedQuery('campaign-banner', settings)}&coalition-preview=${encodeURIComponent(moment)}&coalition-reset`;
}

/** Element mode: the banner as the snippet sets it up, reading the campaign file the snippet names. */
export function elementPhaseLinks(s: BuilderState, page: string): PhaseLinks {
  const attributes = s.attributesFor('campaign-banner');
  if (s.campaignHref && !attributes.some(([name]) => name === 'campaign')) attributes.push(['campaign', s.campaignHref]);
  return { at: (moment, zone) => previewPageAt(page, attributes, isoAt(moment, zone)) };
}

/**
 * Campaign mode: the banner with the file's settings as attributes (the draft is not published
 * yet, so no page could read it), in the language the previews are in, with the file's exit
 * address and partner as the banner reads them from the file.
 */
export function campaignPhaseLinks(s: BuilderState, page: string): PhaseLinks {
  const file = campaignJson(s.draft);
  const banner = isRecord(file.banner) ? file.banner : {};
  const { languages } = s.draft;
  const lang = s.previewLanguage;
  const attributes: Attributes = [];
  for (const [key, value] of Object.entries(banner)) {
    if (!(key in bannerFields)) continue;
    // Words in several languages: the previews' language, else the file's first.
    const one = isRecord(value) ? (value[lang] ?? value[languages[0]] ?? Object.values(value)[0]) : value;
    if (one === true) attributes.push([kebab(key), true]);
    else if (Array.isArray(one)) attributes.push([kebab(key), one.join(' ')]);
    else if (typeof one === 'string' || typeof one === 'number') attributes.push([kebab(key), String(one)]);
  }
  const exit = isRecord(file.quickExit) ? file.quickExit.href : undefined;
  if (!('exitHref' in banner) && typeof exit === 'string') attributes.push(['exit-href', exit]);
  if (!('campaignId' in banner) && typeof file.id === 'string') attributes.push(['campaign-id', file.id]);
  if (typeof file.partner === 'string') attributes.push(['partner', file.partner]);
  if (languages.length > 1 || languages[0] !== 'en') attributes.push(['lang', lang]);
  return { at: (moment, zone) => previewPageAt(page, attributes, isoAt(moment, zone)) };
}
