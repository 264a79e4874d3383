import { primary } from './i18n.js';

/**
 * Numbers, dates and names in the visitor's language, through the browser's Intl: what counters,
 * walls and banners show, and share bars never do (so a share bar's page does not download it).
 */

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

/** A whole number in the visitor's language: `standard`, `compact` (118K) or `long` (14 million). */
export function formatCount(lang: string, value: number, notation: 'standard' | 'compact' | 'long' = 'standard'): string {
  const grouping = notation === 'standard' && Number.isSafeInteger(value) && value >= 0 ? GROUPING[lang.toLowerCase()] : undefined;
  if (!grouping) {
    const text = numberFormat(lang, notation === 'long' ? { notation: 'compact', compactDisplay: 'long' } : { notation }).format(value);
    // Browsers' number data has no Welsh words for large numbers (Chromium writes "14 million"
    // on a Welsh page): ours stand in, where a browser has none of its own.
    return primary(lang) === 'cy' ? text.replace(/\b(thousand|million|billion|trillion)\b/, (word) => WELSH_NUMBERS[word]) : text;
  }
  const digits = String(value);
  return digits.length < grouping[1] ? digits : digits.replace(/\B(?=(\d{3})+$)/g, grouping[0]);
}

export const dateFormat = (lang: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached('date', lang, options, () => new Intl.DateTimeFormat([lang, 'en'], options));

export const relativeTimeFormat = (lang: string) => cached('relative', lang, {}, () => new Intl.RelativeTimeFormat(lang));

export const collator = (lang: string) =>
  cached('collator', lang, {}, () => new Intl.Collator([lang, 'en'], { sensitivity: 'base', ignorePunctuation: true }));
