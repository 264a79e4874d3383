import { commonFields, ELEMENTS, type Tag } from '../builder/catalog.js';
import { kebab, type Fields } from '../core/fields.js';

/**
 * What the iframe page accepts, from the same declarations the elements, the builder and the
 * WordPress allow-list read (src/TAG/fields.ts and src/core/common-fields.ts): for each tag, its
 * attributes in kebab-case (its own settings, then those every element takes) and whether each
 * is a boolean, and the widget's name for the page's title.
 *
 * Plain data only: the build evaluates this module and bundles its exports as JSON
 * (rollup.config.mjs), so the page's script carries the names without the checks (zod) behind
 * them; the element beside it checks the values.
 */
const attributes = (fields: Fields): Array<[attribute: string, flag: boolean]> =>
  Object.entries(fields).map(([key, field]) => [kebab(key), field.kind === 'flag']);

export const ATTRIBUTES = Object.fromEntries(
  ELEMENTS.map((e) => [e.tag, [...attributes(e.fields), ...attributes(commonFields)]]),
) as Record<Tag, Array<[attribute: string, flag: boolean]>>;

export const NAMES = Object.fromEntries(ELEMENTS.map((e) => [e.tag, e.name])) as Record<Tag, string>;
