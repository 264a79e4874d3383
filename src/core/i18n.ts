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

/** An explicit `dir` on the element or an ancestor wins; otherwise the language decides. */
export function resolveDir(el: Element, lang: string): 'ltr' | 'rtl' {
  const explicit = el.closest('[dir]')?.getAttribute('dir')?.toLowerCase();
  if (explicit === 'rtl' || explicit === 'ltr') return explicit;
  return RTL.has(lang.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.Collator;
const formatters = new Map<string, Formatter>();

// Building an Intl formatter costs far more than using one; counters format on every frame.
function cached<T extends Formatter>(kind: string, lang: string, options: object, make: () => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as T | undefined;
  if (!format) formatters.set(key, (format = make()));
  return format;
}

export const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', lang, options, () => new Intl.NumberFormat([lang, 'en'], options));

export const dateFormat = (lang: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached('date', lang, options, () => new Intl.DateTimeFormat([lang, 'en'], options));

export const relativeTimeFormat = (lang: string) => cached('relative', lang, {}, () => new Intl.RelativeTimeFormat(lang));

export const collator = (lang: string) =>
  cached('collator', lang, {}, () => new Intl.Collator([lang, 'en'], { sensitivity: 'base', ignorePunctuation: true }));
