import { define } from './core/define.js';
import { CampaignBanner } from './campaign-banner/campaign-banner.js';
import { PetitionCounter } from './petition-counter/petition-counter.js';
import { QuickExit } from './quick-exit/quick-exit.js';
import { ShareBar } from './share-bar/share-bar.js';
import { SupporterWall } from './supporter-wall/supporter-wall.js';

export { CampaignBanner, PetitionCounter, QuickExit, ShareBar, SupporterWall };
export type { CoalitionErrorDetail, CoalitionEventMap } from './core/events.js';

// First: a way out for a visitor at risk matters more than anything else on the page.
define('quick-exit', QuickExit);
define('campaign-banner', CampaignBanner);
define('petition-counter', PetitionCounter);
define('share-bar', ShareBar);
define('supporter-wall', SupporterWall);
