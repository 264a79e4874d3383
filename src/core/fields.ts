import type * as z from 'zod/mini';
import { safeUrl, allowedSchemes, type UrlOptions } from './url.js';

/**
 * One setting of an element, declared once in its `fields.ts`: the key is the campaign-file key
 * (camelCase) and, in kebab-case, the attribute; the JSDoc comment above the key is its one-line
 * description (read at build time by scripts/settings.mjs, so it costs visitors nothing). From
 * this one declaration come the Lit properties, the checks of attributes and campaign files, the
 * builder's form, `dist/campaign.schema.json`, `dist/settings.json` (the WordPress allow-list)
 * and the README's tables.
 *
 * A value is first coerced to its type (attributes are text: `"100,000"` becomes 100000, `""`
 * becomes true, `"a b"` becomes a list); whether it is valid is then `accepts`'s call alone.
 *
 * `accepts` is the rule in plain code: a type and a test. zod carries the same rules in their
 * richer form (campaign-schema.ts) for the campaign file's JSON Schema, the builder and the
 * tests, at build time; visitors' phones run only the tests, not zod (3.5 KB gzip on every page).
 */
export interface Field<T = unknown> {
  kind: 'text' | 'url' | 'choice' | 'number' | 'flag' | 'date' | 'list' | 'data';
  /** Whether a coerced value is valid: its type, then the setting's own test. */
  accepts: (value: unknown) => boolean;
  /** Turns text from an attribute (or a shape a campaign file may use) into the rule's type. */
  coerce?: (value: unknown) => unknown;
  /** Turns the checked value into the setting (a date into epoch milliseconds). */
  finish?: (value: any) => T;
  /** Completes "... is not ___": what a valid value looks like, for the console message. */
  expected: string;
  options?: readonly string[];
  default?: T;
  /** What happens to a refused value, when it is more than "ignored" (a blackout date, say). */
  invalid?: string;
  /** Relative URLs in a campaign file resolve against the file; `mailto:` where allowed. */
  url?: UrlOptions;
  /** A number's range, for the schema and the builder. */
  limits?: Limits;
  /** A zoned date's setting naming the time zone it is read in when written without an offset. */
  zone?: string;
}

export type Fields = Record<string, Field<any>>;

/**
 * A setting's campaign-file schema where its rule is the element's own (a `data()` field), for
 * dist/campaign.schema.json: declared beside the fields in an export no element imports, so it
 * never reaches a visitor. `caseless` makes a pattern's letters match either case.
 */
export type SchemaOf = (zod: typeof z, caseless: (pattern: string) => string) => z.ZodMiniType;
export type FieldSchemas<F extends Fields> = { [K in keyof F]?: SchemaOf };
export type ConfigOf<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T | undefined : never };

// Thousands separated by commas ("100,000") as people write goals; "1,5" stays refused.
const NUMERIC = /^\s*-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*$/;
export const toNumber = (v: unknown): unknown => (typeof v === 'string' && NUMERIC.test(v) ? Number(v.replace(/,/g, '')) : v);
export const trimmed = (v: unknown): unknown => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : v);

const isText = (v: unknown): v is string => typeof v === 'string';
// As zod's z.number(): finite numbers only.
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const textRule =
  (test: (v: string) => boolean) =>
  (v: unknown): boolean =>
    isText(v) && test(v);
const nonEmpty = textRule((v) => v.length > 0);

export const text = (): Field<string> => ({ kind: 'text', accepts: nonEmpty, coerce: trimmed, expected: 'text' });

export const url = (options: UrlOptions = {}): Field<string> => ({
  kind: 'url',
  accepts: textRule((v) => safeUrl(v, options) !== undefined),
  coerce: trimmed,
  finish: (v: string) => safeUrl(v, options)!,
  expected: `a URL starting with ${allowedSchemes(options)}`,
  url: options,
});

export const choice = <const O extends readonly string[]>(options: O, fallback: O[number]): Field<O[number]> => ({
  kind: 'choice',
  accepts: textRule((v) => options.includes(v)),
  coerce: trimmed,
  expected: `one of ${options.join(', ')}`,
  options,
  default: fallback,
});

export interface Limits {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Values above 0 and below this are raised to it by the element, and reported (a refresh every 5 s). */
  least?: number;
}

export const number = (limits: Limits = {}, fallback?: number): Field<number> => {
  const { min = -Infinity, max = Infinity, integer = false } = limits;
  const range = max < Infinity ? ` from ${min} to ${max}` : min > -Infinity ? ` of at least ${min}` : '';
  return {
    kind: 'number',
    accepts: (n) => isNumber(n) && n >= min && n <= max && (!integer || Number.isInteger(n)),
    coerce: toNumber,
    expected: `${integer ? 'a whole number' : 'a number'}${range}`,
    default: fallback,
    limits,
  };
};

export const flag = (): Field<boolean> => ({
  kind: 'flag',
  accepts: (v) => typeof v === 'boolean',
  coerce: (v) => (v === 'true' || v === '' ? true : v === 'false' ? false : v),
  expected: 'true or false',
  default: false,
});

/**
 * Attributes give "a b,c"; in a campaign file's list each item is one entry ("Safer By Design"
 * is one hashtag). Checked as its words joined by spaces, then split. With `options`, an item
 * that is not one of them is reported and skipped by the element (not the whole list refused).
 */
export const list = (fallback?: string[], options?: readonly string[]): Field<string[]> => ({
  kind: 'list',
  accepts: nonEmpty,
  coerce: (v) =>
    Array.isArray(v) && v.every((item) => typeof item === 'string')
      ? v
          .map((item) => item.replace(/[\s,]+/g, ''))
          .join(' ')
          .trim()
      : trimmed(v),
  finish: (v: string) => v.split(/[\s,]+/).filter(Boolean),
  expected: 'a space- or comma-separated list',
  default: fallback,
  options,
});

/** A setting with a rule of the element's own (a goal that may be `auto`, say). */
export const data = <T>(
  check: (value: unknown) => boolean,
  expected: string,
  coerce?: (value: unknown) => unknown,
  finish?: (value: any) => T,
): Field<T> => ({
  kind: 'data',
  accepts: check,
  coerce,
  finish,
  expected,
});

/** Checks one value against a field: the parsed value, or `ok: false` when it is not valid. */
export function parseField<T>(field: Field<T>, value: unknown): { ok: true; value: T } | { ok: false } {
  const coerced = field.coerce ? field.coerce(value) : value;
  let valid = false;
  try {
    valid = field.accepts(coerced);
  } catch {
    /* a test the page broke (a patched built-in): the value is refused and reported */
  }
  if (!valid) return { ok: false };
  return { ok: true, value: field.finish ? field.finish(coerced) : (coerced as T) };
}

/** Attribute values arrive as strings; flags follow HTML: present means on, `="false"` means off. */
export const flagConverter = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value !== 'false'),
  toAttribute: (value: boolean | undefined) => (value ? '' : null),
};

export const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const isUnset = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** What the console says about a value a field refuses; the builder shows the same words. */
export const describeProblem = (field: Field, value: unknown): string =>
  `"${show(value)}" is not ${field.expected}; ${field.invalid ?? (field.default === undefined ? 'ignored' : `using ${show(field.default)}`)}`;

/**
 * Lit property declarations for a set of fields: kebab-case attributes, flags parsed as HTML
 * booleans. Deriving them from the fields keeps one list of settings per element (and saves a
 * decorator call per property in every visitor's download).
 */
export function propertiesFor(fields: Fields): Record<string, { attribute: string; converter?: typeof flagConverter }> {
  const properties: Record<string, { attribute: string; converter?: typeof flagConverter }> = {};
  for (const [key, field] of Object.entries(fields)) {
    properties[key] = { attribute: kebab(key), converter: field.kind === 'flag' ? flagConverter : undefined };
  }
  return properties;
}

/**
 * The element's settings as typed properties (`counter.goal = 1000`), from the same fields as
 * its attributes: each element merges this into its class with one `interface` line.
 */
export type SettingProperties<F extends Fields> = {
  -readonly [K in keyof F]?: F[K]['kind'] extends 'flag'
    ? boolean
    : F[K]['kind'] extends 'number'
      ? number | string
      : F[K]['kind'] extends 'list'
        ? string | string[]
        : string | number;
};
