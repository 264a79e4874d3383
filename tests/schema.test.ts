import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { campaignJsonSchema, campaignSchema } from '../src/core/campaign-schema.js';
import { isRecord } from '../src/core/campaign.js';
import { validate } from '../src/core/campaign-file.js';
import { describeProblem, isUnset, parseField, type Fields } from '../src/core/fields.js';
import { safeUrl } from '../src/core/url.js';
import { ELEMENTS } from '../src/elements.js';
import { checkSupporter } from '../src/supporter-wall/supporters.js';

const FILE = 'https://campaign.example/files/campaign.json';

/**
 * Everything an element would report about a campaign file, checked as the elements check it:
 * the file (campaign.ts), each section's settings as ConfigController merges them (a relative
 * link read against the file, blank values skipped, the same coercion), a list's unknown items,
 * a number below its least, the banner's dates without an offset, the elements' rules between
 * settings, and each supporter. Words given per language are checked in every language: each
 * is what some visitor's page reads.
 */
function elementProblems(input: unknown): string[] {
  const { file, problems } = validate(input, FILE);
  const found = problems.map(({ source, message }) => `${JSON.stringify(source)} ${message}`);
  for (const element of ELEMENTS) {
    const section = element.section && file?.[element.section];
    if (!section) continue;
    const fields: Fields = element.fields;
    const values: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(fields)) {
      const given = section[key];
      const entries =
        (field.kind === 'text' || field.kind === 'url') && isRecord(given) && Object.keys(given).length ? Object.values(given) : [given];
      for (let value of entries) {
        if (field.url && typeof value === 'string') value = safeUrl(value, { ...field.url, base: FILE }) ?? value;
        if (isUnset(value)) continue;
        const parsed = parseField(field, value);
        if (!parsed.ok) {
          found.push(`${key}: ${describeProblem(field, value)}`);
          continue;
        }
        values[key] = parsed.value;
        if (field.kind === 'list' && field.options)
          for (const item of parsed.value as string[]) if (!field.options.includes(item)) found.push(`${key}: "${item}" is not known`);
        const least = field.limits?.least;
        if (least && (parsed.value as number) > 0 && (parsed.value as number) < least) found.push(`${key}: below ${least}`);
      }
    }
    for (const [key, field] of Object.entries(fields))
      if (field.zone && typeof values[key] == 'string' && values[field.zone] === undefined)
        found.push(`${key}: no offset and no time zone`);
    for (const rule of element.rules ?? []) {
      const problem = rule.check(values);
      if (problem) found.push(`${rule.keys.join(', ')}: ${problem}`);
    }
  }
  if (Array.isArray(file?.supporters))
    for (const raw of file.supporters) {
      const checked = checkSupporter(raw, FILE);
      if (typeof checked == 'string') found.push(`supporter ${checked}`);
    }
  return found;
}

const good = {
  $schema: 'https://cdn.jsdelivr.net/npm/coalition-embed@0.1.0/dist/campaign.schema.json',
  id: 'safer-2026',
  partner: 'riverside',
  banner: {
    headline: 'Safer by design',
    message: 'Sign by Friday.',
    ctaLabel: 'Sign now',
    ctaHref: 'https://example.org/sign',
    mode: 'top',
    start: '2026-05-18T09:00:00+01:00',
    end: '2026-05-25T00:00:00Z',
    dismissible: true,
    dismissDays: 7,
    supportHref: 'mailto:help@example.org',
    teaserDays: '0.5',
    afterHeadline: 'Thank you',
    recur: 'FREQ=YEARLY;BYMONTH=5;BYDAY=3MO',
    showLimit: 3,
    pages: ['/', '/news/*'],
  },
  petition: {
    count: '14,000,000',
    source: ['uk-parliament:700000'],
    goal: 20000000,
    refresh: 60,
    href: 'https://petition.parliament.uk/petitions/700000',
    format: 'compact',
    offset: 1200,
    milestones: [10000, 100000],
    stepAt: 0.9,
    showSource: 'true',
  },
  share: { url: 'https://example.org/c', text: 'Join us', hashtags: ['Safer By Design'], networks: ['facebook', 'x', 'copy'] },
  quickExit: { href: 'https://www.bbc.co.uk/weather', position: 'inline' },
  supporters: [
    { name: 'Riverside Trust', logo: 'logos/riverside.svg', href: 'https://riverside.example', tier: 'Lead' },
    { name: { en: 'Valleys', cy: 'Cymoedd' } },
  ],
};

type Json = Record<string, unknown>;
/** The good file with one section's settings changed (`undefined` removes one). */
const withSection = (section: string, changes: Json): Json => {
  const base = good as unknown as Record<string, Json>;
  const merged = Object.fromEntries(Object.entries({ ...base[section], ...changes }).filter(([, v]) => v !== undefined));
  return { ...good, [section]: merged };
};
const banner = (changes: Json) => withSection('banner', changes);
const petition = (changes: Json) => withSection('petition', changes);

const cases: Array<[name: string, file: unknown, accepted: boolean]> = [
  ['the good full file', good, true],
  ['a minimal file', { banner: { headline: 'Hi' } }, true],
  ['goal "auto"', petition({ goal: 'auto' }), true],
  ['goal 1000', petition({ goal: 1000 }), true],
  ['goal "14,000,000"', petition({ goal: '14,000,000' }), true],
  ['goal "lots"', petition({ goal: 'lots' }), false],
  ['goal 0', petition({ goal: 0 }), false],
  ['start "tomorrow"', banner({ start: 'tomorrow' }), false],
  ['start with an offset', banner({ start: '2026-05-18T09:00+01:00' }), true],
  ['start without an offset, without timeZone', banner({ start: '2026-05-18T09:00' }), false],
  ['start without an offset, with timeZone', banner({ start: '2026-05-18T09:00', timeZone: 'Europe/London' }), true],
  ['afterEnd without an offset, without timeZone', banner({ afterEnd: '2026-06-01T00:00:00' }), false],
  ['end before start', banner({ start: '2026-05-25T00:00:00Z', end: '2026-05-18T00:00:00Z' }), false],
  ['end before start in its time zone', banner({ start: '2026-05-25T00:00', end: '2026-05-18T00:00', timeZone: 'Europe/London' }), false],
  ['a month 13', banner({ start: '2026-13-01T00:00:00Z' }), false],
  ['a javascript: link', banner({ ctaHref: 'javascript:alert(1)' }), false],
  ['a javascript: link with a tab in its scheme', banner({ ctaHref: 'java\tscript:alert(1)' }), false],
  ['a data: link', withSection('share', { url: 'data:text/html,hi' }), false],
  ['a relative link', banner({ ctaHref: '/sign?from=banner' }), true],
  ['a site without its https://', banner({ ctaHref: 'www.example.org/sign' }), false],
  ['mailto: where allowed', banner({ supportHref: 'mailto:help@example.org' }), true],
  ['mailto: where not allowed', banner({ ctaHref: 'mailto:help@example.org' }), false],
  ['a bad enum (mode "sideways")', banner({ mode: 'sideways' }), false],
  ['a number out of range (dismissDays 5000)', banner({ dismissDays: 5000 }), false],
  ['a fraction where a whole number is wanted', banner({ showLimit: 2.5 }), false],
  ['a number written as text with commas', banner({ dismissDays: '1,000' }), true],
  ['a number written badly ("1,5")', petition({ count: '1,5' }), false],
  ['a refresh below 30', petition({ refresh: 10 }), false],
  ['a refresh of 0', petition({ refresh: 0 }), true],
  ['an unknown network', withSection('share', { networks: ['facebook', 'myspace'] }), false],
  ['networks as text', withSection('share', { networks: 'facebook, x copy' }), true],
  ['a per-language text { en, cy }', banner({ headline: { en: 'Safer by design', cy: 'Diogel drwy gynllun' } }), true],
  ['a per-language link with one bad language', banner({ ctaHref: { en: 'https://example.org/en', cy: 'javascript:alert(1)' } }), false],
  ['a flag as "yes"', banner({ dismissible: 'yes' }), false],
  ['a good recur', banner({ recur: 'RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=12' }), true],
  ['a recur written in lower case', banner({ recur: 'freq=weekly;byday=mo,we' }), true],
  ['a bad recur (FREQ=DAILY)', banner({ recur: 'FREQ=DAILY' }), false],
  ['a recur with COUNT and UNTIL', banner({ recur: 'FREQ=YEARLY;COUNT=3;UNTIL=20300101' }), false],
  ['a recur with a key twice', banner({ recur: 'FREQ=YEARLY;BYMONTH=2;BYMONTH=3' }), false],
  ['an ordinal in a weekly recur', banner({ recur: 'FREQ=WEEKLY;BYDAY=2TU' }), false],
  ['a blank setting (not given)', banner({ ctaLabel: '  ', dismissDays: null }), true],
  ['milestones as text', petition({ milestones: '10000 100000' }), true],
  ['milestones of words', petition({ milestones: 'ten, twenty' }), false],
  ['a section that is not an object', { ...good, share: 'facebook' }, false],
  ['supporters that are not a list', { ...good, supporters: { name: 'x' } }, false],
  ['a supporter without a name', { ...good, supporters: [{ logo: 'https://example.org/l.svg' }] }, false],
  ['a supporter with a javascript: logo', { ...good, supporters: [{ name: 'X', logo: 'javascript:alert(1)' }] }, false],
  ['an id that is not text', { ...good, id: 7 }, false],
];

describe('campaign file schema', () => {
  for (const [name, file, accepted] of cases) {
    it(`${accepted ? 'accepts' : 'refuses'} ${name}, as the elements do`, () => {
      const schemaSays = z.safeParse(campaignSchema(), file).success;
      const problems = elementProblems(file);
      expect(problems.length === 0, `the elements: ${problems.join('; ') || 'no problems'}`).to.equal(accepted);
      expect(schemaSays, 'the schema').to.equal(accepted);
    });
  }

  it('writes the rules out as JSON Schema', () => {
    const schema = campaignJsonSchema() as {
      properties: Record<string, { properties: Record<string, unknown>; if?: unknown; else?: unknown }>;
    };
    const { banner: b, petition: p, share: s } = schema.properties;
    expect(JSON.stringify(p.properties.goal)).to.contain('"const":"auto"').and.contain('exclusiveMinimum');
    expect(JSON.stringify(b.properties.mode)).to.contain('"enum":["inline","top","bottom","overlay"]');
    expect(JSON.stringify(s.properties.networks)).to.contain('"mastodon"');
    expect(b.if).to.deep.include({ required: ['timeZone'] });
    expect(JSON.stringify(b.else)).to.contain('"start"');
  });
});
