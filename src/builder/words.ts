import { html, type TemplateResult } from 'lit';
import type { Tag } from './catalog.js';
import { bannerMessages } from '../campaign-banner/messages.js';
import { counterMessages } from '../petition-counter/messages.js';
import { quickExitMessages } from '../exit/exit-messages.js';
import { shareMessages } from '../share-bar/messages.js';
import { wallMessages } from '../supporter-wall/messages.js';
import { isPerLanguage } from './languages.js';
import { isBlank } from './values.js';

/**
 * The builder's own words for each setting, for a campaign officer who writes no HTML: a label in
 * words, and a hint in plain English where the element's documentation (its JSDoc in fields.ts,
 * written for webmasters) uses terms such as "light DOM" or "localStorage". Keyed by setting key;
 * `tag.key` where one key means different things in different elements. The attribute's own name
 * stays beside each label, small, for webmasters.
 */
const LABELS: Record<string, string> = {
  headline: 'Headline',
  message: 'Message',
  ctaLabel: 'Call to action text',
  ctaHref: 'Call to action link',
  mode: 'How the banner appears',
  start: 'Starts',
  end: 'Ends',
  dismissible: 'Visitors can close it',
  dismissDays: 'Keep it closed for (days)',
  campaignId: 'Campaign name for remembering',
  warning: 'Content warning',
  supportLabel: 'Support link text',
  supportHref: 'Support link',
  teaserDays: 'Countdown before the start (days)',
  exitHref: 'Quick exit goes to',
  reminder: 'Reminder bar after closing',
  afterHeadline: 'Headline after the end',
  afterMessage: 'Message after the end',
  afterCtaLabel: 'Call to action text after the end',
  afterCtaHref: 'Call to action link after the end',
  afterEnd: 'After-message stops',
  recur: 'Repeats',
  timeZone: 'Time zone',
  showLimit: 'Show the full-page banner at most (times)',
  pages: 'Only on these pages',
  count: 'Count',
  source: 'Where the count comes from',
  goal: 'Goal',
  'petition-counter.label': 'Words after the number',
  refresh: 'Check for a new count every (seconds)',
  'petition-counter.href': 'Petition link',
  format: 'Number style',
  offset: 'Signatures collected elsewhere',
  min: 'Hide the number until it reaches',
  milestones: 'Milestones',
  stepAt: 'Move to the next milestone at',
  showSource: 'Say where the number comes from',
  cite: 'Source of the figure',
  citeHref: 'Link to the source',
  'quick-exit.href': 'Exit goes to',
  'quick-exit.label': 'Button text',
  position: 'Position',
  url: 'Page to share',
  text: 'Suggested message',
  hashtags: 'Hashtags',
  networks: 'Share buttons',
  'share-bar.label': 'Heading',
  compact: 'Icons only',
  src: 'Supporters list address',
  heading: 'Heading',
  order: 'Order of the logos',
  monochrome: 'Grey logos',
  max: 'Logos shown before "more"',
  joinHref: 'Join link',
  joinLabel: 'Join link text',
  campaign: 'Campaign file address',
  lang: 'Language',
  theme: 'Colours',
  dir: 'Text direction',
  partner: 'Partner name',
  id: 'Campaign name',
};

const HINTS: Record<string, string> = {
  message: 'The banner’s main text. A webmaster can put formatted text and links inside the element instead.',
  ctaLabel: 'The words of the link. Leave empty for “Find out more”, in each visitor’s language.',
  ctaHref: 'The web page the link goes to. The partner’s name is added to the link.',
  mode: '**inline** sits in the page where it is pasted; **top** and **bottom** are bars fixed to the edge of the window; **overlay** covers the whole page (a blackout).',
  start: 'When the banner appears. Pick a date and time in the campaign’s time zone.',
  end: 'When the banner stops. It must be after the start.',
  dismissible: 'Adds a Close button (on a full-page banner, “Continue to the site”).',
  dismissDays:
    'How many days a visitor who closes the banner keeps it closed, remembered on their device. Leave empty: it stays closed until they close their browser.',
  campaignId: 'Keeps one campaign’s “closed” separate from another’s. Leave empty to use the campaign file’s name, or else the headline.',
  warning: 'A content warning. The message and its link stay hidden behind a “Show message” button until the visitor chooses to see them.',
  supportLabel: 'The words of the support link. Leave empty for “Get support”, in each visitor’s language.',
  supportHref: 'A helpline or report page shown beside the warning (a web address, or an email address starting mailto:).',
  teaserDays: 'Show a small “Starts in 3 days” bar for this many days before the start. 0.5 is twelve hours.',
  exitHref:
    'With a content warning or a full-page banner, the banner shows an “Exit this page” button that goes to this everyday site (for example a weather site).',
  reminder: 'After a visitor closes a full-page banner, show a small bar with the headline and link until the end.',
  afterHeadline: 'Shown after the end, for example a thank-you or the result: “1,204 partners went dark. Thank you.”',
  afterMessage: 'The text shown after the end, under the headline after the end: for example what happens next.',
  afterCtaLabel: 'The words of the link shown after the end. Leave empty for “Find out more”, in each visitor’s language.',
  afterCtaHref:
    'The web page the link after the end goes to, such as the results. Leave empty for no link. The partner’s name is added to the link.',
  afterEnd: 'When the message after the end stops. Leave empty for 14 days after the end.',
  recur:
    'Repeats the banner, for example every year on Safer Internet Day. Leave empty for once. Written in the calendar apps’ repeat code: `FREQ=YEARLY` repeats on the same dates each year; `FREQ=YEARLY;BYMONTH=2;BYDAY=2TU` is the second Tuesday of February.',
  timeZone: 'The place whose clock the dates follow, such as Europe/London (summer time included).',
  showLimit: 'After this many visits the full-page banner comes as a small bar instead.',
  pages: 'Leave empty for every page. `/` is the home page, `/news/*` every news page, `!/donate` means not the donate page.',
  source:
    'Where the live count is read: `uk-parliament:` and the petition number (from its address), or the address of a statistic. Several are added together.',
  goal: 'A number (commas allowed: 100,000), or `auto` for the next round number above the count. Without a goal there is no progress bar.',
  'petition-counter.label': 'The words after the number. Leave empty for “signatures”, in each visitor’s language.',
  'petition-counter.href':
    'The petition page where visitors sign, shown as a link under the count. The partner’s name is added to the link.',
  'petition-counter.ctaLabel': 'The words of the sign link. Leave empty for “Sign the petition”, in each visitor’s language.',
  offset: 'Signatures collected elsewhere (on paper, say), added to the number shown.',
  cite: 'Where a fixed count comes from, shown under it as “Source: NCMEC”.',
  citeHref: 'A web page where the source can be read: the “Source” line links to it.',
  refresh: 'At least 30. 0 reads the count once.',
  format: '**standard** 118,342; **compact** 118K; **long** 14 million.',
  'petition-counter.count':
    'A fixed number to show, in figures: 14000000 or 14,000,000. To show it as “14 million”, choose **long** under Number style. Also shown while a source loads, and if it fails.',
  milestones: 'For the goal `auto`: the goals to use, such as `10000 100000`.',
  stepAt: 'For the goal `auto`: with 0.9, at 9,000 the goal is already the milestone after 10,000.',
  'quick-exit.href': 'An everyday site that gives nothing away, such as a weather site. Leave empty for BBC Weather, the default.',
  'quick-exit.label': 'The button’s words. Leave empty for “Exit this page”, in each visitor’s language.',
  position: '**sticky** stays at the top of the window as the page scrolls; **inline** stays where it is pasted.',
  url: 'Leave empty to share the page the bar is on. The partner’s name is added to the link.',
  hashtags: 'Without #, separated by spaces or commas.',
  networks:
    'In order, separated by spaces: `native facebook x whatsapp linkedin bluesky threads mastodon reddit telegram email copy image`. `native` is the phone’s own share button.',
  'share-bar.label':
    'The heading above the buttons. Leave empty for “Share”, in each visitor’s language. With icons only, screen readers read it out but it is not shown.',
  compact: 'Shows icons without words; each still has its name for screen readers and as a tooltip.',
  src: 'The address of a supporters list (a JSON file). Leave empty to use the campaign file’s supporters, or the supporters below.',
  heading: 'The heading above the logos. Leave empty for “Supported by”, in each visitor’s language.',
  order: '**as-given** in your order; **shuffle** a fair new order on each visit; **alphabetical**. Within each tier.',
  max: 'Shows this many logos, then a “+ 12 more supporters” button that shows the rest. Leave empty to show every logo.',
  joinHref:
    'A “Join the coalition” link after the logos: a web page, or an email address starting mailto:. The partner’s name is added to a web page’s link.',
  joinLabel: 'The words of the join link. Leave empty for “Join the coalition”, in each visitor’s language.',
  campaign: 'The address of a campaign file for this element only. `none` keeps it clear of any campaign file.',
  lang: 'The language of the element’s own words (“Share”, “Close”), as a short code such as `cy` for Welsh. Leave empty to follow the page. Given, the words shown where the script is blocked are in it too; left empty, they are in English. Your own words (a headline, a message) are not translated: write them in this language too, or give them in each language in a campaign file.',
  theme:
    '**light**, **dark**, or **auto** to follow the visitor’s light or dark setting. If your site is always light, choose **light**: with **auto**, a visitor whose phone is set to dark sees a dark widget on your light page.',
  dir: 'Leave on auto: right to left follows from the language.',
  partner: 'Your organisation’s short name. It is added to the campaign’s links, so the coalition can see visits that came from you.',
};

/** What a field is called in the builder: words, never the attribute name alone. */
export function labelFor(tag: Tag | undefined, key: string): string {
  return (
    (tag && LABELS[`${tag}.${key}`]) ??
    LABELS[key] ??
    key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/^./, (c) => c.toUpperCase())
  );
}

/** The builder's own hint for a setting, where the element's documentation needs rewording. */
export const plainHint = (tag: Tag | undefined, key: string): string | undefined => (tag && HINTS[`${tag}.${key}`]) ?? HINTS[key];

/**
 * Hint text with `code` and **bold**, rendered with Lit templates (never as HTML): the words of
 * a JSDoc description or of the table above.
 */
export function rich(text: string): Array<string | TemplateResult> {
  return text
    .split('`')
    .flatMap((part, i) =>
      i % 2 ? [html`<code>${part}</code>`] : part.split('**').map((piece, j) => (j % 2 ? html`<strong>${piece}</strong>` : piece)),
    );
}

/**
 * Settings whose default is the element's own words, in the visitor's language: typed as the
 * English default, they would pin every page to English ("Supported by" on a Welsh page), so the
 * builder leaves such a value out and says why. The words come from the elements' catalogues.
 */
const LOCALISED: Record<string, string> = {
  'campaign-banner.ctaLabel': bannerMessages.en.more,
  'campaign-banner.afterCtaLabel': bannerMessages.en.more,
  'campaign-banner.supportLabel': bannerMessages.en.support,
  'petition-counter.label': counterMessages.en.signatures,
  'petition-counter.ctaLabel': counterMessages.en.sign,
  'quick-exit.label': quickExitMessages.en.label,
  'share-bar.label': shareMessages.en.share,
  'supporter-wall.heading': wallMessages.en.supportedBy,
  'supporter-wall.joinLabel': wallMessages.en.join,
};

/** The element's own default words for a setting, when the value typed is only those (any case). */
export function localisedDefault(tag: Tag | undefined, key: string, raw: unknown): string | undefined {
  const words = tag && LOCALISED[`${tag}.${key}`];
  return words && typeof raw === 'string' && raw.trim().toLowerCase() === words.toLowerCase() ? words : undefined;
}

/** Said under a setting typed as the element's own default words. */
export const LOCALISED_NOTE =
  'These are the element\u2019s own words: they are left out, so each visitor reads them in their own language.';

/** Said under a wall's `src` when the builder could not read a list of supporters there. */
export const UNREAD_LIST_NOTE =
  'Could not read this list from here, so the space kept for the wall assumes no groups. Check the address, or paste the list into the supporters editor.';

/** Said under a banner's content warning while it has no message. */
export const WARNING_NOTE =
  'With no message, the warning shows on its own above the call to action. Add a message to keep it behind a “Show message” button.';

/** Whether a value has words, in any language. */
const hasWords = (raw: unknown) => (isPerLanguage(raw) ? Object.values(raw).some((v) => !isBlank(v)) : !isBlank(raw));

/**
 * The note under a banner's content warning when there is no message: the banner then shows the
 * warning on its own, not as the gate in front of a message ("Show message") it usually is, so the
 * officer is told which of the two they are writing.
 */
export function warningNote(tag: Tag | undefined, key: string, values: Readonly<Record<string, unknown>>): string | undefined {
  return tag === 'campaign-banner' && key === 'warning' && hasWords(values.warning) && !hasWords(values.message) ? WARNING_NOTE : undefined;
}
