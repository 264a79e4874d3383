/** What is being shared: the URL already carries the partner's attribution. */
export interface ShareData {
  url: string;
  text: string;
  hashtags: string[];
}

export const e = encodeURIComponent;
const tags = (d: ShareData) => d.hashtags.map((t) => `#${t}`).join(' ');
/** Networks without a hashtag parameter get the tags and the link in the message itself. */
export const message = (d: ShareData) => [d.text, tags(d), d.url].filter(Boolean).join(' ');
export const textWithTags = (d: ShareData) => [d.text, tags(d)].filter(Boolean).join(' ');

/**
 * The most used networks' documented share (intent) URLs; the others' are in more-networks.ts, a
 * file of their own. Every value goes through encodeURIComponent, so
 * `&`, `#`, emoji and any script arrive intact.
 */
export const shareUrls: Record<string, (d: ShareData) => string> = {
  facebook: (d) => `https://www.facebook.com/sharer/sharer.php?u=${e(d.url)}`,
  x: (d) =>
    `https://x.com/intent/tweet?text=${e(d.text)}&url=${e(d.url)}${d.hashtags.length ? `&hashtags=${e(d.hashtags.join(','))}` : ''}`,
  whatsapp: (d) => `https://wa.me/?text=${e(message(d))}`,
  email: (d) => `mailto:?subject=${e(d.text)}&body=${e(message(d))}`,
};

/** Mastodon has no central share page: each visitor's own server has one. */
/** The networks whose links and marks are in more-networks.ts, fetched by a bar that shows one. */
export const MORE_NETWORKS = ['linkedin', 'bluesky', 'threads', 'mastodon', 'reddit', 'telegram'];

export const NETWORKS = [
  'native',
  'facebook',
  'x',
  'whatsapp',
  'linkedin',
  'bluesky',
  'threads',
  'mastodon',
  'reddit',
  'telegram',
  'email',
  'copy',
  'image',
];

/**
 * Brand names are not translated; the rest of the words live in messages.ts. The less used
 * networks' names come with their links and marks (more-networks.ts `names`).
 */
export const brandNames: Record<string, string> = {
  facebook: 'Facebook',
  x: 'X',
  whatsapp: 'WhatsApp',
};
