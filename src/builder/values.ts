import { describeProblem, parseField, toNumber, type Field } from '../core/fields.js';

/**
 * A form value: what the person typed (a string), a checkbox (a boolean), or a value loaded from
 * a campaign file as it was there (a number, a list...). Loaded values are kept as they are until
 * edited, so the builder reports exactly what the elements would and never rewrites a file's
 * values behind the team's back.
 */
export type Raw = unknown;

export const isBlank = (raw: Raw) => raw === undefined || raw === null || raw === false || (typeof raw === 'string' && raw.trim() === '');

/** The element's own message for a value it would refuse; undefined when valid or unset. */
export function problemOf(field: Field, raw: Raw): string | undefined {
  if (isBlank(raw)) return undefined;
  return parseField(field, raw).ok ? undefined : describeProblem(field, raw);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether a valid value only repeats the default: such values stay out of the snippet and file. */
function isDefault(field: Field, raw: Raw): boolean {
  const parsed = parseField(field, raw);
  return parsed.ok && field.default !== undefined && same(parsed.value, field.default);
}

/**
 * The attribute for a form value: `true` for a bare boolean attribute, the text as typed
 * otherwise (a relative link stays relative to the partner's page), or undefined when the value
 * is unset, invalid or the default.
 */
export function attributeOf(field: Field, raw: Raw): string | true | undefined {
  if (isBlank(raw) || problemOf(field, raw) || isDefault(field, raw)) return undefined;
  if (field.kind === 'flag') return raw === true || raw === 'true' || raw === '' ? true : undefined;
  return Array.isArray(raw) ? raw.join(' ') : String(raw).trim();
}

/**
 * The campaign-file value for a form value, typed as the contract shows it: numbers as numbers,
 * flags as true, lists as arrays. Invalid values are written as typed (the elements report and
 * ignore them one by one, and the team sees them listed before downloading).
 */
export function jsonOf(field: Field, raw: Raw): unknown {
  if (isBlank(raw) || isDefault(field, raw)) return undefined;
  if (typeof raw !== 'string') return raw;
  const value = raw.trim();
  if (problemOf(field, value)) return value;
  switch (field.kind) {
    case 'number':
      // As the elements read it: "14,000,000" is 14000000 (Number() would make it NaN, written null).
      return toNumber(value);
    case 'flag':
      return true;
    case 'list':
      return value.split(/[\s,]+/).filter(Boolean);
    case 'data':
      return typeof toNumber(value) === 'number' ? toNumber(value) : value;
    default:
      return value;
  }
}

/** What a text box shows for a value. */
export function display(raw: Raw): string {
  if (raw === undefined || raw === null || typeof raw === 'boolean') return '';
  if (typeof raw === 'string') return raw;
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) return raw.join(' ');
  return JSON.stringify(raw);
}
