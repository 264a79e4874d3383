import { campaignBanner } from './campaign-banner/element.js';
import { commonFields } from './core/common-fields.js';
import type * as classes from './classes.js';
import type { ElementDescription } from './core/element.js';
import type { Fields } from './core/fields.js';
import { petitionCounter } from './petition-counter/element.js';
import { quickExit } from './quick-exit/element.js';
import { shareBar } from './share-bar/element.js';
import { supporterWall } from './supporter-wall/element.js';

/**
 * Every element, in the order they are defined: a way out for a visitor at risk matters more
 * than anything else on the page. A sixth element is a folder with an `element.ts`, added here (and its `reserve.ts` in src/reserves.ts).
 */
const LIST = [quickExit, campaignBanner, petitionCounter, shareBar, supporterWall] as const;

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
