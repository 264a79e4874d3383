import { list, text, url } from '../core/fields.js';

export const DEFAULT_NETWORKS = ['native', 'facebook', 'x', 'whatsapp', 'email', 'copy'];

/** Every setting of `<share-bar>`; campaign-file `share` keys in camelCase. */
export const shareFields = {
  url: url('What to share (default: the canonical link, else the page address)'),
  text: text('The suggested message'),
  hashtags: list('Hashtags without #'),
  networks: list('Ordered networks', DEFAULT_NETWORKS),
  label: text('Visible heading'),
};
