import * as z from 'zod/mini';
import { bannerFields, bannerSchemas } from '../campaign-banner/fields.js';
import { ELEMENTS } from '../elements.js';
import { counterFields, counterSchemas } from '../petition-counter/fields.js';
import { supporterFields } from '../supporter-wall/fields.js';
import type { ElementRule } from './element.js';
import { isUnset, parseField, type Field, type Fields, type FieldSchemas, type SchemaOf } from './fields.js';
import { readIso } from './schedule.js';

// The campaign file's JSON Schema, from the same fields the elements check values with. Only the
// build (scripts/settings.mjs), the builder and the tests import this: the richer zod schemas it
// uses never reach partners' visitors, whose rules stay small refinements (fields.ts).
//
// What a value may be in a file is what the element accepts after its own coercion: numbers may
// be written as text with thousands commas ("14,000,000"), flags as "true"/"false", a relative
// link is read against the file, and `null` or blank text is a setting not given.
//
// What JSON Schema cannot say, and only the elements check:
// - the range of a number written as text (its form and sign are checked; its size only when it
//   is a JSON number);
// - the calendar (2026-02-30 has the shape of a date), and whether a time zone is one the
//   visitor's browser knows (the schema checks its shape: `Area/Place`);
// - in a `recur` rule, an ordinal out of range for its FREQ (`BYDAY=54MO`) and a calendar-invalid
//   UNTIL;
// - rules between settings that compare values (a banner's `end` after its `start`): the zod
//   schema checks them (the tests use it), JSON Schema has no way to compare two values.
// Elements also tolerate spaces around a choice (" top ") where the schema wants the word itself.

type Schema = z.ZodMiniType;

/** Text, case-insensitive: JSON Schema's `pattern` has no flags, so each letter becomes `[xX]`. */
export function caseless(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + pattern[++i];
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const upper = c.toUpperCase();
    const lower = c.toLowerCase();
    out += upper === lower ? c : inClass ? upper + lower : `[${upper}${lower}]`;
  }
  return out;
}

const text = (pattern: string) => z.string().check(z.regex(new RegExp(pattern)));
const BLANK = '^\\s*$';

// fields.ts's `toNumber`: digits, optionally in thousands separated by commas, optionally a fraction.
const numeric = ({ negative = true, fraction = true }) =>
  `^\\s*${negative ? '-?' : ''}(?:\\d{1,3}(?:,\\d{3})+|\\d+)${fraction ? '(?:\\.\\d+)?' : '(?:\\.0+)?'}\\s*$`;

// schedule.ts's readIso, as far as a pattern can: a real month, day, hour, minute and second.
const DATE_TIME = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?';
const OFFSET = '(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';
const offsetDate = () => text(`^\\s*${DATE_TIME}${OFFSET}\\s*$`);
const zonedDate = () => text(`^\\s*${DATE_TIME}${OFFSET}?\\s*$`);

/**
 * url.ts's safeUrl: blank (not given); an `https:`/`http:` (or `mailto:`) address; or one without
 * a scheme, read against the file, unless it looks like a site without its `https://`
 * (`www.example.org`, `example.org/page`). The URL parser drops tabs and newlines inside a
 * scheme (`java\tscript:`), so those count as part of one.
 */
function link(mailto = false): Schema {
  const scheme = caseless(mailto ? '(?:https?|mailto):' : 'https?:');
  const relative = `(?![a-zA-Z][a-zA-Z0-9+.\\-\\t\\n\\r]*:)(?!${caseless('www')}\\.)(?![\\w-]+(?:\\.[\\w-]+)+/)`;
  return text(`^\\s*(?:${scheme}|${relative}\\S)[\\s\\S]*$|${BLANK}`);
}

// A per-language value picks one of its entries for each visitor; every entry must be good.
const perLanguage = (one: Schema) => z.union([one, z.record(z.string(), z.nullable(one))]);

/** What the elements accept after their own coercions, as editors should suggest it. */
export function fieldSchema(field: Field): Schema {
  const own = OWN.get(field);
  if (own) return own(z, caseless);
  switch (field.kind) {
    case 'text':
      // Numbers are read as their text; blank text counts as not given.
      return perLanguage(z.union([z.string(), z.number()]));
    case 'url':
      return perLanguage(link(field.url?.mailto));
    case 'date':
      return field.zone ? zonedDate() : offsetDate();
    case 'choice':
      return z.enum(field.options as [string, ...string[]]);
    case 'number': {
      const { min, max, integer, least } = field.limits ?? {};
      const range = (from = min) => [...(from !== undefined ? [z.gte(from)] : []), ...(max !== undefined ? [z.lte(max)] : [])];
      const kind = () => (integer ? z.int() : z.number());
      // `least`: 0 turns it off; anything else is at least `least` (a smaller one is reported).
      const value = least ? z.union([z.literal(0), kind().check(...range(least))]) : kind().check(...range());
      return z.union([value, text(numeric({ negative: !(min !== undefined && min >= 0), fraction: !integer }))]);
    }
    case 'flag':
      return z.union([z.boolean(), z.enum(['true', 'false'])]);
    case 'list': {
      if (!field.options) return z.union([z.string(), z.number(), z.array(z.string()).check(z.minLength(1))]);
      const names = field.options.join('|');
      return z.union([
        text(`^[\\s,]*(?:${names})(?:[\\s,]+(?:${names}))*[\\s,]*$|${BLANK}`),
        z.array(z.enum(field.options as [string, ...string[]])).check(z.minLength(1)),
      ]);
    }
    default:
      return z.unknown();
  }
}

// The settings whose rule is the element's own (a `data()` field): their schemas are declared
// beside them in their fields.ts, in an export no element imports.
const OWN = new Map<Field, SchemaOf>(
  (
    [
      [bannerFields, bannerSchemas],
      [counterFields, counterSchemas],
    ] as Array<[Fields, FieldSchemas<Fields>]>
  ).flatMap(([fields, schemas]) => Object.entries(schemas).map(([key, schema]) => [fields[key], schema!] as const)),
);

/** The section's values as the element would have them, for rules between settings. */
function settled(fields: Fields, section: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    if (isUnset(section[key])) continue;
    const parsed = parseField(field, section[key]);
    if (parsed.ok) values[key] = parsed.value;
  }
  return values;
}

// JSON Schema that zod cannot write itself (`if`/`then`), added to the schema it is made from.
const extra = new WeakMap<Schema, Record<string, unknown>>();
const json = (schema: Schema) => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

function section(fields: Fields, rules: readonly ElementRule[] = []): Schema {
  // Loose: a newer file read by an older pinned script keeps working.
  let schema: Schema = z.looseObject(
    Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, z.optional(z.nullable(fieldSchema(field)))])),
  );
  // Dates without an offset are read in the time zone a setting names, and refused without one.
  const zoned = Object.entries(fields).filter(([, field]) => field.zone);
  const checks = rules.map((rule) =>
    z.refine((v) => !rule.check(settled(fields, v as Record<string, unknown>)), {
      message: `${rule.keys.join(', ')}: a rule between them`,
    }),
  );
  for (const zone of new Set(zoned.map(([, field]) => field.zone!))) {
    const dates = zoned.filter(([, field]) => field.zone === zone).map(([key]) => key);
    checks.push(
      z.refine(
        (v) =>
          !isUnset((v as Record<string, unknown>)[zone]) ||
          dates.every((key) => {
            const value = (v as Record<string, unknown>)[key];
            return typeof value != 'string' || isUnset(value) || readIso(value)?.offset !== undefined;
          }),
        { message: `a date without an offset needs ${zone}` },
      ),
    );
    const given = z.looseObject({ [zone]: z.string().check(z.regex(/\S/)) });
    const offsets = z.looseObject(Object.fromEntries(dates.map((key) => [key, z.optional(z.nullable(offsetDate()))])));
    schema = schema.check(...checks.splice(0));
    extra.set(schema, { if: json(given), else: json(offsets) });
  }
  return checks.length ? schema.check(...checks) : schema;
}

export interface SchemaInput {
  sections: Record<string, Fields>;
  supporter: Fields;
}

/** From the registry: every element reading a section, and a supporter. */
const REGISTRY = (): SchemaInput => ({
  sections: Object.fromEntries(ELEMENTS.filter((e) => e.section).map((e) => [e.section, e.fields])),
  supporter: supporterFields,
});

/** The campaign file as zod checks it: what `campaignJsonSchema` writes out, and the tests check against. */
export function campaignSchema({ sections, supporter }: SchemaInput = REGISTRY()): Schema {
  const rulesOf = (key: string) => ELEMENTS.find((e) => e.section === key && e.fields === sections[key])?.rules;
  const { name: _name, ...rest } = supporter;
  return z.looseObject({
    $schema: z.optional(z.string()),
    id: z.optional(z.string().check(z.regex(/\S/))),
    partner: z.optional(z.string().check(z.regex(/\S/))),
    ...Object.fromEntries(Object.entries(sections).map(([key, fields]) => [key, z.optional(section(fields, rulesOf(key)))])),
    // A supporter without a name is left out and reported: the name is required.
    supporters: z.optional(z.array(z.extend(section(rest) as z.ZodMiniObject, { name: perLanguage(text('\\S')) }))),
  });
}

/** A JSON Schema (draft 2020-12) of the whole campaign file. */
export function campaignJsonSchema(input: SchemaInput = REGISTRY()): Record<string, unknown> {
  return z.toJSONSchema(campaignSchema(input), {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => void Object.assign(jsonSchema, extra.get(zodSchema as unknown as Schema)),
  }) as Record<string, unknown>;
}
