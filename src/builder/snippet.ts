import type { Tag } from './catalog.js';
import { reserveOf } from '../reserves.js';
import { ELEMENTS } from '../elements.js';

import type { Reserve, ReserveSize } from '../core/element.js';
import { compactControls, compactReserve } from '../share-bar/reserve.js';
import { wallEndRow } from '../supporter-wall/reserve.js';

/**
 * The space kept for an element, from its description (its folder's `reserve.ts`): the tallest
 * it draws at each of its own widths, measured in Chromium with 16px and 18px text, serif and
 * sans-serif, the page's line height normal to 1.7 (`node bench/heights.mjs`), with the settings
 * the snippet carries: a share bar's default networks and the device's share button, or `compact`
 * icons (by the networks the settings list, from their geometry: compactReserve); a counter of eight digits with or without a goal, a sign link and `show-source`'s line; a
 * banner with headline, message and call to action, or a content warning; the quick exit. In
 * `em`, so it follows the text the element inherits (themes that set `html{font-size:62.5%}`
 * shrink `rem`), and by the element's own width (a container query; a banner's and a share bar's
 * in `calc(Ach + Bem)`, its words in its font's characters and its buttons in `em`), not the window's. The first
 * `with` key whose attributes the settings have (`!name`: without it) picks another size;
 * `settings` are the element's settings wherever they are written (a campaign file's too), so
 * that one element has one size whichever snippet places it.
 */
export function reserveFor(tag: Tag, settings: Attributes): ReserveSize & { variant?: string } {
  const { size = '0', narrow, with: variants = {} } = reserveOf(tag) ?? {};
  // `label>44`: a label of more than 44 characters (a warning or a label that wraps to more lines
  // than the one its size was measured with); its size was measured with a longer one.
  const has = (name: string, longer = -1) =>
    settings.some(([n, v]) => n === name && v !== 'false' && (longer < 0 || (typeof v === 'string' && v.trim().length > longer)));
  const variant = Object.keys(variants).find((key) => names(key).every(([name, yes, longer]) => has(name, longer) === yes));
  // A compact share bar's icons are all one size: its space follows the networks it lists, as a
  // wall's follows its supporters (the measured `compact` size is the default networks').
  const networks = settings.find(([name]) => name === 'networks')?.[1];
  if (tag === 'share-bar' && variant === 'compact' && typeof networks === 'string')
    return { ...compactReserve(compactControls(networks)), variant };
  return variant ? { ...variants[variant], variant } : { size, narrow };
}

/**
 * The space of a grid of equal cells (the wall) holding `items` (each item's group: a tier, or
 * undefined) at each of its own widths: as many columns as fit, each group's cells in rows of
 * their own under its heading, and `below` them what the box draws under the cells at that many
 * columns (the wall's button and link). Steps only where the height changes, the widest first.
 */
export function gridReserve(
  grid: NonNullable<Reserve['grid']>,
  items: ReadonlyArray<string | undefined>,
  below: (columns: number) => number = () => 0,
): ReserveSize {
  const groups = new Map<string | undefined, number>();
  for (const group of items) groups.set(group, (groups.get(group) ?? 0) + 1);
  const named = [...groups.keys()].filter((group) => group !== undefined).length;
  const em = (value: number) => `${Math.ceil(value * 4) / 4}em`;
  const height = (columns: number) => {
    let rows = 0;
    for (const count of groups.values()) rows += Math.ceil(count / columns);
    // Each list after the first has its own 1em margin below it, and each named group a heading.
    return grid.frame + rows * grid.high + (rows - groups.size) * grid.gap + (groups.size - 1) + named * grid.group + below(columns);
  };
  // Six columns need a wall 100.5em (1,608px at 16px text) wide: wider walls are not sized apart.
  // What is under the cells may change where two columns fit, whatever the cells (a button and a
  // link side by side): a step there too.
  const widest = Math.min(6, Math.max(below(1) === below(2) ? 1 : 2, ...groups.values()));
  const narrow: Array<[string, string]> = [];
  for (let columns = widest; columns > 1; columns--) {
    const fewer = height(columns - 1);
    if (fewer === height(columns)) continue;
    // Below the width that `columns` cells need, there is one column fewer.
    narrow.push([`${(columns * grid.cell + (columns - 1) * grid.gap + grid.inset - 0.05).toFixed(2).replace(/\.?0+$/, '')}em`, em(fewer)]);
  }
  return { size: em(height(widest)), narrow };
}

/**
 * A wall's own space, where its settings say more than the README's six logos: the supporters it
 * lists (its light DOM, a campaign file's list, or the list its `src` gave the builder: `items`,
 * each one's tier), the first `max` of them in the order the wall draws them, and its "+ N more"
 * button under them when there are more; for a list from `src` the builder could not read
 * (`items` undefined), `max` logos without tiers and the button (a list longer than `max` is why
 * a wall has one); the join link's row. Undefined where none of these applies: the README's six
 * logos fit what the snippet knows.
 */
function wallSpace(grid: NonNullable<Reserve['grid']>, settings: Attributes, items?: ReadonlyArray<string | undefined>) {
  const value = (name: string) => settings.find(([n]) => n === name)?.[1];
  const max = positive(value('max'));
  const joinHref = value('join-href');
  const join = typeof joinHref === 'string' && joinHref.trim() !== '';
  const unread = items === undefined && value('src') !== undefined;
  const listed = items ?? [];
  const shown = unread ? Array.from({ length: max ?? 0 }, () => undefined) : inWallOrder(listed).slice(0, max);
  const more = unread ? max !== undefined : max !== undefined && listed.length > max;
  if (!shown.length && !join) return undefined;
  const { high, gap } = wallEndRow;
  // The button and the link side by side, or one above the other in a wall of one column.
  const below = (columns: number) => (more && join ? (columns > 1 ? high : 2 * high + gap) : more || join ? high : 0);
  if (shown.length) return gridReserve(grid, shown, below);
  const { size, narrow = [] } = reserveOf('supporter-wall')!;
  const plus = (em: string) => `${parseFloat(em) + below(2)}em`;
  return { size: plus(size), narrow: narrow.map(([width, min]): [string, string] => [width, plus(min)]) };
}

/** Text as a CSS string; `<` escaped too, as `</style>` would end the style element. */
const cssString = (text: string) => `"${text.replace(/["\\<\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** A whole number above 0 as written (`max="6"`), else undefined: the wall shows every logo. */
const positive = (value: string | true | undefined) => (typeof value === 'string' && /^[1-9]\d*$/.test(value) ? Number(value) : undefined);

/** The supporters' tiers in the order the wall draws them: those without a tier first, then each tier as it first comes. */
const inWallOrder = (items: ReadonlyArray<string | undefined>) =>
  [undefined, ...new Set(items.filter((item) => item !== undefined))].flatMap((tier) => items.filter((item) => item === tier));

/**
 * The selector of one wall's own space: what it was sized by, as written on it (its `src` or none,
 * its `max`, a join link, how many supporters its light DOM lists), so that each of two walls on
 * one page keeps the space of its own snippet, whichever snippet comes last (two lists from `src`
 * have their own tiers). Its attribute selectors make it more specific than the six logos' rules,
 * so it wins over them at every width.
 */
function wallSelector(attributes: Attributes, supporters: number) {
  const value = (name: string) => attributes.find(([n]) => n === name)?.[1];
  const [src, max] = [value('src'), value('max')];
  return [
    'supporter-wall',
    src === undefined ? ':not([src])' : typeof src === 'string' ? `[src=${cssString(src)}]` : '[src]',
    max === undefined ? ':not([max])' : positive(max) ? `[max="${max}"]` : '',
    value('join-href') === undefined ? ':not([join-href])' : '[join-href]',
    src === undefined && supporters > 0 ? `:has(> :nth-child(${supporters}):last-child)` : '',
  ].join('');
}

/**
 * A `with` key's attributes: `show-source !goal` is with show-source and without goal;
 * `warning>60` is with a warning of more than 60 characters (the selector says only `[warning]`).
 */
const names = (key: string) =>
  key.split(' ').map((token): [name: string, yes: boolean, longer?: number] => {
    if (token.startsWith('!')) return [token.slice(1), false];
    const [name, longer] = token.split('>');
    return longer === undefined ? [name, true] : [name, true, Number(longer)];
  });

/**
 * The element's selector for one size: `[name]` for each attribute the size is for that is written
 * on it (one from a campaign file is not), `:not([name])` for each it is without.
 */
const selectorFor = (own: string, variant: string | undefined, written: (name: string) => boolean) =>
  own +
  names(variant ?? '')
    .filter(([name, yes]) => name && (!yes || written(name)))
    .map(([name, yes]) => (yes ? `[${name}]` : `:not([${name}])`))
    .join('');

export const scriptUrlFor = (version: string) => `https://cdn.jsdelivr.net/npm/coalition-embed@${version}/dist/coalition-embed.js`;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for an HTML attribute in double quotes or for element content. */
export const escapeHtml = (value: string) => value.replace(/[&<>"]/g, (c) => ENTITIES[c]);

/** `true` is a bare boolean attribute. */
export type Attributes = Array<[name: string, value: string | true]>;

const attribute = ([name, value]: Attributes[number]) => (value === true ? name : `${name}="${escapeHtml(value)}"`);

/**
 * The element as a partner pastes it: on one line when short, else one attribute a line, so a
 * webmaster can see and change each setting. `children` are lines of light DOM, already escaped.
 */
export function elementMarkup(tag: string, attributes: Attributes, children: string[] = []): string {
  const parts = attributes.map(attribute);
  const oneLine = `<${tag}${parts.map((p) => ` ${p}`).join('')}>`;
  const open = oneLine.length <= 80 ? oneLine : `<${tag}\n${parts.map((p) => `  ${p}`).join('\n')}\n>`;
  return children.length ? `${open}\n${children.map((c) => `  ${c}`).join('\n')}\n</${tag}>` : `${open}</${tag}>`;
}

export interface ScriptOptions {
  src: string;
  /** sha384-... from dist/sri.json; left out when unknown (before a build). */
  integrity?: string;
  /** The campaign file every element on the page reads (`data-campaign`). */
  campaign?: string;
}

export function scriptTag({ src, integrity, campaign }: ScriptOptions): string {
  const pin = integrity ? ` integrity="${escapeHtml(integrity)}"` : '';
  const file = campaign ? ` data-campaign="${escapeHtml(campaign)}"` : '';
  return `<script src="${escapeHtml(src)}"${pin} crossorigin="anonymous"${file} defer></script>`;
}

/**
 * The loader fetches each element's file from `elements/` beside it, and the shared code from
 * `chunks/`, each pinned by its hash: a preload of every file the chosen elements need (dist/sri.json
 * `elements`; the element's own file alone where a build lacks that list) starts those requests
 * with the script's own instead of after it runs. Only files dist/sri.json names, each with its
 * hash, so the preload matches the loader's request (classic script, `crossorigin="anonymous"`)
 * and the browser reuses it.
 */
export function preloads(
  files: Record<string, string>,
  tags: readonly Tag[],
  src: string,
  needs: Record<string, readonly string[]> = {},
  /** Rare parts the page will need as well (the campaign file's reader, the less used networks). */
  parts: readonly string[] = [],
  /** The one file holding every element: on a page with all five the loader takes it instead of theirs. */
  together: readonly string[] = [],
): string[] {
  const all = together.length > 0 && ELEMENTS.every(({ tag }) => tags.includes(tag));
  const wanted = new Set<string>(all ? together : []);
  const held = new Set<string>();
  for (const tag of tags) {
    const own = Object.keys(files).find((name) => name.startsWith(`elements/${tag}-`) && name.endsWith('.js'));
    for (const file of needs[tag] ?? (own ? [own] : [])) (all ? held : wanted).add(file);
  }
  for (const file of parts) if (!held.has(file)) wanted.add(file);
  const out: string[] = [];
  for (const file of wanted) {
    const hash = files[file];
    if (typeof hash !== 'string' || !hash.startsWith('sha384-')) continue;
    let href: string;
    try {
      href = new URL(file, src).href;
    } catch {
      continue;
    }
    out.push(`<link rel="preload" as="script" href="${escapeHtml(href)}" integrity="${escapeHtml(hash)}" crossorigin="anonymous">`);
  }
  return out;
}

/**
 * The no-layout-shift rule for one element, or '' when the element takes no room in the page (a
 * banner whose settings do not say inline: a bar, an overlay, or whatever its campaign file
 * says, which may be nothing for most of the year). As in the README, the space is kept from the
 * start, so neither the script arriving nor what the element shows moves the page, and it is the
 * tallest the element draws at its own width with these settings, so no blank band stays under
 * it. `settings` (default: the attributes) pick the size; an attribute the size is for that is
 * written on the element narrows the selector (`share-bar[compact]`), so that a compact share bar
 * and a full one on the same page each keep their own. A wall is sized by `items` (its
 * supporters' tiers, `supporters` of them written in its light DOM), `max` and its join link
 * (wallSpace), in a rule of its own (wallSelector) after the README's six logos, which a wall
 * whose snippet was since changed keeps. `supporters`: how many children its light DOM has (a
 * wall's supporters, another element's fallback lines, which fallbackRule sets out).
 */
export function reserveStyle(
  tag: Tag,
  attributes: Attributes,
  settings: Attributes = attributes,
  items?: ReadonlyArray<string | undefined>,
  supporters = 0,
): string {
  const value = (name: string) => attributes.find(([n]) => n === name)?.[1];
  const mode = value('mode') ?? settings.find(([n]) => n === 'mode')?.[1];
  if (tag === 'campaign-banner' && mode !== 'inline') return '';
  const reserve = reserveOf(tag);
  const grid = reserve?.grid;
  const wall = grid && wallSpace(grid, settings, items);
  const { size, narrow = [], variant }: ReserveSize & { variant?: string } = reserveFor(tag, settings);
  // A banner written without `mode` (inline, as the builder's settings say): its selector says so.
  const own = tag !== 'campaign-banner' ? tag : value('mode') ? `${tag}[mode="inline"]` : `${tag}:not([mode])`;
  // A compact share bar sized by the networks written on it: two on one page each keep their own.
  const networks = value('networks');
  const byNetworks =
    tag === 'share-bar' && variant === 'compact' && typeof networks === 'string' && /^[\w ,-]+$/.test(networks)
      ? `[networks="${networks}"]`
      : '';
  const selector = selectorFor(own, variant, (name) => value(name) !== undefined) + byNetworks;
  const languages = variant || grid ? undefined : reserve?.languages;
  const part = reserve?.part;
  return `<style>${[
    ...keepRules(tag, selector),
    ...sizeRules(selector, { size, narrow }, part),
    ...(wall ? sizeRules(wallSelector(attributes, supporters), wall) : []),
    ...(languages ? sizeRules(inLanguages(selector, tag, languages.langs), languages, part) : []),
    ...(tag === 'supporter-wall' && supporters > 0 ? [FALLBACK_LOGO_RULE] : []),
    ...(tag !== 'supporter-wall' && supporters > 0 ? [fallbackRule(own)] : []),
    ...fitRules(own, part),
    ...giveBackRules(tag),
    UNUSED_KEYFRAMES,
  ].join('')}</style>`;
}

/**
 * The lines an element's snippet writes in it for visitors whose browser does not run the script
 * (fallback.ts): without their margins they fit in the space kept for the widget, so nothing moves
 * when it replaces them. A banner draws its light-DOM message itself, in its own box: in the
 * banner's own words' font and colour (a theme's `p` colour could be unreadable on a dark banner),
 * so that it looks as `message` would, and is as tall as the space was measured for.
 */
export const fallbackRule = (own: string) => `${own}>p{margin:0;font:inherit;color:inherit}`;

/**
 * The box of each logo a wall's snippet writes in it (what shows until the script has run, and
 * for good without JavaScript), in CSS pixels: each `<img>` has its logo's shape within it as
 * `width` and `height`, and the snippet's style makes every one exactly this box, so a logo
 * arriving moves neither itself nor the next one (a theme's `img { height: auto }` would let a
 * logo of another shape than its attributes change its height as it loads; hence `!important`,
 * on these pictures only, which the wall hides once it runs).
 */
export const FALLBACK_LOGO = { width: 160, height: 64 } as const;
// `inline-block`: a supporter with no logo is its name (supporterMarkup writes its words, in an
// `<a>`) in that box too, so names do not run together (a review's finding in Firefox); a rule of
// its own, as `:has()` unknown to an older engine would drop the logos' rule with it.
const FALLBACK_BOX = `display:inline-block;inline-size:${FALLBACK_LOGO.width}px!important;block-size:${FALLBACK_LOGO.height}px!important;vertical-align:middle`;
const FALLBACK_LOGO_RULE = `supporter-wall>img,supporter-wall>a>img{${FALLBACK_BOX};object-fit:contain}supporter-wall>a:not(:has(img)){${FALLBACK_BOX};overflow:hidden}`;

/** A logo's `width` and `height` in the fallback box: its own shape (width / height) when known, else the whole box. */
export function fallbackLogoSize(ratio?: number): { width: number; height: number } {
  const { width, height } = FALLBACK_LOGO;
  if (!ratio || !Number.isFinite(ratio) || ratio <= 0) return { width, height };
  return ratio >= width / height
    ? { width, height: Math.max(1, Math.round(width / ratio)) }
    : { width: Math.max(1, Math.round(height * ratio)), height };
}

/** A `with` key a selector can tell by itself: attributes present, not absent nor by length (`compact`). */
const attributesOnly = (key: string) => names(key).every(([, yes, longer]) => yes && longer === undefined);

/**
 * The selector of an element whose built-in words are in one of `langs` (`:lang()` follows the
 * page's `lang` and the element's own), and that none of its attribute-only `with` sizes applies to.
 */
const inLanguages = (selector: string, tag: Tag, langs: readonly string[]) =>
  `${selector}${Object.keys(reserveOf(tag)?.with ?? {})
    .filter(attributesOnly)
    .map((key) => `:not(${selectorFor('', key, () => true)})`)
    .join('')}:is(${langs.map((lang) => `:lang(${lang})`).join(',')})`;

/**
 * The rules that keep a space in `selector`: a zero-width float as tall as the space, in the
 * element (its `::before`), so the element is as tall as the space or as what it draws, whichever
 * is taller; light DOM and the element's own content sit beside it. The element is a container of
 * its own width (the container queries of sizeRules), and contains the float (`flow-root`); it
 * fills the width it is given, as a block does, in a flex row or a float too. One
 * with nothing to show gives the space back (`:state(empty)`; not a share bar or a quick exit,
 * which always show something).
 */
const keepRules = (tag: Tag, selector: string) => [
  // A container's width does not come from its content: in a flex row or a float it would shrink
  // to nothing, so it takes the width there is (each engine's keyword; the last it knows wins).
  `${selector}{display:flow-root;container-type:inline-size;inline-size:-webkit-fill-available;inline-size:-moz-available;inline-size:stretch${tag === 'quick-exit' ? '' : ';margin-block:var(--coalition-gap,1em)'}}`,
  `${selector}::before{content:"";float:left}`,
  // The gap the widget keeps around it (its own style's, which only applies once it runs), and
  // none with nothing to show: a page rule would otherwise win over the widget's own.
  ...(tag === 'share-bar' || tag === 'quick-exit'
    ? []
    : [`${selector}:state(empty){margin-block:0}`, `${selector}:state(empty)::before{content:none}`]),
];

/**
 * Where the element has drawn what it shows and is below the screen, where the visitor cannot see
 * anything move (`:state(fit)`, core/base.ts), its box is as tall as that, not the space: the room
 * a narrower font than the tallest measured leaves goes. `!important`: whatever size rule (a
 * language's, an attribute's) is more specific.
 */
const fitRules = (own: string, part?: string) =>
  part ? [`${own}:state(fit)::before,${own}:state(fit)::part(${part}){min-block-size:0!important}`] : [];

/**
 * The space given back where the script never runs, so what the visitor gets is the element's
 * fallback (its light DOM) and no blank band under it: at once without JavaScript (`scripting`),
 * and 30 seconds after the element appeared if it is still not defined (the script blocked by a
 * policy or an ad-blocker, a file that failed its integrity check or never came: the loader gives
 * up on a file after 20 seconds). `!important` and the higher specificity keep a theme's
 * reduced-motion reset (`*::before{animation-delay:-1ms!important}`) from giving the space back
 * at once on every page. A script the page adds later still (after a consent banner, say) moves
 * the page when it defines the element: the README says so. The wait is `--coalition-wait`: the
 * loader sets it to 0s on an element whose file it knows has failed, which gets its space back
 * then, not 30 seconds later.
 */
const giveBackRules = (tag: Tag) => [
  `@media (scripting:none){${tag}::before{content:none!important}}`,
  `${tag}:not(:defined)::before{animation:coalition-embed-unused 0s var(--coalition-wait,30s) forwards!important}`,
];
const UNUSED_KEYFRAMES = '@keyframes coalition-embed-unused{to{min-block-size:0}}';

/**
 * How tall the space is: `size`, and each `narrow` step at or below the element's own width. The
 * element's box (`part`, see Reserve) is at least as tall once it draws: no CSS unit tells every
 * font's letter widths apart, so where a page's font wraps a line fewer than the tallest measured,
 * the box keeps that space inside it rather than a blank band below it, and nothing moves.
 */
const sizeRules = (selector: string, { size, narrow = [] }: ReserveSize, part?: string) => {
  const kept = `${selector}::before${part ? `,${selector}::part(${part})` : ''}`;
  return [
    `${kept}{min-block-size:${size}}`,
    ...narrow.map(([width, min]) => `@container (max-width:${width}){${kept}{min-block-size:${min}}}`),
  ];
};

/**
 * The README's paste-snippet rules: every element's space and each `with` size that needs only
 * written attributes (`compact`, `show-source`, `warning`; a page's settings may come from a
 * campaign file, so "without a goal" is left to the builder, which knows), one rule a line. The
 * same rules as reserveStyle() (builder.test.ts checks the README against them).
 */
export function everyReserveRule(tags: readonly Tag[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const reserve = reserveOf(tag);
    if (!reserve) continue;
    const own = tag === 'campaign-banner' ? `${tag}[mode="inline"]` : tag;
    out.push(...keepRules(tag, own), ...giveBackRules(tag), ...sizeRules(own, reserve, reserve.part));
    if (reserve.languages) out.push(...sizeRules(inLanguages(own, tag, reserve.languages.langs), reserve.languages, reserve.part));
    out.push(...fitRules(own, reserve.part));
    const written = new Set<string>();
    for (const [key, size] of Object.entries(reserve.with ?? {})) {
      // Only what a selector can tell: present attributes, not how long their words are; and
      // what an element with `ownFigure` has not, as it reads no campaign file (Reserve).
      const fileless = names(key).some(([name, yes]) => yes && name === reserve.ownFigure);
      const selector = selectorFor(own, key, () => true);
      if ((attributesOnly(key) || fileless) && !written.has(selector)) {
        written.add(selector);
        out.push(...sizeRules(selector, size, reserve.part));
      }
    }
  }
  if (out.length) out.push(UNUSED_KEYFRAMES);
  return out;
}

export interface SnippetParts extends ScriptOptions {
  tag: Tag;
  attributes: Attributes;
  children?: string[];
  version: string;
}

/** The whole paste for one element: the pinned script (once per page), the reserved space, the element. */
export function snippet(parts: SnippetParts): string {
  return pageSnippet({ ...parts, elements: [parts] });
}

/**
 * One element of a partner's page: its reserved space and its markup, without the script. A wall's
 * light DOM is its supporters (only what shows without JavaScript where it reads `src`: there the
 * list is `items`, once the builder has read it).
 */
export const elementWithSpace = ({ tag, attributes, children = [], settings, items }: PageElement) => {
  const fromSrc = (settings ?? attributes).some(([name]) => name === 'src');
  return [
    reserveStyle(tag, attributes, settings, items ?? (fromSrc ? undefined : children.map(groupOf)), children.length),
    elementMarkup(tag, attributes, children),
  ]
    .filter(Boolean)
    .join('\n');
};

/** The group (`data-tier`) a child of the wall's light DOM is written in. */
const groupOf = (markup: string) => {
  const tier = /^<[^>]*\sdata-tier="([^"]*)"/.exec(markup)?.[1];
  return tier === undefined
    ? undefined
    : tier.replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name]!);
};

export interface PageElement {
  tag: Tag;
  attributes: Attributes;
  children?: string[];
  /** Its settings wherever they are written (attributes and a campaign file), for its reserved space. */
  settings?: Attributes;
  /** The wall's supporters' groups (tiers), one entry a supporter, where a campaign file or the list from `src` gives them. */
  items?: ReadonlyArray<string | undefined>;
}

export interface PageParts extends ScriptOptions {
  version: string;
  /** Every element the partner picked, in the order they go on the page. */
  elements: PageElement[];
  /** `<link rel="preload">` lines for the elements' files (see preloads()). */
  preload?: string[];
}

/** A partner's page: the script once (with the campaign file, if any), then every element picked. */
export function pageSnippet(parts: PageParts): string {
  const where = parts.elements.length > 1 ? 'then each element where it should appear' : 'the element where it should appear';
  return [
    `<!-- coalition-embed ${parts.version}: the script once per page, ${where} -->`,
    ...(parts.preload ?? []),
    scriptTag(parts),
    ...parts.elements.map(elementWithSpace),
  ]
    .filter(Boolean)
    .join('\n');
}

// ---- the iframe route, for sites that strip scripts (dist/embed.html) -----------------------

export const embedPageUrlFor = (version: string) => `https://cdn.jsdelivr.net/npm/coalition-embed@${version}/dist/embed.html`;

/** The page's query: `element=TAG`, then each attribute (a boolean as `=true`), URL-encoded. */
export function embedQuery(tag: Tag, attributes: Attributes): string {
  const pairs: Array<[string, string]> = [['element', tag]];
  for (const [name, value] of attributes) pairs.push([name, value === true ? 'true' : value]);
  return pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
}

const PX_PER_EM = 16;
const px = (size: string) => Math.ceil(parseFloat(size) * PX_PER_EM);

/**
 * A frame's height in CSS pixels from the element's reserved space (each element's `reserve`, at 16px text): the
 * frame cannot grow by itself. `narrow` is the tallest step for phones, when it differs. `items`: a
 * wall's supporters' tiers from its `src` list, when the builder has read it (light DOM does not
 * travel in a frame's address).
 */
export function frameHeight(
  tag: Tag,
  attributes: Attributes,
  items?: ReadonlyArray<string | undefined>,
): { height: number; narrow?: number } {
  const grid = reserveOf(tag)?.grid;
  const { size, narrow = [] } = (grid && wallSpace(grid, attributes, items)) || reserveFor(tag, attributes);
  const height = px(size);
  const widest = narrow.length ? Math.max(...narrow.map(([, min]) => px(min))) : undefined;
  return widest && widest > height ? { height, narrow: widest } : { height };
}

export interface FrameParts {
  tag: Tag;
  attributes: Attributes;
  /** A wall's supporters' tiers from its `src` list (see frameHeight). */
  items?: ReadonlyArray<string | undefined>;
  /** What the frame is, for screen readers: the widget's name. */
  title: string;
  version: string;
  /** The page's address; jsDelivr's for the version by default. */
  src?: string;
}

/** The frame's address: the page and its query. */
export const frameSrc = ({ tag, attributes, version, src }: FrameParts) =>
  `${src ?? embedPageUrlFor(version)}?${embedQuery(tag, attributes)}`;

/**
 * The `<iframe>` a partner pastes where scripts are stripped. A share bar's frame may use the
 * device's share sheet and the clipboard, which a frame of another origin needs leave for.
 */
export function iframeSnippet(parts: FrameParts): string {
  const { height } = frameHeight(parts.tag, parts.attributes, parts.items);
  const allow = parts.tag === 'share-bar' ? ' allow="web-share; clipboard-write"' : '';
  return `<iframe src="${escapeHtml(frameSrc(parts))}" title="${escapeHtml(parts.title)}" loading="lazy" style="border:0;width:100%;height:${height}px"${allow}></iframe>`;
}
