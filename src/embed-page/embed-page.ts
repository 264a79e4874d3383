import type { Tag } from '../builder/catalog.js';
import { reportError } from '../core/errors.js';
import { nearMiss } from '../core/near-miss.js';
import { ATTRIBUTES, NAMES } from './attributes.js';

/**
 * The iframe page's own script (dist/embed-page.js, beside dist/embed.html): for sites that strip
 * scripts, `embed.html?element=TAG&ATTRIBUTE=VALUE&…` shows one element from its query string.
 * The element itself comes from dist/coalition-embed.js, loaded by the page; this script only
 * reads the query, writes the element and tells the parent page how tall it is. It has no Lit of
 * its own and touches no cookies or storage, and it writes the DOM node by node (the page's CSP
 * allows no HTML strings and no inline styles).
 */

const PAGE = 'embed.html';
const TAGS = Object.keys(ATTRIBUTES) as Tag[];
/** The page's own parameters: which element, and the preview clock and reset every page reads. */
const PAGE_PARAMETERS = ['element', 'coalition-preview', 'coalition-reset'];
const isTag = (value: string | null): value is Tag => value !== null && Object.hasOwn(ATTRIBUTES, value);

// Set through the CSSOM, which the page's `style-src 'self'` allows: a constructable sheet. The
// body is a block formatting context, so the element's margins count in the height measured.
//
// The root keeps the default `color-scheme` (normal) on purpose. Chromium paints an opaque
// backdrop behind a frame whose colour scheme differs from its embedder's (CSS Color Adjustment,
// "color-scheme" and iframes): with `light dark` here, every visitor in dark mode would see a
// dark box on a partner's page that declares no scheme, which is nearly all of them. The elements
// follow `prefers-color-scheme` themselves (`theme="auto"`), on a surface of their own, and so
// does this page's own note. The partner's font does not reach into a frame: the system's font,
// rather than the browser's serif.
const PAGE_STYLES =
  'html,body{margin:0;padding:0;background:transparent}' +
  "body{display:flow-root;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}" +
  '.note{margin:0;padding:.75rem 1rem;border-radius:.5rem;font-size:.95rem;line-height:1.5;color:#1a1c1e;background:#f5f7fa}' +
  '.note code{font-size:.9em}@media (prefers-color-scheme:dark){.note{color:#eef1f4;background:#1e2227}}';

function addStyles(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_STYLES);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    /* a browser without constructable sheets keeps its default margins: still usable */
  }
}

/** A BCP 47 tag in its canonical form, or undefined when it is not one. */
function languageTag(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim())[0];
  } catch {
    return undefined;
  }
}

/** The calm message for a missing or unknown `element`: which tags exist, and how to ask for one. */
function showTags(asked: string | null): void {
  const note = document.createElement('p');
  note.className = 'note';
  note.append(asked ? `There is no element called \u201c${asked}\u201d here. ` : 'This page shows one coalition-embed element. ');
  note.append('Add ');
  const code = (text: string) => Object.assign(document.createElement('code'), { textContent: text });
  note.append(code('?element='), ' to its address, with one of: ');
  TAGS.forEach((tag, i) => note.append(i ? ', ' : '', code(tag)));
  note.append('.');
  document.body.append(note);
  console.warn(
    `[coalition-embed] ${PAGE}: ${asked ? `"${asked}" is not an element` : 'no element= in the address'}; one of ${TAGS.join(', ')}`,
  );
}

/** Builds the element from the query: only its documented attributes, booleans as in HTML. */
function buildElement(tag: Tag, query: URLSearchParams): { element: HTMLElement; ignored: string[] } {
  const accepted = new Map(ATTRIBUTES[tag]);
  const element = document.createElement(tag);
  const ignored: string[] = [];
  for (const [key, value] of query) {
    if (PAGE_PARAMETERS.includes(key)) continue;
    const flag = accepted.get(key);
    if (flag === undefined) {
      if (!ignored.includes(key)) ignored.push(key);
      continue;
    }
    // `dismissible` or `dismissible=true` is present, `dismissible=false` absent; any other value
    // goes to the element as the attribute would, and the element reports it.
    if (flag && value === 'false') element.removeAttribute(key);
    else element.setAttribute(key, flag && value === 'true' ? '' : value);
  }
  // A top or bottom bar, or an overlay, would be fixed to the frame, not to the partner's page:
  // inside a frame a banner is always inline (also when its campaign file asks for another mode).
  // Opened as a page of its own (the builder's preview links), it keeps its mode: a blackout is
  // previewed as the blackout partners' visitors see, exit button and all.
  if (tag === 'campaign-banner' && window.top !== window.self) {
    const asked = element.getAttribute('mode');
    if (asked && asked !== 'inline') {
      console.info(`[coalition-embed] ${PAGE}: mode="${asked}" would stay inside the frame; the banner is shown inline instead.`);
    }
    element.setAttribute('mode', 'inline');
  }
  if (tag === 'share-bar' && !element.hasAttribute('url')) shareTheParent();
  return { element, ignored };
}

/**
 * A share bar without `url` shares its page's canonical link, else its address: in a frame that
 * would be this page's address. The parent's address, as far as the referrer tells it (often only
 * the site's origin), stands in as the canonical link; a `url` from a campaign file still wins.
 */
function shareTheParent(): void {
  const parent = /^https?:/.test(document.referrer) ? document.referrer.split('#')[0] : undefined;
  if (parent) document.head.append(Object.assign(document.createElement('link'), { rel: 'canonical', href: parent }));
  console.info(
    `[coalition-embed] ${PAGE}: a share bar in a frame cannot see the page around it; without url= it shares ${parent ?? 'this address'}.`,
  );
}

/**
 * Tells the parent page the height the content needs, whenever it changes and once after the
 * element's first render, so a partner's small listener can size the frame. targetOrigin '*' is
 * deliberate: the page does not know who frames it, and the message carries only a number.
 */
function postSizes(element?: HTMLElement): void {
  if (window.parent === window) return;
  let last = -1;
  const post = (always = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    window.parent.postMessage({ type: 'coalition-embed:size', height }, '*');
  };
  const observer = new ResizeObserver(() => post());
  const start = async () => {
    try {
      if (element) {
        await customElements.whenDefined(element.localName);
        await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      }
    } finally {
      post(true);
      observer.observe(document.documentElement);
      if (element) observer.observe(element);
    }
  };
  void start();
}

function main(): void {
  addStyles();
  const query = new URLSearchParams(location.search);
  const lang = languageTag(query.get('lang'));
  if (lang) document.documentElement.lang = lang;
  const dir = query.get('dir');
  if (dir === 'ltr' || dir === 'rtl') document.documentElement.dir = dir;
  const tag = query.get('element');
  if (!isTag(tag)) {
    showTags(tag);
    postSizes();
    return;
  }
  const { element, ignored } = buildElement(tag, query);
  document.title = `${NAMES[tag]} \u00b7 coalition-embed`;
  document.body.append(element);
  // A misspelt setting is told as the element itself would tell it in a page: with the one meant.
  const names = ATTRIBUTES[tag].map(([name]) => name);
  for (const key of ignored) {
    const meant = nearMiss(key, names);
    reportError(
      element,
      { attribute: key },
      `not an attribute of <${tag}> (in the address of ${PAGE}); ignored${meant ? `; did you mean ${meant}?` : ''}`,
    );
  }
  postSizes(element);
}

main();
