import { defineEach } from './core/define.js';
import { CampaignBanner } from './campaign-banner/campaign-banner.js';
import { PetitionCounter } from './petition-counter/petition-counter.js';
import { QuickExit } from './quick-exit/quick-exit.js';
import { ShareBar } from './share-bar/share-bar.js';
import { SupporterWall } from './supporter-wall/supporter-wall.js';

// The pasteable script (dist/coalition-embed.js): each tag is defined in a task of its own, after
// the script's own task, so upgrading and first rendering the page's widgets never makes one
// long task. (The npm module, src/index.ts, defines at import, as libraries do.)
defineEach([
  // First: a way out for a visitor at risk matters more than anything else on the page.
  ['quick-exit', QuickExit],
  ['campaign-banner', CampaignBanner],
  ['petition-counter', PetitionCounter],
  ['share-bar', ShareBar],
  ['supporter-wall', SupporterWall],
]);

export { CampaignBanner, PetitionCounter, QuickExit, ShareBar, SupporterWall };
