import { bannerReserve } from './campaign-banner/reserve.js';
import type { Reserve } from './core/element.js';
import type { Tag } from './elements.js';
import { counterReserve } from './petition-counter/reserve.js';
import { quickExitReserve } from './quick-exit/reserve.js';
import { shareBarReserve } from './share-bar/reserve.js';
import { wallReserve } from './supporter-wall/reserve.js';

/**
 * The space the paste snippet keeps for each element, from its folder's `reserve.ts`: for the
 * builder, the README and the bench only. Kept out of the elements' descriptions so that no
 * visitor downloads it (the sizes by words' length alone are about 1 KB gzip).
 */
const RESERVES: Record<Tag, Reserve> = {
  'quick-exit': quickExitReserve,
  'campaign-banner': bannerReserve,
  'petition-counter': counterReserve,
  'share-bar': shareBarReserve,
  'supporter-wall': wallReserve,
};

export const reserveOf = (tag: Tag): Reserve | undefined => RESERVES[tag];
