import { validate, type CampaignSection, isRecord } from '../core/campaign.js';
import type { Field } from '../core/fields.js';
import { sourceName } from '../core/errors.js';
import { ELEMENTS } from './catalog.js';
import { newRow, supporterJson, supporterProblem, type Row } from './supporters.js';
import { jsonOf, problemOf, type Raw } from './values.js';

export const SECTIONS = ELEMENTS.filter((e) => e.section).map((e) => ({ ...e, section: e.section! }));
const TOP = ['id', 'partner'] as const;

/** The campaign file being edited: values as loaded or typed, and every key the form does not know. */
export interface Draft {
  top: Record<string, Raw>;
  sections: Record<CampaignSection, Record<string, Raw>>;
  supporters: Row[];
}

export const emptyDraft = (): Draft => ({ top: {}, sections: { banner: {}, petition: {}, share: {}, quickExit: {} }, supporters: [] });

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
  return { draft };
}

function sectionJson(fields: Record<string, Field>, values: Record<string, Raw>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values)) {
    const value = fields[key] ? jsonOf(fields[key], raw) : raw;
    if (value !== undefined) out[key] = value;
  }
  // The contract's key order, whatever order the values were typed in.
  const order = Object.keys(fields);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => rank(order, a) - rank(order, b)));
}

const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);

/** The file to publish: id and partner first, sections in the contract's order, empty parts left out. */
export function campaignJson(draft: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of TOP) {
    const value = draft.top[key];
    if (value !== undefined && !(typeof value === 'string' && !value.trim())) out[key] = typeof value === 'string' ? value.trim() : value;
  }
  for (const { section, fields } of SECTIONS) {
    const values = sectionJson(fields, draft.sections[section]);
    if (Object.keys(values).length) out[section] = values;
  }
  if (draft.supporters.length) out.supporters = draft.supporters.map(supporterJson);
  for (const [key, value] of Object.entries(draft.top)) if (!(key in out) && !TOP.includes(key as never)) out[key] = value;
  return out;
}

export const campaignText = (draft: Draft) => `${JSON.stringify(campaignJson(draft), null, 2)}\n`;

export const controlId = (section: string, key: string) => `c-${section}-${key}`;

/** Every problem the elements would report about this file, in the elements' own words. */
export function checkCampaign(draft: Draft): Problem[] {
  const problems: Problem[] = [];
  const file = campaignJson(draft);
  for (const { source, message } of validate(file).problems) {
    const name = ('section' in source && source.section) || 'id';
    problems.push({ target: controlId('top', name), where: sourceName(source), message });
  }
  for (const { section, fields } of SECTIONS) {
    const values = draft.sections[section];
    for (const [key, field] of Object.entries(fields)) {
      const message = problemOf(field, values[key]);
      if (message) problems.push({ target: controlId(section, key), where: `campaign file "${section}.${key}"`, message });
    }
  }
  draft.supporters.forEach((row, index) => {
    const message = supporterProblem(row, index);
    if (message) problems.push({ target: `s-${row.id}-name`, where: 'campaign file "supporters"', message });
  });
  return problems;
}

/** Keys no element reads: kept in the file, but worth a look (a typo, or a key from a newer version). */
export function unknownKeys(draft: Draft): string[] {
  const out = Object.keys(draft.top).filter((key) => !TOP.includes(key as never) && !(key in draft.sections) && key !== 'supporters');
  for (const { section, fields } of SECTIONS) {
    for (const key of Object.keys(draft.sections[section])) if (!(key in fields)) out.push(`${section}.${key}`);
  }
  return out;
}
