import * as z from 'zod/mini';
import type { Field, Fields } from './fields.js';

// The campaign file's JSON Schema, from the same fields the elements check values with. Only the
// build (scripts/settings.mjs) and the builder import this: the richer zod schemas it uses never
// reach partners' visitors.

/** What the elements accept after their own coercions, as editors should suggest it. */
function fieldSchema(field: Field): z.ZodMiniType {
  // Words and links may be given per language: `{ "en": "…", "cy": "…" }`.
  const perLanguage = (one: z.ZodMiniType) => z.union([one, z.record(z.string(), one)]);
  switch (field.kind) {
    case 'text':
      return perLanguage(z.string().check(z.minLength(1)));
    case 'url':
      return perLanguage(z.string());
    case 'date':
      return z.string();
    case 'choice':
      return z.enum(field.options as [string, ...string[]]);
    case 'number': {
      const { min, max, integer } = field.limits ?? {};
      const checks = [...(min !== undefined ? [z.gte(min)] : []), ...(max !== undefined ? [z.lte(max)] : [])];
      return (integer ? z.int() : z.number()).check(...checks);
    }
    case 'flag':
      return z.boolean();
    case 'list':
      return z.union([z.string(), z.array(z.string())]);
    default:
      return z.unknown();
  }
}

const section = (fields: Fields) =>
  // Loose: a newer file read by an older pinned script keeps working.
  z.looseObject(Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, z.optional(fieldSchema(field))])));

export interface SchemaInput {
  sections: Record<string, Fields>;
  supporter: Fields;
}

/** A JSON Schema (draft 2020-12) of the whole campaign file. */
export function campaignJsonSchema({ sections, supporter }: SchemaInput): Record<string, unknown> {
  const { name, ...rest } = supporter;
  const file = z.looseObject({
    $schema: z.optional(z.string()),
    id: z.optional(z.string().check(z.minLength(1))),
    partner: z.optional(z.string().check(z.minLength(1))),
    ...Object.fromEntries(Object.entries(sections).map(([key, fields]) => [key, z.optional(section(fields))])),
    supporters: z.optional(z.array(z.extend(section(rest), { name: fieldSchema(name) }))),
  });
  return z.toJSONSchema(file, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}
