import type { EmbedBuilder } from './embed-builder.js';

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
 * wins over both.
 */
export async function loadPins(b: EmbedBuilder): Promise<void> {
  const sri = await getJson(b.sri);
  const files = sri?.files as Record<string, unknown> | undefined;
  const hash = files?.['coalition-embed.js'];
  if (typeof sri?.version === 'string') b.version ??= sri.version;
  if (typeof hash === 'string' && hash.startsWith('sha384-')) b.integrity ??= hash;
  // The elements' own files, for preloads: only from the build that the version and hash are of.
  if (files && b.integrity === hash && (!sri?.version || b.version === sri.version)) {
    b._files = Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
  if (!b.version) {
    const pkg = await getJson(b.pkg);
    if (typeof pkg?.version === 'string') b.version = pkg.version;
  }
  b._pinsLoaded = true;
}
