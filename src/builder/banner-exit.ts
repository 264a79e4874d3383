import { parseField } from '../core/fields.js';
import { bannerFields } from '../campaign-banner/fields.js';
import { DEFAULT_EXIT_HREF } from '../quick-exit/fields.js';
import { isPerLanguage } from './languages.js';
import { isBlank, problemOf, type Raw } from './values.js';

// A banner draws "Exit this page" in the overlay and beside a content warning, but only with an
// address: its `exit-href`, else the campaign file's `quickExit.href`. It has no default of its
// own (src/campaign-banner/fields.ts), where <quick-exit> has one: https://www.bbc.co.uk/weather
// (src/quick-exit/fields.ts). So a blackout made in the builder with the exit left empty, or with
// the quick exit's address typed as that default (left out of the file as a default), had no exit
// at all. The builder writes the address wherever the officer would expect the button.

export { DEFAULT_EXIT_HREF };

/** Whether a value has words, in any language. */
const hasWords = (raw: Raw) => (isPerLanguage(raw) ? Object.values(raw).some((v) => !isBlank(v)) : !isBlank(raw));

/** Whether the banner's settings draw an exit control once it has an address: a full-page overlay, or a content warning. */
export function wantsExit(values: Readonly<Record<string, Raw>>): boolean {
  const mode = isBlank(values.mode) ? undefined : parseField(bannerFields.mode, values.mode);
  return (mode?.ok === true && mode.value === 'overlay') || hasWords(values.warning);
}

/** A valid address in a value, as the elements read it. */
export const givenAddress = (raw: Raw) => !isBlank(raw) && !problemOf(bannerFields.exitHref, raw);

/**
 * Element mode: whether the snippet gives the banner the quick exit's address because the officer
 * left it empty where the banner would show an exit. Not where a campaign file applies: its
 * `quickExit.href` is then the exit, and an attribute would override the coalition's choice.
 */
export const exitFilledIn = (values: Readonly<Record<string, Raw>>, campaignFile: boolean) =>
  !campaignFile && wantsExit(values) && isBlank(values.exitHref);

/** Said under the banner's exit address in element mode, when empty where it matters. */
export function elementExitNote(values: Readonly<Record<string, Raw>>, campaignFile: boolean): string | undefined {
  if (!wantsExit(values) || !isBlank(values.exitHref)) return undefined;
  return campaignFile
    ? 'Left empty, the exit goes where the campaign file’s quick exit goes. If the file gives no address, the banner shows no exit button: give one here to be sure.'
    : `Left empty, the snippet gives the banner the quick exit’s usual address, ${DEFAULT_EXIT_HREF}, so its “Exit this page” button is there.`;
}

/**
 * Campaign mode: the address the file gives the banner when it would show an exit and neither the
 * banner nor the quick exit has one (undefined otherwise).
 */
export function campaignExit(banner: Readonly<Record<string, Raw>>, quickExit: Readonly<Record<string, Raw>>): string | undefined {
  return wantsExit(banner) && !givenAddress(banner.exitHref) && !givenAddress(quickExit.href) ? DEFAULT_EXIT_HREF : undefined;
}

/** Said under the banner's exit address in the campaign file, when empty where it matters. */
export function campaignExitNote(banner: Readonly<Record<string, Raw>>, quickExit: Readonly<Record<string, Raw>>): string | undefined {
  if (!wantsExit(banner) || !isBlank(banner.exitHref)) return undefined;
  return givenAddress(quickExit.href)
    ? 'Left empty, the banner’s exit goes to the quick exit’s address below.'
    : `Left empty, the file gives the banner the quick exit’s usual address, ${DEFAULT_EXIT_HREF}, so its “Exit this page” button is there. An address for the quick exit below is used instead once given.`;
}
