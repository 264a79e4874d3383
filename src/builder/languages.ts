import { isRecord } from '../core/campaign.js';
import { directionOf } from '../core/i18n.js';
import type { Field } from '../core/fields.js';
import { isBlank, jsonOf, problemOf, type Raw } from './values.js';

// The languages of the campaign's own words: which settings take one value per language, the
// value of each language, and the file's form of them (`{ "en": "…", "cy": "…" }`).

/** The languages the elements' own words come in, offered first when adding one. */
export const CATALOGUE_LANGUAGES = ['en', 'cy', 'fr', 'de', 'es', 'ar'] as const;

/** Settings of kind text that are names, not words: one value whatever the language. */
const NOT_WORDS = new Set(['campaignId']);

/** Whether a setting may be given per language: words (kind text) and links (kind url). */
export const perLanguageField = (key: string, field: Field) => (field.kind === 'text' || field.kind === 'url') && !NOT_WORDS.has(key);

/** Words count as missing in a language; a link left out in one uses another language's link. */
export const isWords = (field: Field) => field.kind === 'text';

let names: Intl.DisplayNames | undefined;

/** "Welsh (cy)": the language in words, in the builder's own language, with its tag. */
export function languageName(tag: string): string {
  let name: string | undefined;
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    name = names.of(tag);
  } catch {
    /* a tag the browser cannot name: the tag alone */
  }
  return name && name.toLowerCase() !== tag.toLowerCase() ? `${name} (${tag})` : tag;
}

/** `dir` for an input in a language written right to left; undefined for the rest. */
export const dirOf = (tag: string) => (directionOf(tag) === 'rtl' ? 'rtl' : undefined);

/**
 * A language the team typed: a tag (`cy`, `pt-BR`), in its canonical form, or the English name of
 * one of the elements' own languages ("Welsh"). An error in words when it is neither.
 */
export function readLanguage(typed: string, languages: string[]): { tag: string } | { error: string } {
  const text = typed.trim();
  if (!text) return { error: 'Type a language tag, such as cy, fr or pt-BR.' };
  // "Welsh (cy)", as the suggestions show it, or "Welsh".
  const named = CATALOGUE_LANGUAGES.find((tag) =>
    [languageName(tag), languageName(tag).replace(/ \(.*\)$/, '')].some((n) => n.toLowerCase() === text.toLowerCase()),
  );
  let tag: string | undefined = named;
  if (!tag) {
    try {
      [tag] = Intl.getCanonicalLocales(text);
    } catch {
      tag = undefined;
    }
  }
  // BCP 47 allows 5-8 letter languages, but none is registered: "english" is a typo of a name.
  if (!tag || !/^[a-z]{2,3}(-|$)/i.test(tag)) {
    return { error: `"${text}" is not a language tag. Use a tag such as cy, fr or pt-BR (BCP 47).` };
  }
  const same = languages.find((l) => l.toLowerCase() === tag!.toLowerCase());
  if (same) return { error: `${languageName(same)} is already a language of this file.` };
  return { tag };
}

/** A value given per language: a non-empty object keyed by language. */
export const isPerLanguage = (raw: Raw): raw is Record<string, Raw> => isRecord(raw) && Object.keys(raw).length > 0;

/**
 * The value of one language. A plain string is in the file's first language: the words the
 * file had before a language was added.
 */
export function valueIn(raw: Raw, lang: string, languages: string[]): Raw {
  if (isPerLanguage(raw)) return raw[lang];
  return lang === languages[0] ? raw : undefined;
}

/** The value with one language's entry changed, per language as soon as a second is in use. */
export function withValue(raw: Raw, lang: string, value: string, languages: string[]): Raw {
  if (languages.length === 1 && !isPerLanguage(raw)) return value;
  const entries: Record<string, Raw> = isPerLanguage(raw) ? { ...raw } : isBlank(raw) ? {} : { [languages[0]]: raw };
  entries[lang] = value;
  return entries;
}

/** The value without a language's entry (a language removed from the file). */
export function withoutLanguage(raw: Raw, lang: string, languages: string[]): Raw {
  if (!isPerLanguage(raw)) return lang === languages[0] ? undefined : raw;
  const { [lang]: _removed, ...rest } = raw;
  const left = Object.keys(rest);
  // Back to one language: a plain string again, as a one-language file has.
  if (left.length === 1 && languages.length === 2 && typeof rest[left[0]] === 'string') return rest[left[0]];
  return left.length ? rest : undefined;
}

/**
 * The file's form of a value: a plain string in a one-language file (as files have always been
 * written); in a file of several languages, words are always per language, even where only one
 * language has them, so a Welsh page that falls back to the English words knows they are English
 * and marks them so (WCAG 3.1.2). An entry is never dropped as a default: English "Sign the
 * petition" beside a Welsh entry must stay, or English pages would show Welsh.
 */
export function languageJson(field: Field, raw: Raw, languages: string[]): unknown {
  const several = languages.length > 1 && field.kind === 'text';
  if (!isPerLanguage(raw)) {
    const value = jsonOf(field, raw);
    return several && typeof value === 'string' ? { [languages[0]]: value } : value;
  }
  const plain = { ...field, default: undefined };
  const out: Record<string, unknown> = {};
  for (const lang of [...languages, ...Object.keys(raw)]) {
    if (lang in out || !(lang in raw)) continue;
    const value = jsonOf(plain, raw[lang]);
    if (value !== undefined) out[lang] = value;
  }
  const keys = Object.keys(out);
  if (!keys.length) return undefined;
  if (keys.length === 1 && keys[0] === languages[0] && !several) return jsonOf(field, raw[keys[0]]);
  return out;
}

/** Each language's problem with a value, in the elements' words (each entry is checked like a plain value). */
export function languageProblems(field: Field, raw: Raw, languages: string[]): Array<[lang: string, message: string]> {
  const out: Array<[string, string]> = [];
  for (const lang of languages) {
    const message = problemOf(field, valueIn(raw, lang, languages));
    if (message) out.push([lang, message]);
  }
  return out;
}

/**
 * The languages of a loaded file: every language its per-language values name, in order of first
 * appearance, English first. Plain strings beside them are taken as English, the elements' fallback.
 */
export function discoverLanguages(values: Raw[]): string[] {
  const found: string[] = [];
  let plain = false;
  for (const raw of values) {
    if (isPerLanguage(raw)) for (const key of Object.keys(raw)) if (!found.includes(key)) found.push(key);
    if (typeof raw === 'string' && raw.trim()) plain = true;
  }
  if (!found.length) return ['en'];
  if (found.includes('en')) return ['en', ...found.filter((l) => l !== 'en')];
  return plain ? ['en', ...found] : found;
}

/** The input of one language for a control: the control's own id for the first language. */
export const languageId = (id: string, lang: string, languages: string[]) => (lang === languages[0] ? id : `${id}-${lang}`);
