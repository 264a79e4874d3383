import { safeUrl } from '../core/url.js';

/** One count source: what to fetch, where the number sits in it, and the page a visitor can check. */
export interface Source {
  /** The JSON to fetch, without the fragment: counters reading different paths share one request. */
  url: string;
  path: string[];
  /** Where the trust line links: the petition itself for uk-parliament, else the JSON. */
  page: string;
  host: string;
}

/**
 * `uk-parliament:ID` reads `signature_count` from the service's light count.json (the endpoint
 * its own page polls); any other value is a JSON URL with the number's path in its fragment.
 */
export function parseSource(text: string, base?: string): Source | undefined {
  const id = /^uk-parliament:(\d+)$/i.exec(text)?.[1];
  // A relative source in a campaign file is relative to the file, like every address in it.
  const [url, fragment] = id
    ? [`https://petition.parliament.uk/petitions/${id}/count.json`, 'signature_count']
    : (safeUrl(text, base ? { base } : {})?.split('#') ?? []);
  return url ? { url, path: (fragment || 'count').split('.'), page: id ? url.slice(0, -11) : url, host: new URL(url).host } : undefined;
}

/** Larger than any petition or statistic we show: a feed's 1e308 must not widen the page. */
export const MAX_COUNT = 1e12;

/**
 * The number at `path`, only when it is a real count: finite, not negative, not absurd. Own keys
 * only (a host page's `Object.prototype.count` is nobody's count).
 */
export function readCount(data: unknown, path: string[]): number | undefined {
  const value = path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined),
    data,
  );
  return typeof value === 'number' && value >= 0 && value <= MAX_COUNT ? value : undefined;
}

/**
 * The goal for `goal="auto"`: the first milestone the count has not yet reached `share` of. The
 * campaign's own milestones come first; past the last one, the 1-2-5 series from 100 carries on
 * (it passes through 10,000 and 100,000, the thresholds for a government response and a debate).
 */
export function nextMilestone(count: number, milestones: number[] = [], share = 1): number | undefined {
  const list = [...milestones].sort((a, b) => a - b);
  for (let m = 100; m < 1e16; m *= 10) list.push(m, 2 * m, 5 * m);
  return list.find((m) => count < m * share);
}

/**
 * Milestones as a campaign team writes them: "10000 100000", "10,000 100,000" or "10000,100000".
 * A comma followed by exactly three digits is a thousands separator, any other comma separates.
 */
export function parseMilestones(text: string | undefined): number[] {
  if (!text) return [];
  let plain = text;
  for (let previous = ''; previous !== plain;) [previous, plain] = [plain, plain.replace(/(\d),(\d{3})(?!\d)/g, '$1$2')];
  return plain
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => n > 0);
}
