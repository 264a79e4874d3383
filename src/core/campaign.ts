import { fetchJsonOnce, forgetFetched } from './fetch-json.js';
import { nearMiss } from './near-miss.js';
import { safeUrl } from './url.js';
import type { Source } from './errors.js';

/** The shared campaign file; sections are checked field by field by the element that reads them. */
export type CampaignFile = {
  id?: string;
  partner?: string;
  supporters?: unknown;
} & { [S in CampaignSection]?: Record<string, unknown> };

/**
 * The sections elements read, each named by its element's description (`element.ts`); written
 * here rather than read from the registry so that a page with one share bar does not download
 * every element's settings to check a file. A test holds the two lists equal.
 */
export const CAMPAIGN_SECTIONS = ['banner', 'petition', 'share', 'quickExit'] as const;
export type CampaignSection = (typeof CAMPAIGN_SECTIONS)[number];

export interface CampaignResult {
  file?: CampaignFile;
  /** Each problem names its place, so the element can report it as it reports an attribute. */
  problems: Array<{ source: Source; message: string }>;
}

// Captured while the classic script runs: afterwards document.currentScript is someone else's.
const ownScript = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;

/** The page-wide campaign file named by `data-campaign` on our script tag. */
export function scriptCampaignUrl(): string | undefined {
  const script = ownScript?.dataset.campaign !== undefined ? ownScript : document.querySelector<HTMLScriptElement>('script[data-campaign]');
  return script?.dataset.campaign || undefined;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A copy of an object's own keys on a null prototype: a host page's script that added `href`
 * or `headline` to Object.prototype must never show up as a setting (a stranger's link).
 */
export const ownRecord = (v: Record<string, unknown>): Record<string, unknown> => Object.assign(Object.create(null), v);

// `$schema` names the JSON Schema that editors check the file against (dist/campaign.schema.json).
const KEYS = ['$schema', 'id', 'partner', ...CAMPAIGN_SECTIONS, 'supporters'];

/** Exported so that the builder checks a file in the same words as the elements. */
export function validate(input: unknown, href = ''): CampaignResult {
  if (!isRecord(input))
    return { problems: [{ source: { attribute: 'campaign' }, message: 'the campaign file is not a JSON object; ignored' }] };
  const data = ownRecord(input);
  const problems: CampaignResult['problems'] = [];
  const file: CampaignFile = Object.create(null);
  const at = (section: string) => ({ file: href, section });
  for (const key of ['id', 'partner'] as const) {
    const value = data[key];
    if (value === undefined) continue;
    if (typeof value === 'string' && value.trim()) file[key] = value.trim();
    else problems.push({ source: at(key), message: `${JSON.stringify(value)} is not text; ignored` });
  }
  for (const key of CAMPAIGN_SECTIONS) {
    const value = data[key];
    if (value === undefined) continue;
    if (isRecord(value)) file[key] = ownRecord(value);
    else problems.push({ source: at(key), message: 'is not an object; ignored' });
  }
  for (const key of Object.keys(data)) {
    const meant = KEYS.includes(key) ? undefined : nearMiss(key, KEYS);
    if (meant) problems.push({ source: at(key), message: `is not a part of the file; did you mean ${meant}?` });
  }
  if (data.supporters !== undefined) {
    if (Array.isArray(data.supporters)) file.supporters = data.supporters;
    else problems.push({ source: at('supporters'), message: 'is not a list; ignored' });
  }
  return { file, problems };
}

/** Loads each campaign file once per page, however many elements name it. */
export function loadCampaign(href: string): Promise<CampaignResult> {
  const url = safeUrl(href);
  if (!url) {
    return Promise.resolve({
      problems: [{ source: { attribute: 'campaign' }, message: `"${href}" is not an https: or http: URL; ignored` }],
    });
  }
  return fetchJsonOnce(url).then((result) =>
    result.ok
      ? validate(result.data, url)
      : { problems: [{ source: { attribute: 'campaign' }, message: `${result.message}; using the element's own attributes` }] },
  );
}

/** Tests and the builder reload files they have changed. */
export function clearCampaignCache(): void {
  forgetFetched();
}
