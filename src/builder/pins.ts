import type { BuilderState, Pins } from './state.js';

async function getJson(href: string | undefined): Promise<Record<string, unknown> | undefined> {
  if (!href) return undefined;
  try {
    const response = await fetch(href, { credentials: 'omit', cache: 'no-store' });
    return response.ok ? ((await response.json()) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Pins the snippet's script: the version and integrity hash of the build from dist/sri.json, or
 * only the version from package.json before a first build. A version or hash given on the page
 * wins over both (the state keeps the two apart).
 */
export async function loadPins(state: BuilderState, sriHref?: string, pkgHref?: string): Promise<void> {
  const sri = await getJson(sriHref);
  const files = sri?.files as Record<string, unknown> | undefined;
  const hash = files?.['coalition-embed.js'];
  const found: Pins = {};
  if (typeof sri?.version === 'string') found.version = sri.version;
  if (typeof hash === 'string' && hash.startsWith('sha384-')) found.integrity = hash;
  const version = state.version ?? found.version;
  // The elements' own files, for preloads: only from the build that the version and hash are of.
  if (files && (state.integrity ?? found.integrity) === hash && (!sri?.version || version === sri.version)) {
    found.files = Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const list = (value: unknown) => (Array.isArray(value) && value.every((f) => typeof f === 'string') ? (value as string[]) : undefined);
    found.campaignFiles = list(sri?.campaign);
    found.moreNetworkFiles = list(sri?.moreNetworks);
    found.togetherFiles = list(sri?.together);
    const needs = sri?.elements as Record<string, unknown> | undefined;
    if (needs && typeof needs === 'object')
      found.needs = Object.fromEntries(
        Object.entries(needs).filter(
          (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((f) => typeof f === 'string'),
        ),
      );
  }
  if (!version) {
    const pkg = await getJson(pkgHref);
    if (typeof pkg?.version === 'string') found.version = pkg.version;
  }
  state.setFoundPins(found);
}
