import * as z from 'zod/mini';
import { safeUrl, allowedSchemes, type UrlOptions } from './url.js';
import { parseIsoDate } from './schedule.js';
import { reportError } from './errors.js';

/**
 * One configurable setting of an element. The same description validates the attribute, the
 * campaign-file key and (in the builder) generates the form field, so they cannot drift apart.
 *
 * Values are normalised by `prepare` (attributes are strings; campaign files hold numbers and
 * lists; a value out of range or not among the options becomes undefined) and then checked by a
 * zod/mini schema. We keep to zod's three smallest schemas (string, number, boolean): arrays,
 * refinements, unions, pipes and objects each cost every partner's visitors more bytes.
 */
export interface Field<T = unknown> {
  kind: 'text' | 'url' | 'choice' | 'number' | 'flag' | 'date' | 'list' | 'data';
  schema: SchemaName;
  prepare?: (value: unknown) => unknown;
  /** Turns the checked value into the setting (a list is checked as one string, then split). */
  finish?: (value: any) => T;
  /** Completes "... is not ___": what a valid value looks like, for the console message. */
  expected: string;
  options?: readonly string[];
  default?: T;
  /** What happens to a refused value, when it is more than "ignored" (a blackout date, say). */
  invalid?: string;
  /** One line for the builder and the docs. */
  description?: string;
}

export type Fields = Record<string, Field<any>>;
export type ConfigOf<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T | undefined : never };

/**
 * zod builds its schemas with for...in loops over plain objects, so a host page whose old
 * plugins added enumerable keys to Object.prototype would make our script throw while it loads.
 * We build the only three schemas we use once, here, with any such keys briefly hidden.
 */
function withPlainPrototype<T>(build: () => T): T {
  // A key the page made non-configurable cannot be hidden; zod may then fail, which is caught
  // below rather than thrown into the page while our script loads.
  const added = Object.keys(Object.prototype)
    .map((key) => [key, Object.getOwnPropertyDescriptor(Object.prototype, key)!] as const)
    .filter(([, descriptor]) => descriptor.configurable);
  for (const [key, descriptor] of added) Object.defineProperty(Object.prototype, key, { ...descriptor, enumerable: false });
  try {
    return build();
  } finally {
    for (const [key, descriptor] of added) Object.defineProperty(Object.prototype, key, descriptor);
  }
}

export type SchemaName = 'string' | 'number' | 'boolean';

function buildSchemas(): Record<SchemaName, z.ZodMiniType> | undefined {
  try {
    return withPlainPrototype(() => ({ string: z.string(), number: z.number(), boolean: z.boolean() }));
  } catch (e) {
    console.warn(`[coalition-embed] values are checked by type alone on this page (${e instanceof Error ? e.message : e})`);
    return undefined;
  }
}

const schemas = buildSchemas();

// Thousands separated by commas ("100,000") as people write goals; "1,5" stays refused.
const NUMERIC = /^\s*-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*$/;
export const toNumber = (v: unknown): unknown => (typeof v === 'string' && NUMERIC.test(v) ? Number(v.replace(/,/g, '')) : v);
const trimmed = (v: unknown): unknown => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : v);

export const text = (description?: string): Field<string> => ({
  kind: 'text',
  schema: 'string',
  prepare: trimmed,
  expected: 'text',
  description,
});

export const url = (description?: string, options: UrlOptions = {}): Field<string> => ({
  kind: 'url',
  schema: 'string',
  // An unsafe URL becomes a non-string, so the schema refuses it and the value is reported.
  prepare: (v) => (typeof v === 'string' ? safeUrl(v, options) : v),
  expected: `a URL starting with ${allowedSchemes(options)}`,
  description,
});

export const choice = <const O extends readonly string[]>(options: O, fallback: O[number], description?: string): Field<O[number]> => ({
  kind: 'choice',
  schema: 'string',
  prepare: (v) => (options.includes(trimmed(v) as string) ? trimmed(v) : undefined),
  expected: `one of ${options.join(', ')}`,
  options,
  default: fallback,
  description,
});

export const number = (
  limits: { min?: number; max?: number; integer?: boolean } = {},
  fallback?: number,
  description?: string,
): Field<number> => {
  const { min = -Infinity, max = Infinity, integer = false } = limits;
  const range = max < Infinity ? ` from ${min} to ${max}` : min > -Infinity ? ` of at least ${min}` : '';
  return {
    kind: 'number',
    schema: 'number',
    prepare: (v) => {
      const n = toNumber(v);
      return typeof n === 'number' && n >= min && n <= max && (!integer || Number.isInteger(n)) ? n : undefined;
    },
    expected: `${integer ? 'a whole number' : 'a number'}${range}`,
    default: fallback,
    description,
  };
};

export const flag = (description?: string): Field<boolean> => ({
  kind: 'flag',
  schema: 'boolean',
  prepare: (v) => (v === 'true' || v === '' ? true : v === 'false' ? false : v),
  expected: 'true or false',
  default: false,
  description,
});

/** ISO 8601 date-time with an explicit offset; the value is epoch milliseconds. */
export const date = (description?: string, invalid?: string): Field<number> => ({
  invalid,
  kind: 'date',
  schema: 'number',
  prepare: (v) => (typeof v === 'string' ? parseIsoDate(v) : undefined),
  expected: 'an ISO 8601 date-time with an offset, like 2026-05-18T09:00:00+01:00',
  description,
});

export const list = (description?: string, fallback?: string[]): Field<string[]> => ({
  kind: 'list',
  schema: 'string',
  // In a campaign file's list each item is one entry: "Safer By Design" is one hashtag.
  prepare: (v) =>
    Array.isArray(v) && v.every((item) => typeof item === 'string') ? v.map((item) => item.replace(/[\s,]+/g, '')).join(' ') : v,
  finish: (v: string) => v.split(/[\s,]+/).filter(Boolean),
  expected: 'a space- or comma-separated list',
  default: fallback,
  description,
});

export const data = <T>(schema: SchemaName, expected: string, prepare?: (value: unknown) => unknown, description?: string): Field<T> => ({
  kind: 'data',
  schema,
  prepare,
  expected,
  description,
});

/** Checks one value against a field: the parsed value, or undefined when it is not valid. */
export function parseField<T>(field: Field<T>, value: unknown): { ok: true; value: T } | { ok: false } {
  const prepared = field.prepare ? field.prepare(value) : value;
  // Without zod (see buildSchemas) the same three checks by hand: a type, and a finite number.
  const valid = schemas
    ? z.safeParse(schemas[field.schema], prepared).success
    : typeof prepared === field.schema && (typeof prepared !== 'number' || Number.isFinite(prepared));
  if (!valid) return { ok: false };
  return { ok: true, value: field.finish ? field.finish(prepared) : (prepared as T) };
}

/** Attribute values arrive as strings; flags follow HTML: present means on, `="false"` means off. */
export const flagConverter = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value !== 'false'),
  toAttribute: (value: boolean | undefined) => (value ? '' : null),
};

export const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const isUnset = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** What the console says about a value a field refuses; the builder shows the same words. */
export const describeProblem = (field: Field, value: unknown): string =>
  `"${show(value)}" is not ${field.expected}; ${field.invalid ?? (field.default === undefined ? 'ignored' : `using ${show(field.default)}`)}`;

/**
 * Merges the element's own attributes over its campaign-file section over built-in defaults.
 * Each bad value is reported once and skipped, so the next source in line still applies.
 */
export function resolveConfig<F extends Fields>(
  host: Element,
  fields: F,
  own: Partial<Record<keyof F, unknown>>,
  file: Record<string, unknown> | undefined,
  section: string,
  /** Collects the keys that were given but refused everywhere, for elements that must not guess. */
  rejected?: Set<string>,
  /** The campaign file's address: a relative link in the file is relative to the file. */
  fileBase?: string,
): ConfigOf<F> {
  const config = {} as Record<string, unknown>;
  for (const [key, field] of Object.entries(fields)) {
    let value: unknown = field.default;
    let fromFile = file?.[key];
    if (field.kind === 'url' && fileBase && typeof fromFile === 'string')
      fromFile = safeUrl(fromFile, { mailto: true, base: fileBase }) ?? fromFile;
    for (const [candidate, where] of [
      [own[key], kebab(key)],
      [fromFile, `campaign file "${section}.${key}"`],
    ] as const) {
      if (isUnset(candidate)) continue;
      const parsed = parseField(field, candidate);
      if (parsed.ok) {
        value = parsed.value;
        break;
      }
      reportError(host, where, describeProblem(field, candidate));
      rejected?.add(key);
    }
    if (value !== field.default) rejected?.delete(key);
    config[key] = value;
  }
  return config as ConfigOf<F>;
}

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
