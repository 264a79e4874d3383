import { elementInfo, type Tag } from './catalog.js';

/**
 * Space each element takes once running, from its description (`reserve` in its element.ts),
 * measured in a typical configuration in Chromium with 16px and with 18px text: a banner with
 * headline, two lines of message and a call to action; a counter with a goal and a sign link; the
 * default share networks including the device's share sheet, or `compact` icons; six logos. In
 * `em`, so it follows the text the element inherits (themes that set `html{font-size:62.5%}`
 * shrink `rem`). `narrow` steps apply at or below a window width, where wrapping makes elements
 * taller; the last step wins. The counter's and share bar's sizes are the README's paste
 * snippet's, which the bench checks for zero layout shift.
 */
const reserveOf = (tag: Tag) => elementInfo(tag).reserve ?? { size: '0' };

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
): string[] {
  const wanted = new Set<string>();
  for (const tag of tags) {
    const own = Object.keys(files).find((name) => name.startsWith(`elements/${tag}-`) && name.endsWith('.js'));
    for (const file of needs[tag] ?? (own ? [own] : [])) wanted.add(file);
  }
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
 * banner that is not written `mode="inline"`: a bar, an overlay, or whatever its campaign file
 * says, which may be nothing for most of the year). As in the README, the space is kept from the
 * start, so neither the script arriving nor the first count moves the page; an element with
 * nothing to show gives it back (`:state(empty)`; browsers without custom states keep it).
 */
export function reserveStyle(tag: Tag, attributes: Attributes): string {
  const value = (name: string) => attributes.find(([n]) => n === name)?.[1];
  if (tag === 'campaign-banner' && value('mode') !== 'inline') return '';
  const { size, narrow = [], compact, compactNarrow = [] } = reserveOf(tag);
  const selector = tag === 'campaign-banner' ? `${tag}[mode="inline"]` : tag;
  const small = value('compact') && compact;
  // The trust line under a counter is one more line of text.
  const tall = tag === 'petition-counter' && value('show-source') ? '13em' : undefined;
  const media = (small ? compactNarrow : narrow)
    .map(([width, min]) => `@media (max-width:${width}){${selector}{min-block-size:${min}}}`)
    .join('');
  // A share bar or a quick exit always shows something; the others may not.
  const empty = tag === 'share-bar' || tag === 'quick-exit' ? '' : `${tag}:state(empty){min-block-size:0}`;
  return `<style>${selector}{display:block;min-block-size:${small || tall || size}}${media}${empty}</style>`;
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

/** One element of a partner's page: its reserved space and its markup, without the script. */
export const elementWithSpace = ({ tag, attributes, children }: PageElement) =>
  [reserveStyle(tag, attributes), elementMarkup(tag, attributes, children)].filter(Boolean).join('\n');

export interface PageElement {
  tag: Tag;
  attributes: Attributes;
  children?: string[];
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
 * frame cannot grow by itself. `narrow` is the tallest step for phones, when it differs.
 */
export function frameHeight(tag: Tag, attributes: Attributes): { height: number; narrow?: number } {
  const has = (name: string) => attributes.some(([n]) => n === name);
  const { size, narrow = [], compact, compactNarrow = [] } = reserveOf(tag);
  const small = has('compact') ? compact : undefined;
  const tall = tag === 'petition-counter' && has('show-source') ? '13em' : undefined;
  const steps = small ? compactNarrow : narrow;
  const height = px(small ?? tall ?? size);
  const widest = steps.length ? Math.max(...steps.map(([, min]) => px(min))) : undefined;
  return widest && widest > height ? { height, narrow: widest } : { height };
}

export interface FrameParts {
  tag: Tag;
  attributes: Attributes;
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
  const { height } = frameHeight(parts.tag, parts.attributes);
  const allow = parts.tag === 'share-bar' ? ' allow="web-share; clipboard-write"' : '';
  return `<iframe src="${escapeHtml(frameSrc(parts))}" title="${escapeHtml(parts.title)}" loading="lazy" style="border:0;width:100%;height:${height}px"${allow}></iframe>`;
}
