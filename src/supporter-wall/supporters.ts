import { isRecord, ownRecord } from '../core/campaign.js';
import { pickLanguage } from '../core/i18n.js';
import { url, parseField } from '../core/fields.js';
import { supporterFields } from './fields.js';
import { nameOrder } from '../core/formats.js';

export interface Supporter {
  name: string;
  /** The language of the name, when a list gave it per language (`{ "en": "…", "cy": "…" }`). */
  lang?: string;
  logo?: string;
  href?: string;
  tier?: string;
}

const linkFields = new Map<string | undefined, ReturnType<typeof url>>();

/** Logos in a remote list are relative to that list, not to the partner's page: one field (and rule) per list. */
function linkFieldFor(base: string | undefined) {
  let field = linkFields.get(base);
  if (!field) linkFields.set(base, (field = url(base ? { base } : {})));
  return field;
}

/**
 * Checks one raw supporter (from JSON or light DOM). Returns the supporter, or the reason it is
 * left out: a wall that silently drops a partner's logo would be unfair and hard to debug.
 */
export function checkSupporter(raw: unknown, base?: string, lang = 'en'): Supporter | string {
  const linkField = linkFieldFor(base);
  if (typeof raw !== 'object' || raw === null) return 'is not an object';
  // Own keys only: a page whose scripts added `href` to Object.prototype must not link every logo.
  const { name: given, logo, href, tier } = ownRecord(raw as Record<string, unknown>);
  // A name may be given per language, like every text in a campaign file.
  const picked = isRecord(given) ? pickLanguage(given, lang) : undefined;
  const name = picked ? picked[1] : given;
  const checkedName = parseField(supporterFields.name, name);
  if (!checkedName.ok || !checkedName.value) return 'has no "name"';
  // Null prototype: an absent `href` must read as absent, not as a polluted Object.prototype's.
  const supporter: Supporter = Object.assign(Object.create(null), { name: checkedName.value });
  if (picked) supporter.lang = picked[0];
  for (const [key, value] of [
    ['logo', logo],
    ['href', href],
  ] as const) {
    if (value === undefined || value === '') continue;
    const checked = parseField(linkField, value);
    if (!checked.ok) return `"${supporter.name}" has an unsafe ${key} URL`;
    supporter[key] = checked.value;
  }
  if (typeof tier === 'string' && tier.trim()) supporter.tier = tier.trim();
  return supporter;
}

/**
 * The supporters a wall draws from its lists (each with the address its logos and links are
 * relative to), by lower-case name: each checked, one whose name came before left out. `left`
 * hears each refused and why, `kept` each drawn, with its list and its place in it.
 */
export function readLists(
  lists: ReadonlyArray<readonly [list: readonly unknown[] | undefined, base?: string, ...rest: unknown[]]>,
  lang = 'en',
  left?: (list: number, index: number, problem: string) => void,
  kept?: (supporter: Supporter, list: number, index: number) => void,
): Map<string, Supporter> {
  const found = new Map<string, Supporter>();
  lists.forEach(([entries, base], list) =>
    entries?.forEach((raw, index) => {
      const supporter = checkSupporter(raw, base, lang);
      if (typeof supporter === 'string') left?.(list, index, supporter);
      else if (!found.has(supporter.name.toLowerCase())) {
        found.set(supporter.name.toLowerCase(), supporter);
        kept?.(supporter, list, index);
      }
    }),
  );
  return found;
}

/** Fisher-Yates with the platform's random source: every order equally likely on every visit. */
export function shuffle<T>(items: T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function ordered(items: Supporter[], order: string | undefined, lang: string): Supporter[] {
  if (order === 'shuffle') return shuffle(items);
  if (order === 'alphabetical') {
    const names = items.map(({ name }) => name);
    const compare = nameOrder(lang, names);
    return [...items].sort((a, b) => compare(a.name, b.name));
  }
  return items;
}

/**
 * Tiers in order of first appearance. Supporters without a tier form an unnamed group, first:
 * after a tier, with no heading of their own, they would read as members of that tier.
 */
export function groupByTier(items: Supporter[]): Array<[string | undefined, Supporter[]]> {
  const groups = new Map<string | undefined, Supporter[]>();
  for (const item of items) {
    const group = groups.get(item.tier);
    if (group) group.push(item);
    else groups.set(item.tier, [item]);
  }
  return [...groups].sort(([a], [b]) => +(a !== undefined) - +(b !== undefined));
}

/**
 * A logo's shape for equal visual weight: the square root of its width / height. The wall's
 * styles draw each logo `side × shape` wide and `side / shape` high (then within its cell), so
 * every logo covers the same area, `side²`, whatever its shape: a square crest and a long
 * wordmark read as equals, where equal widths would make the wordmark tiny and the crest huge.
 * An unknown shape is taken as 2:1.
 */
export function logoShape(ratio: number): number {
  return Number.isFinite(ratio) && ratio > 0 ? Math.round(Math.sqrt(ratio) * 1e4) / 1e4 : Math.round(Math.SQRT2 * 1e4) / 1e4;
}

/** Reads `<a href><img alt></a>` and `<img alt>` children: the no-JavaScript fallback. */
export function fromLightDom(host: Element): unknown[] {
  return [...host.querySelectorAll(':scope > a, :scope > img')].map((node) => {
    const img = node.localName === 'img' ? node : node.querySelector('img');
    return {
      name: img?.getAttribute('alt') || node.getAttribute('aria-label') || node.textContent?.trim(),
      logo: img?.getAttribute('src') ?? undefined,
      href: node.localName === 'a' ? (node.getAttribute('href') ?? undefined) : undefined,
      tier: node.getAttribute('data-tier') ?? undefined,
    };
  });
}
