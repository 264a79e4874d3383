import { isRecord } from '../core/campaign.js';
import { checkSupporter } from '../supporter-wall/supporters.js';
import { escapeHtml } from './snippet.js';
import { supporterFields } from '../supporter-wall/fields.js';
import { languageJson } from './languages.js';
import { isBlank, type Raw } from './values.js';

export const SUPPORTER_KEYS = ['name', 'logo', 'href', 'tier'] as const;
export type SupporterKey = (typeof SUPPORTER_KEYS)[number];

/** One row of the supporters editor; `value` is the entry as loaded or typed. */
export interface Row {
  id: number;
  value: Raw;
}

let lastId = 0;
export const newRow = (value: Raw = {}): Row => ({ id: ++lastId, value });

export const cell = (row: Row, key: SupporterKey): Raw => (isRecord(row.value) ? row.value[key] : undefined);

/** Editing a row keeps the keys it had that the form does not show. */
export const withCell = (row: Row, key: SupporterKey, value: Raw): Row => ({
  ...row,
  value: { ...(isRecord(row.value) ? row.value : {}), [key]: value },
});

/**
 * The wall's own message for a supporter it would leave out (supporter-wall.ts words it
 * "supporter N <reason>; left out"); undefined when the supporter is shown.
 */
export function supporterProblem(row: Row, index: number, languages: string[] = ['en']): string | undefined {
  // As written to the file: a name left empty in one language is not in it.
  const checked = checkSupporter(supporterJson(row, languages));
  return typeof checked === 'string' ? `supporter ${index + 1} ${checked}; left out` : undefined;
}

/** A supporter for the campaign file: the form's keys first, blank cells left out. */
export function supporterJson(row: Row, languages: string[] = ['en']): unknown {
  if (!isRecord(row.value)) return row.value;
  const out: Record<string, unknown> = {};
  for (const key of [...SUPPORTER_KEYS, ...Object.keys(row.value)]) {
    // A name may be given per language, like every text in the file.
    const value =
      key === 'name' && isRecord(row.value[key]) ? languageJson(supporterFields.name, row.value[key], languages) : row.value[key];
    if (!isBlank(value) && !(key in out)) out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

/**
 * A supporter as light DOM of `<supporter-wall>`, the form the wall reads and what a visitor sees
 * without JavaScript. Lazy images are not fetched while the upgraded wall keeps them unrendered.
 */
export function supporterMarkup(row: Row): string | undefined {
  if (typeof checkSupporter(row.value) === 'string') return undefined;
  const text = (key: SupporterKey) => {
    const value = cell(row, key);
    return typeof value === 'string' && value.trim() ? escapeHtml(value.trim()) : undefined;
  };
  const [name, logo, href, tier] = SUPPORTER_KEYS.map(text);
  const tierAttr = tier ? ` data-tier="${tier}"` : '';
  const img = (extra: string) => `<img${logo ? ` src="${logo}"` : ''} alt="${name}" loading="lazy" referrerpolicy="no-referrer"${extra}>`;
  if (!href) return img(tierAttr);
  return `<a href="${href}"${tierAttr}>${logo ? img('') : name}</a>`;
}

/** The wall's light DOM for the snippet: the supporters it would show, each as it reads them. */
export const wallChildren = (rows: Row[]) => rows.map(supporterMarkup).filter((m): m is string => !!m);
