import type { Source } from '../core/errors.js';
import { kebab } from '../core/fields.js';
import { controlId, SECTIONS } from './campaign-file.js';
import { commonFields, elementInfo } from './catalog.js';
import type { EmbedBuilder } from './embed-builder.js';
import { planFromAttributes, planFromFile, type PreviewPlan } from './preview.js';
import { isBlank } from './values.js';

// What the builder previews, and which of its controls a preview's report is about.

/** The element being built; or, for the campaign file, each element reading it as served at `serve`. */
export function previewPlans(b: EmbedBuilder, serve: (text: string) => string): Record<string, PreviewPlan> {
  const plans: Record<string, PreviewPlan> = {};
  if (b.mode === 'element') {
    plans.element = planFromAttributes(b.tag, elementInfo(b.tag).fields, b.attributesFor(), b.childrenFor());
    return plans;
  }
  const href = serve(b.campaignFile);
  // In the language chosen over the previews, as on a partner's page in it: the elements pick
  // each text's entry for it, and their own words follow.
  const { languages } = b._draft;
  const lang = languages.length > 1 || languages[0] !== 'en' ? b.previewLanguage : undefined;
  for (const { tag, section, fields } of SECTIONS) {
    plans[section] = planFromFile(tag, href, section === 'banner' ? { fields, values: b._draft.sections.banner } : undefined, lang);
  }
  plans.supporters = planFromFile('supporter-wall', href, undefined, lang);
  return plans;
}

/**
 * The form control a preview's report is about: a campaign-file key it names, or an attribute
 * that has a value in the form. Reports about settings left empty ("no count and no source")
 * stay under the preview, as notes on what the element will do.
 */
export function controlFor(b: EmbedBuilder, preview: string, source: Source): string | undefined {
  if ('file' in source) {
    // In element mode a file comes from the `campaign` attribute: its problems stay under the preview.
    if (preview === 'element' || !source.section) return undefined;
    const { section, key, index } = source;
    if (key) return controlId(section, key);
    if (section !== 'supporters') return controlId('top', section);
    const row = index === undefined ? undefined : b._draft.supporters[index];
    return row && `s-${row.id}-name`;
  }
  const { attribute } = source;
  const section = SECTIONS.find((s) => s.section === preview);
  const fields = preview === 'element' ? { ...elementInfo(b.tag).fields, ...commonFields } : (section?.fields ?? {});
  const values = preview === 'element' ? b._values[b.tag] : section ? b._draft.sections[section.section] : {};
  const key = Object.keys(fields).find((k) => kebab(k) === attribute);
  if (!key || isBlank(values[key])) return undefined;
  return preview === 'element' ? `f-${kebab(key)}` : controlId(preview, key);
}
