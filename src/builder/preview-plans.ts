import type { Source } from '../core/errors.js';
import { kebab } from '../core/fields.js';
import { checkCampaign, controlId, SECTIONS, type Problem } from './campaign-file.js';
import { commonFields, elementInfo, type Tag } from './catalog.js';
import type { PreviewController } from './preview-controller.js';
import { planFromAttributes, planFromFile, publishedAt, type PreviewPlan } from './preview.js';
import type { Attributes } from './snippet.js';
import type { BuilderState } from './state.js';
import { isBlank } from './values.js';

// What the builder previews, and which of its controls a preview's report is about.

/**
 * The element being built; or, for the campaign file, each element reading it as served by
 * `serve`: at its published address once that is given, so relative logos load from there.
 */
export function previewPlans(s: BuilderState, serve: (text: string, at?: string) => string): Record<string, PreviewPlan> {
  const plans: Record<string, PreviewPlan> = {};
  if (s.mode === 'element') {
    // The markup the snippet pastes, its fallback too: the preview shows what a partner's page will.
    const { attributes, children } = s.pasted();
    plans.element = planFromAttributes(s.tag, elementInfo(s.tag).fields, attributes, children);
    Object.assign(plans.element, elementNeeds(s.tag, attributes, children, s.readsCampaignFile()));
    return plans;
  }
  const href = serve(s.campaignFile, publishedAt(s.campaignHref));
  // In the language chosen over the previews, as on a partner's page in it: the elements pick
  // each text's entry for it, and their own words follow.
  const { languages } = s.draft;
  const lang = languages.length > 1 || languages[0] !== 'en' ? s.previewLanguage : undefined;
  for (const { tag, section, fields } of SECTIONS) {
    plans[section] = planFromFile(tag, href, section === 'banner' ? { fields, values: s.draft.sections.banner } : undefined, lang);
    const values = s.draft.sections[section];
    Object.assign(
      plans[section],
      needsOf(tag, (key) => !isBlank(values[key])),
    );
  }
  plans.supporters = planFromFile('supporter-wall', href, undefined, lang);
  return plans;
}

/**
 * What each element needs before it shows anything, by its settings' keys (any one will do), and
 * the words that ask for it. `made`: the element is made all the same, as it says nothing about
 * what it lacks (a banner without words is silent) and still checks the rest (its dates).
 */
const NEEDS: Partial<Record<Tag, { keys: string[]; words: string; made?: true }>> = {
  'campaign-banner': {
    keys: ['headline', 'message', 'ctaHref'],
    words: 'Add a headline, a message or a call to action link to see the banner here.',
    made: true,
  },
  'petition-counter': {
    keys: ['count', 'source'],
    words: 'Add a count, or a petition under “Where the count comes from”, to see the counter here.',
  },
  'supporter-wall': { keys: ['src'], words: 'Add supporters below, or give the address of a supporters list, to see the wall here.' },
};

/**
 * What the officer has yet to give before an element can show anything, in the form's words:
 * `needs`, or nothing when it has it. `waiting` when the preview shows these words in place of the
 * element: such an element would show nothing and only tell the console so ("no count and no
 * source"), which reads as broken to a webmaster watching it while the form is being filled in.
 */
export function needsOf(tag: Tag, given: (key: string) => boolean): { needs?: string; waiting?: string } {
  const needs = NEEDS[tag];
  if (!needs || needs.keys.some(given)) return {};
  return { needs: needs.words, waiting: needs.made ? undefined : needs.words };
}

/**
 * The same for an element written as `attributes` and `children` (a banner's message and a wall's
 * supporters may be its light DOM). One reading a campaign file of its own (`campaign`) is made:
 * the file may give what the form lacks, and if it does not, that is the file's problem, which the
 * element reports. `fromScript`: the element reads the script's `data-campaign`, which the preview
 * cannot (it has no script tag), so the words say the file may give it on partners' pages.
 */
export function elementNeeds(
  tag: Tag,
  attributes: Attributes,
  children: readonly string[],
  fromScript: boolean,
): { needs?: string; waiting?: string } {
  const campaign = attributes.find(([name]) => name === 'campaign')?.[1];
  if (campaign !== undefined && campaign !== 'none') return {};
  const found = needsOf(tag, (key) => children.length > 0 || attributes.some(([name]) => name === kebab(key)));
  if (!fromScript) return found;
  const more = (words?: string) =>
    words && `${words} On partners’ pages the campaign file may give it: this preview does not read that file.`;
  return { needs: more(found.needs), waiting: more(found.waiting) };
}

/**
 * The form control a preview's report is about: a campaign-file key it names, or an attribute
 * that has a value in the form. Reports about settings left empty ("no count and no source")
 * stay under the preview, as notes on what the element will do.
 */
export function controlFor(s: BuilderState, preview: string, source: Source): string | undefined {
  if ('file' in source) {
    // In element mode a file comes from the `campaign` attribute: its problems stay under the preview.
    if (preview === 'element' || !source.section) return undefined;
    const { section, key, index } = source;
    if (key) return controlId(section, key);
    if (section !== 'supporters') return controlId('top', section);
    const row = index === undefined ? undefined : s.draft.supporters[index];
    return row && `s-${row.id}-name`;
  }
  const { attribute } = source;
  const section = SECTIONS.find((x) => x.section === preview);
  const fields = preview === 'element' ? { ...elementInfo(s.tag).fields, ...commonFields } : (section?.fields ?? {});
  const values = preview === 'element' ? s.values[s.tag] : section ? s.draft.sections[section.section] : {};
  const key = Object.keys(fields).find((k) => kebab(k) === attribute);
  if (!key || isBlank(values[key])) return undefined;
  return preview === 'element' ? `f-${kebab(key)}` : controlId(preview, key);
}

/**
 * Every problem with the file: the fields' own checks, at once, and what the preview elements
 * report after reading it as their campaign file (what only an element checks, like an unknown
 * network or a window that ends before it starts), in the words they log.
 */
export function campaignProblems(s: BuilderState, previews: PreviewController): Problem[] {
  const problems = checkCampaign(s.draft);
  for (const [target, messages] of previews.byControl) {
    for (const message of messages) {
      if (!problems.some((p) => p.message === message)) problems.push({ target, where: previews.where.get(message) ?? '', message });
    }
  }
  return problems;
}
