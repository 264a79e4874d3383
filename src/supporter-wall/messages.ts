import { Messages } from '../core/i18n.js';

export const wallMessages = new Messages('wall', {
  supportedBy: 'Supported by',
  more: '+ {count} more supporters',
  join: 'Join the coalition',
  moreOne: '+ 1 more supporter',
});
