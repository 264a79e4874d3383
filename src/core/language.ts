import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveDir, resolveLang } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Our elements in the page, told when any `lang` or `dir` changes (a language menu, an SPA). */
const watching = new Set<LanguageController>();
let observer: MutationObserver | undefined;

/**
 * The language and direction of an element's own words: its `lang`, its nearest ancestor's, the
 * page's. One observer for the whole page; only a host whose language or direction actually
 * changes renders again (editors and bidi scripts flip `dir` on inputs as people type).
 */
export class LanguageController implements ReactiveController {
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watching.add(this);
    this.follow();
    if (observer) return;
    observer = new MutationObserver(() => watching.forEach((controller) => controller.follow()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }

  hostDisconnected(): void {
    watching.delete(this);
  }

  /** @internal */
  follow(): void {
    try {
      const lang = resolveLang(this.host);
      const dir = resolveDir(this.host, lang);
      if (lang === this.lang && dir === this.dir) return;
      this.lang = lang;
      this.dir = dir;
      this.host.requestUpdate();
    } catch {
      /* a detached or odd host: keep the last known language */
    }
  }
}
