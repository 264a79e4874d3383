import { errorText, reportError, type Source } from '../core/errors.js';
import { emit } from '../core/events.js';

/**
 * Leaving the page: the page's content goes at once, then the everyday site replaces it.
 * Page-wide state, shared by every `<quick-exit>` and every banner that offers the exit.
 */

/**
 * @internal The one place that leaves. Tests replace `go`: a real exit would take the test
 * page away with it.
 */
export const navigation = {
  go: (href: string): void => {
    // In a frame (the iframe page, on a site that strips scripts) the visitor must leave the whole
    // page, not the frame: browsers let a frame move its top window right after a click or a key
    // press, which is how every exit starts. A sandboxed frame may refuse: it leaves itself.
    if (window.top && window.top !== window) {
      try {
        window.top.location.replace(href);
        return;
      } catch {
        /* refused: the frame at least */
      }
    }
    location.replace(href);
  },
};

// Set through the CSSOM, property by property: a page whose Content-Security-Policy refuses
// inline styles (`style-src` without 'unsafe-inline') refuses style attributes and <style>
// elements, but not this.
const COVER: Record<string, string> = {
  position: 'fixed',
  inset: '0',
  'min-block-size': '100vh',
  'z-index': '2147483647',
  display: 'flex',
  'align-items': 'center',
  'justify-content': 'center',
  'box-sizing': 'border-box',
  margin: '0',
  padding: '1rem',
  border: '0',
  // The system's own plain surface, in the visitor's scheme and forced colours: no brand, no flash.
  'color-scheme': 'light dark',
  background: 'Canvas',
  color: 'CanvasText',
  font: '600 1.25rem/1.4 system-ui, sans-serif',
  'text-align': 'center',
};

let cover: HTMLElement | undefined;
let saved: { display: string; priority: string; title: string } | undefined;

/**
 * Hides everything the page shows, from eyes, screen readers and the Tab key alike: the body
 * is not displayed, and a plain cover saying "Exiting…" sits over the window while the next
 * site loads (which on a slow connection takes seconds). The tab's title goes too.
 */
export function hidePage(words: string, lang: string, dir: string): void {
  const body = document.body as HTMLElement | null;
  if (!saved) {
    saved = {
      display: body?.style.getPropertyValue('display') ?? '',
      priority: body?.style.getPropertyPriority('display') ?? '',
      title: document.title,
    };
  }
  // The page's own typeface, read while the page is still displayed: the cover looks like part of
  // the site the visitor was on, not like an error.
  let family = '';
  try {
    if (body) family = getComputedStyle(body).fontFamily;
  } catch {
    /* a page that broke getComputedStyle: the system's font */
  }
  body?.style.setProperty('display', 'none', 'important');
  if (!cover) {
    cover = document.createElement('div');
    cover.setAttribute('role', 'alert');
    for (const [name, value] of Object.entries(COVER)) cover.style.setProperty(name, value, 'important');
  }
  if (family) cover.style.setProperty('font-family', family, 'important');
  cover.lang = lang;
  cover.dir = dir;
  cover.textContent = '';
  // Outside the body, which is no longer displayed. Words written after the cover arrives are
  // announced more reliably than words it arrives with.
  document.documentElement.append(cover);
  cover.textContent = words;
  document.title = words;
}

/** The page as it was: for a page the browser restores from its back/forward cache. */
export function restorePage(): void {
  cover?.remove();
  if (!saved) return;
  document.body?.style.setProperty('display', saved.display, saved.priority);
  document.title = saved.title;
  saved = undefined;
}

/**
 * The exit itself, the same from every control that offers it: tells the page (`coalition-exit`,
 * news rather than a question), hides it, then leaves. Never with the partner's attribution:
 * tags on the everyday site's address would tell it, and anyone reading the history, where the
 * visitor came from. Whatever a hostile page does to the event or the hiding, the visitor still
 * leaves; `source` names the setting the address came from, for a report if leaving fails.
 */
export function leavePage(host: Element, href: string, words: string, lang: string, dir: string, source: Source): void {
  try {
    emit(host, 'coalition-exit', { href });
  } catch (e) {
    reportError(host, 'coalition-exit', `a listener threw: ${errorText(e)}`);
  }
  try {
    hidePage(words, lang, dir);
  } catch (e) {
    reportError(host, 'exit', `could not hide the page: ${errorText(e)}`);
  }
  try {
    navigation.go(href);
  } catch (e) {
    reportError(host, source, `could not leave the page: ${errorText(e)}`);
  }
}
