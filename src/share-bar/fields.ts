import { flag, list, text, url } from '../core/fields.js';
import { NETWORKS } from './networks.js';

export const DEFAULT_NETWORKS = ['native', 'facebook', 'x', 'whatsapp', 'email', 'copy'];

/**
 * Every setting of `<share-bar>`: attributes in kebab-case, campaign-file `share` keys as
 * written here. The comment above each key is its description in the README, the builder and
 * the schema.
 */
export const shareFields = {
  /** What to share (default: the page's canonical link, else its address without the fragment); the partner's attribution is added */
  url: url(),
  /** The suggested message (default: the page title) */
  text: text(),
  /** Comma- or space-separated, without `#` (X gets them as its `hashtags` parameter; other networks in the message) */
  hashtags: list(),
  /** Ordered, space-separated: `native facebook x whatsapp linkedin bluesky threads mastodon reddit telegram email copy image`; an unknown name is reported and skipped */
  networks: list(DEFAULT_NETWORKS, NETWORKS),
  /** Visible heading (default "Share", localised); with `compact` it is read by screen readers but not shown */
  label: text(),
  /** Icons only: every control keeps its accessible name, and shows it as a tooltip on hover */
  compact: flag(),
};
