import { type CampaignSection, isRecord } from '../core/campaign.js';
import { validate } from '../core/campaign-file.js';
import type { Field } from '../core/fields.js';
import { sourceName } from '../core/errors.js';
import { ELEMENTS, type Tag } from './catalog.js';
import {
  discoverLanguages,
  isPerLanguage,
  isWords,
  languageId,
  languageJson,
  languageProblems,
  perLanguageField,
  valueIn,
} from './languages.js';
import { cell, newRow, supporterJson, supporterProblem, type Row } from './supporters.js';
import { supporterFields } from '../supporter-wall/fields.js';
import { isBlank, jsonOf, problemOf, type Raw } from './values.js';
import { localisedDefault } from './words.js';
import { campaignExit } from './banner-exit.js';

export const SECTIONS = ELEMENTS.filter((e) => e.section).map((e) => ({ ...e, section: e.section! }));
const TOP = ['id', 'partner'] as const;

/** The campaign file being edited: values as loaded or typed, and every key the form does not know. */
export interface Draft {
  top: Record<string, Raw>;
  sections: Record<CampaignSection, Record<string, Raw>>;
  supporters: Row[];
  /**
   * The languages the campaign's words are written in, the first being the one plain strings are
   * in. With one language the file is written as it always was: plain strings.
   */
  languages: string[];
}

export const emptyDraft = (): Draft => ({
  top: {},
  sections: { banner: {}, petition: {}, share: {}, quickExit: {} },
  supporters: [],
  languages: ['en'],
});

/** The address of the schema that editors check the file against, for the builder's version. */
export const schemaUrlFor = (version?: string) =>
  `https://cdn.jsdelivr.net/npm/coalition-embed${version ? `@${version}` : ''}/dist/campaign.schema.json`;

/** Every value the draft holds that may be given per language: texts, links and supporters' names. */
export function perLanguageValues(draft: Draft): Raw[] {
  const values: Raw[] = [];
  for (const { section, fields } of SECTIONS) {
    for (const [key, field] of Object.entries(fields)) if (perLanguageField(key, field)) values.push(draft.sections[section][key]);
  }
  for (const row of draft.supporters) values.push(cell(row, 'name'));
  return values;
}

export interface Problem {
  /** The form control to send the person to. */
  target: string;
  /** As the elements name it in the console: `campaign file "banner.mode"`. */
  where: string;
  message: string;
}

/**
 * Reads a campaign file into a draft. Only a file that is not JSON at all is refused; the rest is
 * kept as it is and checked like the elements check it, so a team can load a broken file and fix it.
 */
export function parseCampaign(text: string): { draft: Draft } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `This is not JSON: ${(e as Error).message}` };
  }
  if (!isRecord(data)) return { error: 'The campaign file is not a JSON object.' };
  const draft = emptyDraft();
  for (const [key, value] of Object.entries(data)) {
    if (key === 'supporters' && Array.isArray(value)) draft.supporters = value.map((v) => newRow(v));
    else if (key in draft.sections && isRecord(value)) draft.sections[key as CampaignSection] = { ...value };
    else draft.top[key] = value;
  }
  draft.languages = discoverLanguages(perLanguageValues(draft));
  return { draft };
}

/**
 * Words given only in English, and only as the element's own default ("Supported by"): written,
 * they would show in English on every page, where left out each page shows its own language's.
 */
function onlyEnglishDefault(tag: Tag, key: string, raw: Raw): boolean {
  const given = isPerLanguage(raw) ? Object.entries(raw).filter(([, value]) => !isBlank(value)) : [['en', raw] as const];
  return given.length === 1 && /^en\b/i.test(given[0][0]) && !!localisedDefault(tag, key, given[0][1]);
}

/**
 * Settings whose default is one element's own, but which another element reads from the file
 * with no default of its own: the quick exit's address is also the banner's exit, and a banner
 * without one has no exit control. Written even when they only repeat the default.
 */
const READ_ELSEWHERE = new Set(['quick-exit.href']);

function sectionJson(
  tag: Tag,
  fields: Record<string, Field>,
  values: Record<string, Raw>,
  languages: string[],
  more: Record<string, unknown> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...more };
  for (const [key, raw] of Object.entries(values)) {
    const field = fields[key];
    if (field && /^en\b/i.test(languages[0] ?? 'en') && onlyEnglishDefault(tag, key, raw)) continue;
    const own = field && READ_ELSEWHERE.has(`${tag}.${key}`) ? { ...field, default: undefined } : field;
    const value = !own ? raw : perLanguageField(key, own) ? languageJson(own, raw, languages) : jsonOf(own, raw);
    if (value !== undefined) out[key] = value;
  }
  // The contract's key order, whatever order the values were typed in.
  const order = Object.keys(fields);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => rank(order, a) - rank(order, b)));
}

const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);

/**
 * The file to publish: `$schema` (when given, or as loaded), id and partner first, sections in the
 * contract's order, empty parts left out.
 */
export function campaignJson(draft: Draft, schema?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const $schema = schema ?? draft.top.$schema;
  if ($schema !== undefined) out.$schema = $schema;
  for (const key of TOP) {
    const value = draft.top[key];
    if (value !== undefined && !(typeof value === 'string' && !value.trim())) out[key] = typeof value === 'string' ? value.trim() : value;
  }
  // A banner that would show an exit gets an address when neither it nor the quick exit has one (banner-exit.ts).
  const exitHref = campaignExit(draft.sections.banner, draft.sections.quickExit);
  for (const { tag, section, fields } of SECTIONS) {
    const values = sectionJson(tag, fields, draft.sections[section], draft.languages, section === 'banner' && exitHref ? { exitHref } : {});
    if (Object.keys(values).length) out[section] = values;
  }
  if (draft.supporters.length) out.supporters = draft.supporters.map((row) => supporterJson(row, draft.languages));
  for (const [key, value] of Object.entries(draft.top))
    if (!(key in out) && !TOP.includes(key as never) && key !== '$schema') out[key] = value;
  return out;
}

export const campaignText = (draft: Draft, schema?: string) => `${JSON.stringify(campaignJson(draft, schema), null, 2)}\n`;

export const controlId = (section: string, key: string) => `c-${section}-${key}`;

/** Every problem the elements would report about this file, in the elements' own words. */
export function checkCampaign(draft: Draft): Problem[] {
  const problems: Problem[] = [];
  const file = campaignJson(draft);
  for (const { source, message } of validate(file).problems) {
    const name = ('section' in source && source.section) || 'id';
    problems.push({ target: controlId('top', name), where: sourceName(source), message });
  }
  const { languages } = draft;
  for (const { section, fields } of SECTIONS) {
    const values = draft.sections[section];
    for (const [key, field] of Object.entries(fields)) {
      const id = controlId(section, key);
      const where = `campaign file "${section}.${key}"`;
      if (perLanguageField(key, field)) {
        // Each language's entry is checked as the elements check a plain value, under its own input.
        for (const [lang, message] of languageProblems(field, values[key], languages)) {
          problems.push({ target: languageId(id, lang, languages), where: languages.length > 1 ? `${where} (${lang})` : where, message });
        }
        continue;
      }
      const message = problemOf(field, values[key]);
      if (message) problems.push({ target: id, where, message });
    }
  }
  draft.supporters.forEach((row, index) => {
    const id = `s-${row.id}-name`;
    for (const [lang, message] of languageProblems(supporterFields.name, cell(row, 'name'), languages)) {
      if (languages.length > 1)
        problems.push({ target: languageId(id, lang, languages), where: `campaign file "supporters" (${lang})`, message });
    }
    const message = supporterProblem(row, index, languages);
    if (message) problems.push({ target: id, where: 'campaign file "supporters"', message });
  });
  return problems;
}

/** Keys no element reads: kept in the file, but worth a look (a typo, or a key from a newer version). */
export function unknownKeys(draft: Draft): string[] {
  // `$schema` is read by editors, and the elements accept and ignore it.
  const known = ['$schema', 'supporters', ...TOP];
  const out = Object.keys(draft.top).filter((key) => !known.includes(key) && !(key in draft.sections));
  for (const { section, fields } of SECTIONS) {
    for (const key of Object.keys(draft.sections[section])) if (!(key in fields)) out.push(`${section}.${key}`);
  }
  return out;
}

/**
 * Per language, the texts it lacks: words another language of the file has and it has not.
 * Links are left out: one link often serves every language. So are supporters' names: most
 * organisations have one name in every language, so fifteen supporters would bury the texts
 * that need translating; a name given in another language is still written, and one not given
 * shows the first language's, quietly.
 */
export function missingTexts(draft: Draft): Record<string, Array<{ id: string; label: string }>> {
  const { languages } = draft;
  const out: Record<string, Array<{ id: string; label: string }>> = Object.fromEntries(languages.map((l) => [l, []]));
  if (languages.length < 2) return out;
  const check = (raw: Raw, id: string, label: string) => {
    const blank = languages.filter((lang) => isBlank(valueIn(raw, lang, languages)));
    if (blank.length === languages.length) return;
    for (const lang of blank) out[lang].push({ id: languageId(id, lang, languages), label });
  };
  for (const { section, fields } of SECTIONS) {
    for (const [key, field] of Object.entries(fields)) {
      if (perLanguageField(key, field) && isWords(field)) check(draft.sections[section][key], controlId(section, key), `${section}.${key}`);
    }
  }
  return out;
}
