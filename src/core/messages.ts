import { Messages } from './i18n.js';

/** Words more than one element writes. Each element keeps its own words beside it. */
export const common = new Messages('common', {
  newTab: '(opens in a new tab)',
  close: 'Close',
});
