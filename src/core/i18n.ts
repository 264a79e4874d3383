export type Catalogue<K extends string> = Record<K, string>;

/** One language's words for every catalogue (src/core/words/LANG.ts), by catalogue name. */
export type Words = Record<string, Record<string, string>>;

/**
 * The languages our built-in words come in besides English, each a rare part of its own: a page
 * in English never downloads them, and a Welsh page downloads Welsh alone. The loader starts a
 * page's language with the element files (dist/chunks/words-LANG-HASH.js), so the wait is not added.
 */
const LANGUAGES: Record<string, () => Promise<{ default: Words }>> = {
  cy: () => import('./words/cy.js'),
  fr: () => import('./words/fr.js'),
  de: () => import('./words/de.js'),
  es: () => import('./words/es.js'),
  ar: () => import('./words/ar.js'),
};

const loaded = new Map<string, Words>();
const loading = new Map<string, Promise<boolean>>();
const failed = new Set<string>();

/**
 * Loads the built-in words of a visitor's language. Undefined when there is nothing to wait for
 * (English, a language we have no words in, or words already here); else a promise of whether
 * they came (a blocked file leaves English, marked as English).
 */
export function wordsFor(lang: string): Promise<boolean> | undefined {
  const language = primary(lang);
  const load = LANGUAGES[language];
  if (!load || loaded.has(language) || failed.has(language)) return undefined;
  let promise = loading.get(language);
  if (!promise)
    loading.set(
      language,
      (promise = load().then(
        (words) => (loaded.set(language, words.default), true),
        () => (failed.add(language), false),
      )),
    );
  return promise;
}

/**
 * A message catalogue: English is complete, written beside the element, and the fallback; other
 * languages are in src/core/words/, under this catalogue's name. An absent entry falls back to
 * English.
 */
export class Messages<K extends string> {
  constructor(
    /** Its name in each language's words (src/core/words/LANG.ts). */
    readonly name: string,
    readonly en: Catalogue<K>,
  ) {}

  static get languages(): string[] {
    return ['en', ...Object.keys(LANGUAGES)];
  }

  /** The language the built-in words are in for a visitor's language: it, else English. */
  wordsLang(lang: string): string {
    return primary(lang) === 'en' || loaded.has(primary(lang)) ? lang : 'en';
  }

  catalogueFor(lang: string): Partial<Catalogue<K>> {
    return (loaded.get(primary(lang))?.[this.name] ?? {}) as Partial<Catalogue<K>>;
  }

  /** `{name}` placeholders are replaced by plain text; nothing is ever parsed as HTML. */
  t(lang: string, key: K, vars: Record<string, string | number> = {}): string {
    const template = this.catalogueFor(lang)[key] ?? this.en[key];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  }
}

/** The language of an element's own words: its `lang`, its nearest ancestor's, the page's, English. */
export function resolveLang(el: Element): string {
  const owner = el.closest('[lang]');
  const lang = owner?.getAttribute('lang')?.trim() || document.documentElement.lang?.trim();
  return lang && isValidTag(lang) ? lang : 'en';
}

function isValidTag(lang: string): boolean {
  try {
    return Intl.getCanonicalLocales(lang).length > 0;
  } catch {
    return false;
  }
}

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The direction a language is written in. */
export const directionOf = (lang: string): 'ltr' | 'rtl' => (RTL.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr');

/** An explicit `dir` on the element or an ancestor wins; otherwise the language decides. */
export function resolveDir(el: Element, lang: string): 'ltr' | 'rtl' {
  const explicit = el.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  if (explicit === 'rtl' || explicit === 'ltr') return explicit;
  return directionOf(lang);
}

export const primary = (lang: string) => lang.toLowerCase().split('-')[0];

/** Whether two language tags name the same language (`cy-GB` and `cy` do). */
export const sameLanguage = (a: string, b: string) => primary(a) === primary(b);

/**
 * The entry of a per-language value (`{ "en": "…", "cy": "…" }`) for a visitor's language: the
 * exact tag, else its language (`cy-GB` → `cy`), else English, else the first entry. Returns the
 * entry's language with it, so the words can be marked with it (WCAG 3.1.2). Own keys only.
 */
export function pickLanguage(entries: Record<string, unknown>, lang: string): [lang: string, value: unknown] | undefined {
  const keys = Object.keys(entries);
  const find = (wanted: string) => keys.find((key) => key.toLowerCase() === wanted);
  const key = find(lang.toLowerCase()) ?? find(primary(lang)) ?? keys.find((k) => sameLanguage(k, lang)) ?? find('en') ?? keys[0];
  return key === undefined ? undefined : [key, entries[key]];
}
