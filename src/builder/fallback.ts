import { bannerMessages } from '../campaign-banner/messages.js';
import { parseField } from '../core/fields.js';
import { withAttribution } from '../core/url.js';
import { counterFields } from '../petition-counter/fields.js';
import { counterMessages } from '../petition-counter/messages.js';
import { shareFields } from '../share-bar/fields.js';
import { shareMessages } from '../share-bar/messages.js';
import { shareUrls } from '../share-bar/networks.js';
import type { Tag } from './catalog.js';
import { escapeHtml, type Attributes } from './snippet.js';

/**
 * What a visitor sees where the script never runs (a strict CSP, an ad-blocker, a failed integrity
 * check, no JavaScript): the element's light DOM, in the officer's own words from the form, one or
 * two short lines that fit in the space the snippet keeps, so the page does not move when the
 * widget replaces them. Each element treats its light DOM its own way once it runs, and the
 * fallback is written for that, so that it never shows twice and the widget draws what it would
 * without it:
 *
 * - An inline banner slots its light DOM as its message, in place of `message` (an element's
 *   light DOM is its message whenever it holds any text). The message goes there as a paragraph,
 *   and out of the attributes, where it would be dead words a webmaster might edit in vain. The
 *   call to action, which the banner draws itself, goes in `slot="fallback"`: the banner has no
 *   slot of that name, so once it runs the link is not drawn, and without the script it shows.
 *   A banner with a content warning gets none: its message must not be read before the warning,
 *   and hidden until the script runs (the README's rule) it would show nothing without JavaScript
 *   anyway, while on a page where the script runs but cannot render (a patched attachShadow) the
 *   light DOM stays, ungated. Without a message there is nothing to write: any text in its light
 *   DOM is the banner's message. Bars and the overlay take no room in the page: none (README).
 * - A counter and a share bar draw no slot: their light DOM is not drawn once they run.
 *
 * `inline`: whether the banner is in the page's flow (as the snippet's reserved space says).
 */
export function withFallback(tag: Tag, attributes: Attributes, inline: boolean): { attributes: Attributes; children: string[] } {
  const value = (name: string) => {
    const found = attributes.find(([n]) => n === name)?.[1];
    return typeof found === 'string' && found.trim() ? found.trim() : undefined;
  };
  const link = (href: string, words: string | undefined, english: string) =>
    words ? `<a href="${escapeHtml(href)}">${escapeHtml(words)}</a>` : `<a href="${escapeHtml(href)}" lang="en">${escapeHtml(english)}</a>`;
  // The campaign's own links carry the partner's attribution, as the element's do.
  const attributed = (href: string) =>
    withAttribution(href, value('partner'), tag === 'campaign-banner' ? value('campaign-id') : undefined);

  if (tag === 'campaign-banner') {
    const message = value('message');
    if (!inline || !message || attributes.some(([name]) => name === 'warning')) return { attributes, children: [] };
    const cta = value('cta-href');
    return {
      attributes: attributes.filter(([name]) => name !== 'message'),
      children: [
        // `dir="auto"`: the banner gives its `message` attribute its own direction too (English
        // words on an Arabic page keep their full stop at the end).
        `<p dir="auto">${escapeHtml(message)}</p>`,
        ...(cta ? [`<p slot="fallback">${link(attributed(cta), value('cta-label'), bannerMessages.en.more)}</p>`] : []),
      ],
    };
  }

  if (tag === 'petition-counter') {
    // Where to sign, if the counter has it: what a visitor without the count can still do.
    const href = value('href');
    if (href) return { attributes, children: [`<p>${link(attributed(href), value('cta-label'), counterMessages.en.sign)}</p>`] };
    // A fixed count (a cited statistic, or the stand-in the counter shows while its sources load):
    // the number with its words and source. A live count without it is unknown here.
    const number = (name: 'count' | 'offset' | 'min') => {
      const parsed = parseField(counterFields[name], value(name) ?? (name === 'count' ? undefined : '0'));
      return parsed.ok ? parsed.value : undefined;
    };
    const count = number('count');
    if (count === undefined) return { attributes, children: [] };
    const total = count + (number('offset') ?? 0);
    if (total < (number('min') ?? 0)) return { attributes, children: [] };
    let lang = value('lang') ?? 'en';
    if (!Intl.NumberFormat.supportedLocalesOf(lang).length) lang = 'en';
    const label = value('label');
    const words = label ? escapeHtml(label) : `<span lang="en">${counterMessages.en.signatures}</span>`;
    const cite = value('cite');
    const citeHref = value('cite-href');
    const source = cite ? ` (${citeHref ? `<a href="${escapeHtml(citeHref)}">${escapeHtml(cite)}</a>` : escapeHtml(cite)})` : '';
    return { attributes, children: [`<p>${new Intl.NumberFormat(lang).format(total)} ${words}${source}</p>`] };
  }

  if (tag === 'share-bar') {
    // Without the script the page's own address is unknown here (the bar shares it by default):
    // only a bar given the address to share can offer it, and then by email, a plain link that
    // asks nothing of anyone until the visitor clicks and sends nothing to a network. A partner
    // who took email off the bar gets none.
    const url = value('url');
    const networks = parseField(shareFields.networks, value('networks'));
    const listed = networks.ok ? networks.value : shareFields.networks.default!;
    if (!url || !listed.includes('email')) return { attributes, children: [] };
    const hashtags = parseField(shareFields.hashtags, value('hashtags'));
    const mailto = shareUrls.email({
      url: withAttribution(url, value('partner'), undefined),
      text: value('text') ?? '',
      hashtags: hashtags.ok ? hashtags.value.map((tag) => tag.replace(/^#/, '')) : [],
    });
    return { attributes, children: [`<p>${link(mailto, undefined, shareMessages.en.email)}</p>`] };
  }
  return { attributes, children: [] };
}
