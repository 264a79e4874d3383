export type Catalogue<K extends string> = Record<K, string>;

/**
 * A message catalogue: English is complete and the fallback. A translation is one string with the
 * messages in English's key order, separated by "|": repeating every key in six languages would
 * cost each visitor bytes for nothing. An empty slot falls back to English.
 */
export class Messages<K extends string> {
  readonly #keys: K[];
  readonly #unpacked = new Map<string, Partial<Catalogue<K>>>();

  constructor(
    readonly en: Catalogue<K>,
    readonly translations: Record<string, string> = {},
  ) {
    this.#keys = Object.keys(en) as K[];
  }

  get languages(): string[] {
    return ['en', ...Object.keys(this.translations)];
  }

  /** The language the built-in words are in for a visitor's language: it, else English. */
  wordsLang(lang: string): string {
    const tag = lang.toLowerCase();
    return tag === 'en' || tag.startsWith('en-') || this.translations[tag] || this.translations[tag.split('-')[0]] ? lang : 'en';
  }

  catalogueFor(lang: string): Partial<Catalogue<K>> {
    const tag = lang.toLowerCase();
    let catalogue = this.#unpacked.get(tag);
    if (!catalogue) {
      catalogue = {};
      const packed = this.translations[tag] ?? this.translations[tag.split('-')[0]];
      packed?.split('|').forEach((message, i) => message && (catalogue![this.#keys[i]] = message));
      this.#unpacked.set(tag, catalogue);
    }
    return catalogue;
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
