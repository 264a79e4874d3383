import { fetchJsonOnce, forgetFetched } from './fetch-json.js';
import { nearMiss } from './near-miss.js';
import { safeUrl } from './url.js';
import { CAMPAIGN_SECTIONS, isRecord, ownRecord, type CampaignFile, type CampaignResult, type CampaignSection } from './campaign.js';

/**
 * Reading and checking a campaign file: a rare part, loaded on first use (the loader starts it
 * with the element files when the script tag has `data-campaign`), so a page that names no file
 * never downloads it.
 */

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

/**
 * One element's reading of a campaign file: the file's problems, and near misses among its own
 * section's keys. Unknown keys are left alone (a newer file read by an older pinned script); near
 * misses of ours are named, or a misspelt setting would do nothing on every partner's page.
 */
export async function loadSection(href: string, section: CampaignSection | undefined, keys: string[]): Promise<CampaignResult> {
  const result = await loadCampaign(href);
  const problems = [...result.problems];
  const values = section && result.file?.[section];
  for (const key of Object.keys(values ?? {})) {
    const meant = keys.includes(key) ? undefined : nearMiss(key, keys);
    if (meant) problems.push({ source: { file: href, section, key }, message: `is not a setting; did you mean ${meant}?` });
  }
  return { file: result.file, problems };
}

/** Tests and the builder reload files they have changed. */
export function clearCampaignCache(): void {
  forgetFetched();
}
