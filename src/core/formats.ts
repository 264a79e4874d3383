import { primary } from './i18n.js';

/**
 * Numbers, dates and names in the visitor's language, through the browser's Intl: what counters,
 * walls and banners show, and share bars never do (so a share bar's page does not download it).
 * A page's first Intl.NumberFormat or DateTimeFormat loads ICU's data (30–75 ms on a desktop, a
 * first Collator 10–25 ms), in the widget's first render: in English, the most common page, what
 * the widgets show is written as Intl writes it without building one (tests/i18n.test.ts compares
 * them in each engine).
 */

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.Collator;
const formatters = new Map<string, Formatter>();

// Building an Intl formatter costs far more than using one; counters format on every frame.
function cached<T extends Formatter>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) formatters.set(key, (format = make()));
  return format;
}

export const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}) =>
  cached(`number ${lang} ${JSON.stringify(options)}`, () => new Intl.NumberFormat([lang, 'en'], options));

/**
 * Thousands separators of the languages our words come in, as the browser's own Intl writes them
 * (tests/i18n.test.ts checks that they agree), and the fewest digits before a group appears
 * (Spanish writes 9500, not 9.500). The page's first Intl.NumberFormat costs a phone about 100 ms
 * (the number data of ICU): a counter showing 118,342 should not.
 */
const GROUPING: Record<string, [separator: string, minimumDigits: number]> = {
  en: [',', 4],
  'en-gb': [',', 4],
  'en-us': [',', 4],
  cy: [',', 4],
  'cy-gb': [',', 4],
  fr: ['\u202f', 4],
  'fr-fr': ['\u202f', 4],
  de: ['.', 4],
  'de-de': ['.', 4],
  es: ['.', 5],
  'es-es': ['.', 5],
};

const WELSH_NUMBERS: Record<string, string> = { thousand: 'mil', million: 'miliwn', billion: 'biliwn', trillion: 'triliwn' };

/**
 * A compact count as Intl writes it in US English (118K, 1.2M, 14 million): two significant
 * digits below 10 of a unit, whole units above, ties up, so 999,500 is 1M; past 999T, 1000T.
 * British English is left to Intl: engines' data differ there (1.2m in some, 1.2M in others).
 */
function usEnglishCompact(value: number, long: boolean): string {
  const group = (n: number) => Math.min(4, ((`${n}`.length - 1) / 3) | 0);
  const rounded = +value.toPrecision(Math.max(2, `${value}`.length - 3 * group(value)));
  const unit = group(rounded);
  return unit ? rounded / 1000 ** unit + (long ? ` ${Object.keys(WELSH_NUMBERS)[unit - 1]}` : 'KMBT'[unit - 1]) : `${value}`;
}

const usEnglish = (lang: string) => /^en(-us)?$/i.test(lang);

/** A whole number in the visitor's language: `standard`, `compact` (118K) or `long` (14 million). */
export function formatCount(lang: string, value: number, notation: 'standard' | 'compact' | 'long' = 'standard'): string {
  const whole = Number.isSafeInteger(value) && value >= 0;
  if (whole && notation !== 'standard' && usEnglish(lang)) return usEnglishCompact(value, notation === 'long');
  const grouping = whole && notation === 'standard' ? GROUPING[lang.toLowerCase()] : undefined;
  if (!grouping) {
    const text = numberFormat(lang, notation === 'long' ? { notation: 'compact', compactDisplay: 'long' } : { notation }).format(value);
    // Browsers' number data has no Welsh words for large numbers (Chromium writes "14 million"
    // on a Welsh page): ours stand in, where a browser has none of its own.
    return primary(lang) === 'cy' ? text.replace(/\b(thousand|million|billion|trillion)\b/, (word) => WELSH_NUMBERS[word]) : text;
  }
  const digits = String(value);
  return digits.length < grouping[1] ? digits : digits.replace(/\B(?=(\d{3})+$)/g, grouping[0]);
}

/**
 * A time of day as `timeStyle: 'short'` writes it (10:45 PM, in British English 22:45), in the
 * page's time zone, Intl's default. Chromium, Firefox and WebKit write a plain space before PM
 * (ICU's own data has had a narrow no-break space since ICU 72; the engines keep the plain one for
 * pages that read times back), and the tests check it in each.
 */
export function shortTime(lang: string, at: number): string {
  const clock = new Date(at - new Date(at).getTimezoneOffset() * 6e4).toISOString().slice(11, 16);
  const hours = +clock.slice(0, 2);
  if (/^en-gb$/i.test(lang)) return clock;
  if (usEnglish(lang)) return `${hours % 12 || 12}${clock.slice(2)} ${hours < 12 ? 'AM' : 'PM'}`;
  return cached(`date ${lang}`, () => new Intl.DateTimeFormat([lang, 'en'], { timeStyle: 'short' })).format(at);
}

export const relativeTimeFormat = (lang: string) => cached(`relative ${lang}`, () => new Intl.RelativeTimeFormat(lang));

// ASCII letters and digits, and the spaces and punctuation an English collator ignores.
const PLAIN_NAME = /^[\w !"#%&'()*,\-./:;?@[\\\]{}]*$/;

/**
 * How names are ordered in the visitor's language: by Intl.Collator, case, accents and
 * punctuation aside. In English, names of plain ASCII are in its order by their letters and
 * digits alone (digits first), without one.
 */
export function nameOrder(lang: string, names: string[]): (a: string, b: string) => number {
  if (/^en(-gb|-us)?$/i.test(lang) && names.every((name) => PLAIN_NAME.test(name))) {
    const key = (name: string) => name.toLowerCase().replace(/\W|_/g, '');
    return (a, b) => +(key(a) > key(b)) - +(key(a) < key(b));
  }
  return cached(`collator ${lang}`, () => new Intl.Collator([lang, 'en'], { sensitivity: 'base', ignorePunctuation: true })).compare;
}
