// Every element class, for the npm module's named exports; `src/elements.ts` describes each.
export { CampaignBanner } from './campaign-banner/campaign-banner.js';
export { PetitionCounter } from './petition-counter/petition-counter.js';
export { QuickExit } from './quick-exit/quick-exit.js';
export { ShareBar } from './share-bar/share-bar.js';
export { SupporterWall } from './supporter-wall/supporter-wall.js';
