import type { Source } from '../core/errors.js';
import { kebab } from '../core/fields.js';
import { checkCampaign, controlId, SECTIONS, type Problem } from './campaign-file.js';
import { commonFields, elementInfo } from './catalog.js';
import type { PreviewController } from './preview-controller.js';
import { planFromAttributes, planFromFile, publishedAt, type PreviewPlan } from './preview.js';
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
    // A wall with no supporters yet is where every officer starts, not a mistake.
    const given = children.length || s.campaignHref || attributes.some(([name]) => name === 'src' || name === 'campaign');
    if (s.tag === 'supporter-wall' && !given)
      plans.element.waiting = 'Add supporters below, or give the address of a supporters list, to see the wall here.';
    return plans;
  }
  const href = serve(s.campaignFile, publishedAt(s.campaignHref));
  // In the language chosen over the previews, as on a partner's page in it: the elements pick
  // each text's entry for it, and their own words follow.
  const { languages } = s.draft;
  const lang = languages.length > 1 || languages[0] !== 'en' ? s.previewLanguage : undefined;
  for (const { tag, section, fields } of SECTIONS) {
    plans[section] = planFromFile(tag, href, section === 'banner' ? { fields, values: s.draft.sections.banner } : undefined, lang);
  }
  plans.supporters = planFromFile('supporter-wall', href, undefined, lang);
  return plans;
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
