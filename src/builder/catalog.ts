import { ELEMENTS, commonFields, elementInfo, type ElementDescription, type Tag } from '../elements.js';
import { kebab, type Field, type Fields } from '../core/fields.js';
import { plainHint } from './words.js';

// The builder reads each element's own description (src/elements.ts): a new attribute, or a new
// element, appears in the form with the element's validation without anyone touching the builder.
export { ELEMENTS, elementInfo, type Tag };
export type ElementInfo = ElementDescription;

export { commonFields };

/** Used when custom-elements.json is missing (before the first build) and for `lang`. */
const FALLBACK: Record<string, string> = {
  campaign: 'URL of a campaign file for this element; beats the script\u2019s `data-campaign`; `none` for no campaign file.',
  lang: 'Language of the element\u2019s own words (default: the page\u2019s language).',
  theme: '`light`, `dark` or `auto` (follows the visitor\u2019s light or dark setting).',
  partner: 'Your organisation\u2019s short name, added to the campaign\u2019s links as `utm_source`.',
};

/** Attribute descriptions per tag, from the JSDoc that the manifest was generated from. */
export type Descriptions = Partial<Record<Tag, Record<string, string>>>;

interface Manifest {
  modules?: Array<{ path?: string; declarations?: Array<{ attributes?: Array<{ name?: string; description?: string }> }> }>;
}

/** Reads custom-elements.json; a missing or odd manifest only costs the hints their detail. */
export async function loadDescriptions(href: string | undefined): Promise<Descriptions> {
  const out: Descriptions = {};
  if (!href) return out;
  try {
    const response = await fetch(href, { credentials: 'omit' });
    if (!response.ok) return out;
    const manifest = (await response.json()) as Manifest;
    for (const module of manifest.modules ?? []) {
      const tag = ELEMENTS.find((e) => module.path === `src/${e.tag}/${e.tag}.ts`)?.tag;
      if (!tag) continue;
      const attributes = (out[tag] ??= {});
      for (const declaration of module.declarations ?? []) {
        for (const { name, description } of declaration.attributes ?? []) {
          if (name && description) attributes[name] = description;
        }
      }
    }
  } catch {
    /* no manifest: the fields' own words are used */
  }
  return out;
}

/** The hint under a field: the element's JSDoc, else the field's own words, else what it expects. */
export function describeField(descriptions: Descriptions, tag: Tag | undefined, key: string, field: Field): string {
  // The elements' documentation is written for webmasters: the builder's own words come first.
  const plain = plainHint(tag, key);
  if (plain) return plain;
  const found = tag && descriptions[tag]?.[kebab(key)];
  if (found) return found;
  if (FALLBACK[key] && (commonFields as Fields)[key] === field) return FALLBACK[key];
  const { expected } = field;
  return `${expected[0].toUpperCase()}${expected.slice(1)}.`;
}
