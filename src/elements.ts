import { campaignBanner, campaignBannerAbout } from './campaign-banner/element.js';
import { commonFields } from './core/common-fields.js';
import type * as classes from './classes.js';
import type { ElementBasics, ElementDescription } from './core/element.js';
import type { Fields } from './core/fields.js';
import { petitionCounter, petitionCounterAbout } from './petition-counter/element.js';
import { quickExit, quickExitAbout } from './quick-exit/element.js';
import { shareBar, shareBarAbout } from './share-bar/element.js';
import { supporterWall, supporterWallAbout } from './supporter-wall/element.js';

/**
 * An element's description, whole: the part its class reads completed with the rest, in place,
 * so that a class's `element` is its entry here wherever the registry is loaded (the builder,
 * the npm module, the tests), while the files visitors download carry the first part alone.
 */
const described = <B extends ElementBasics, A extends Omit<ElementDescription, keyof ElementBasics>>(basics: B, about: A) =>
  Object.assign(basics, about);

/**
 * Every element, in the order they are defined: a way out for a visitor at risk matters more
 * than anything else on the page. A sixth element is a folder with an `element.ts`, added here (and its `reserve.ts` in src/reserves.ts).
 */
const LIST = [
  described(quickExit, quickExitAbout),
  described(campaignBanner, campaignBannerAbout),
  described(petitionCounter, petitionCounterAbout),
  described(shareBar, shareBarAbout),
  described(supporterWall, supporterWallAbout),
] as const;

export type Tag = (typeof LIST)[number]['tag'];
export type Element = ElementDescription & { tag: Tag; className: keyof typeof classes };
export const ELEMENTS: readonly Element[] = LIST;

export const elementInfo = (tag: Tag): Element => ELEMENTS.find((e) => e.tag === tag)!;

/** An element's settings with those every element takes, as its attributes list them. */
export const settingsOf = (element: ElementDescription): Fields => ({ ...element.fields, ...commonFields });

/** The campaign file's sections, each read by one element. */
export const SECTIONS = ELEMENTS.flatMap((e) => (e.section ? [e.section] : []));

export { commonFields };
export type { ElementDescription };
