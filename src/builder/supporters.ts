import { isRecord } from '../core/campaign.js';
import { checkSupporter, readLists } from '../supporter-wall/supporters.js';
import { escapeHtml, fallbackLogoSize } from './snippet.js';
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
 * An address written relative to the page it is in (`logos/nspcc.svg`, `/logos/nspcc.svg`,
 * `//cdn.example/nspcc.svg`): a partner's page would read it from its own site.
 */
export function isRelativeAddress(value: unknown): value is string {
  if (typeof value !== 'string' || !value.trim()) return false;
  try {
    new URL(value.trim());
    return false;
  } catch {
    return true;
  }
}

/** A relative address made full against `base` (the builder page's own address); any other as it is. */
export function fullAddress(value: string, base?: string): string {
  if (!base || !isRelativeAddress(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/**
 * A supporter as light DOM of `<supporter-wall>`, the form the wall reads and what a visitor sees
 * without JavaScript. Lazy images are not fetched while the upgraded wall keeps them unrendered.
 * With `base`, a relative logo or link is written full: `logos/nspcc.svg` that loads beside the
 * builder would be read from the partner's own site once pasted there, and fail.
 */
export function supporterMarkup(row: Row, base?: string, ratioOf?: (logo: string) => number | undefined): string | undefined {
  if (typeof checkSupporter(row.value) === 'string') return undefined;
  const text = (key: SupporterKey) => {
    const value = cell(row, key);
    if (typeof value !== 'string' || !value.trim()) return undefined;
    return escapeHtml(key === 'logo' || key === 'href' ? fullAddress(value.trim(), base) : value.trim());
  };
  const [name, logo, href, tier] = SUPPORTER_KEYS.map(text);
  const tierAttr = tier ? ` data-tier="${tier}"` : '';
  // Its box from the start (the logo's shape once the builder has loaded it), so nothing moves as it loads.
  const typedLogo = cell(row, 'logo');
  const { width, height } = fallbackLogoSize(typeof typedLogo === 'string' ? ratioOf?.(typedLogo.trim()) : undefined);
  const img = (extra: string) =>
    `<img${logo ? ` src="${logo}"` : ''} alt="${name}" width="${width}" height="${height}" loading="lazy" referrerpolicy="no-referrer"${extra}>`;
  // A name without a logo is its words, not a picture with nothing to load (Chromium draws a
  // broken-image mark beside each one's alt text); the wall reads an `<a>` without `href` as a
  // supporter without a link.
  if (!href) return logo ? img(tierAttr) : `<a${tierAttr}>${name}</a>`;
  return `<a href="${href}"${tierAttr}>${logo ? img('') : name}</a>`;
}

/** The wall's light DOM for the snippet: the supporters it would show, each as it reads them. */
export const wallChildren = (rows: readonly Row[], base?: string, ratioOf?: (logo: string) => number | undefined) =>
  rows.map((row) => supporterMarkup(row, base, ratioOf)).filter((m): m is string => !!m);

/**
 * The tier of each supporter a wall shows from `lists` (each with the address its links are
 * relative to), as the wall reads them: one it would leave out, or whose name came before, is not
 * drawn, so it takes no room.
 */
export const wallTiers = (lists: Array<[list: readonly unknown[], base?: string]>): Array<string | undefined> =>
  [...readLists(lists).values()].map((supporter) => supporter.tier);

/** The relative addresses the snippet writes full: how many logos and links, and the first as the snippet has it. */
export interface MadeFull {
  logos: number;
  links: number;
  example?: string;
}

/** The relative logos and links of the supporters the snippet writes (those the wall shows), made full against `base`. */
export function relativeAddresses(rows: readonly Row[], base: string): MadeFull {
  const out: MadeFull = { logos: 0, links: 0 };
  for (const row of rows) {
    if (typeof checkSupporter(row.value) === 'string') continue;
    for (const key of ['logo', 'href'] as const) {
      const value = cell(row, key);
      if (!isRelativeAddress(value)) continue;
      out[key === 'logo' ? 'logos' : 'links']++;
      out.example ??= fullAddress(value.trim(), base);
    }
  }
  return out;
}

// An address in a pasted list: a web address, or a path on the partner's or coalition's site.
const ADDRESS = /^(https?:\/\/|\/|\.{1,2}\/|[\w.-]+\/[\w./-]*\.(svg|png|jpe?g|webp|gif)$)/i;

/**
 * Supporters pasted from a spreadsheet or typed one a line: a name alone, or name, logo address,
 * link and tier separated by tabs (what a spreadsheet copies) or by commas. A comma inside a
 * name ("Smith, Jones & Co") stays in the name unless what follows it is an address. A first
 * line of column names (name, logo...) is skipped.
 */
export function parseSupporterList(text: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    let cells = line.includes('\t') ? line.split('\t') : line.split(',');
    if (!line.includes('\t') && !cells.slice(1).some((c) => ADDRESS.test(c.trim()))) cells = [line];
    cells = cells.map((c) => c.trim());
    if (!out.length && cells[0].toLowerCase() === 'name' && cells.length > 1) continue;
    const entry: Record<string, string> = {};
    SUPPORTER_KEYS.forEach((key, i) => {
      if (cells[i]) entry[key] = cells[i];
    });
    if (entry.name || entry.logo) out.push(entry);
  }
  return out;
}

/** A supporters JSON file: a list, or a campaign file's `supporters`. */
export function parseSupportersJson(text: string): unknown[] | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `This is not JSON: ${(e as Error).message}` };
  }
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.supporters) ? data.supporters : undefined;
  return list ?? { error: 'The file is not a list of supporters (nor a campaign file with "supporters").' };
}
