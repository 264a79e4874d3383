import type { Source } from './errors.js';

/**
 * What every element knows of the campaign file: its shape and where it is named. Reading and
 * checking a file is in campaign-file.ts, loaded only on a page that names one.
 */

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
