import { bannerMessages } from '../campaign-banner/messages.js';
import { parseField } from '../core/fields.js';
import { primary, sameLanguage, type Messages, type Words } from '../core/i18n.js';
import ar from '../core/words/ar.js';
import cy from '../core/words/cy.js';
import de from '../core/words/de.js';
import es from '../core/words/es.js';
import fr from '../core/words/fr.js';
import { withAttribution } from '../core/url.js';
import { counterFields } from '../petition-counter/fields.js';
import { counterMessages } from '../petition-counter/messages.js';
import { shareFields } from '../share-bar/fields.js';
import { shareMessages } from '../share-bar/messages.js';
import { shareUrls } from '../share-bar/networks.js';
import type { Tag } from './catalog.js';
import { escapeHtml, type Attributes } from './snippet.js';

/**
 * Every language the elements' own words come in besides English, at once: a page downloads only
 * its own language's words when it needs them (core/i18n.ts), but the builder writes fallbacks for
 * any of them without waiting, and is not a file partners' visitors download.
 */
const WORDS: Record<string, Words> = { cy, fr, de, es, ar };

/**
 * An element's own words for `key` in the element's language (`lang`, as its attribute says), with
 * the language they are in: that language where the elements have words in it, else English.
 */
export function ownWords<K extends string>(messages: Messages<K>, key: K, lang: string | undefined): { words: string; lang: string } {
  const language = lang ? primary(lang) : 'en';
  const words = WORDS[language]?.[messages.name]?.[key];
  return words ? { words, lang: language } : { words: messages.en[key], lang: 'en' };
}

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
 * Where the officer gave no words, the element's own are written in the element's language (its
 * `lang`: the language of the page it is made for), as the element would draw them: a Welsh page's
 * share bar offers "Rhannu drwy e-bost". They are marked with their language where it is not the
 * element's: English on a page in a language the elements have no words in, or on a page whose
 * language the snippet does not say (an element without `lang` follows its page, unknown here).
 *
 * `inline`: whether the banner is in the page's flow (as the snippet's reserved space says).
 */
export function withFallback(tag: Tag, attributes: Attributes, inline: boolean): { attributes: Attributes; children: string[] } {
  const value = (name: string) => {
    const found = attributes.find(([n]) => n === name)?.[1];
    return typeof found === 'string' && found.trim() ? found.trim() : undefined;
  };
  const lang = value('lang');
  // The element's own words, in its language, marked where they are in another (WCAG 3.1.2).
  const own = <K extends string>(messages: Messages<K>, key: K) => {
    const found = ownWords(messages, key, lang);
    return { words: escapeHtml(found.words), mark: lang && sameLanguage(lang, found.lang) ? '' : ` lang="${found.lang}"` };
  };
  const link = <K extends string>(href: string, words: string | undefined, messages: Messages<K>, key: K) => {
    if (words) return `<a href="${escapeHtml(href)}">${escapeHtml(words)}</a>`;
    const { words: builtIn, mark } = own(messages, key);
    return `<a href="${escapeHtml(href)}"${mark}>${builtIn}</a>`;
  };
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
        ...(cta ? [`<p slot="fallback">${link(attributed(cta), value('cta-label'), bannerMessages, 'more')}</p>`] : []),
      ],
    };
  }

  if (tag === 'petition-counter') {
    // Where to sign, if the counter has it: what a visitor without the count can still do.
    const href = value('href');
    if (href) return { attributes, children: [`<p>${link(attributed(href), value('cta-label'), counterMessages, 'sign')}</p>`] };
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
    const label = value('label');
    // The word for this count as the counter chooses it (messages.ts): the language's form for it
    // where its words have one, else English's "signature" for 1 and "signatures" for the rest.
    const form = lang && WORDS[primary(lang)] ? `signatures.${new Intl.PluralRules(lang).select(total)}` : '';
    const counted = form in (WORDS[primary(lang ?? 'en')]?.counter ?? {}) ? form : total === 1 ? 'signatures.one' : 'signatures';
    const signatures = own(counterMessages, counted as keyof typeof counterMessages.en);
    const words = label ? escapeHtml(label) : signatures.mark ? `<span${signatures.mark}>${signatures.words}</span>` : signatures.words;
    const cite = value('cite');
    const citeHref = value('cite-href');
    const source = cite ? ` (${citeHref ? `<a href="${escapeHtml(citeHref)}">${escapeHtml(cite)}</a>` : escapeHtml(cite)})` : '';
    return { attributes, children: [`<p>${numberIn(lang).format(total)} ${words}${source}</p>`] };
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
    return { attributes, children: [`<p>${link(mailto, undefined, shareMessages, 'email')}</p>`] };
  }
  return { attributes, children: [] };
}

/** The number's separators of the element's language (14.000 in German), English where it has none or is not a language tag. */
function numberIn(lang: string | undefined): Intl.NumberFormat {
  try {
    if (lang && Intl.NumberFormat.supportedLocalesOf(lang).length) return new Intl.NumberFormat(lang);
  } catch {
    /* not a language tag (`lang` is free text in the form): as the element, English */
  }
  return new Intl.NumberFormat('en');
}
