import { flag, list, text, url } from '../core/fields.js';

export const DEFAULT_NETWORKS = ['native', 'facebook', 'x', 'whatsapp', 'email', 'copy'];

/** Every setting of `<share-bar>`; campaign-file `share` keys in camelCase. */
export const shareFields = {
  url: url(),
  text: text(),
  hashtags: list(),
  networks: list(undefined, DEFAULT_NETWORKS),
  label: text(),
  compact: flag(),
};
