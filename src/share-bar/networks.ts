/** What is being shared: the URL already carries the partner's attribution. */
export interface ShareData {
  url: string;
  text: string;
  hashtags: string[];
}

const e = encodeURIComponent;
const tags = (d: ShareData) => d.hashtags.map((t) => `#${t}`).join(' ');
/** Networks without a hashtag parameter get the tags and the link in the message itself. */
const message = (d: ShareData) => [d.text, tags(d), d.url].filter(Boolean).join(' ');
const textWithTags = (d: ShareData) => [d.text, tags(d)].filter(Boolean).join(' ');

/**
 * Each network's documented share (intent) URL. Every value goes through encodeURIComponent, so
 * `&`, `#`, emoji and any script arrive intact.
 */
export const shareUrls: Record<string, (d: ShareData) => string> = {
  facebook: (d) => `https://www.facebook.com/sharer/sharer.php?u=${e(d.url)}`,
  x: (d) =>
    `https://x.com/intent/tweet?text=${e(d.text)}&url=${e(d.url)}${d.hashtags.length ? `&hashtags=${e(d.hashtags.join(','))}` : ''}`,
  whatsapp: (d) => `https://wa.me/?text=${e(message(d))}`,
  linkedin: (d) => `https://www.linkedin.com/sharing/share-offsite/?url=${e(d.url)}`,
  bluesky: (d) => `https://bsky.app/intent/compose?text=${e(message(d))}`,
  threads: (d) => `https://www.threads.net/intent/post?text=${e(textWithTags(d))}&url=${e(d.url)}`,
  reddit: (d) => `https://www.reddit.com/submit?url=${e(d.url)}&title=${e(d.text)}`,
  telegram: (d) => `https://t.me/share/url?url=${e(d.url)}&text=${e(textWithTags(d))}`,
  email: (d) => `mailto:?subject=${e(d.text)}&body=${e(message(d))}`,
};

/** Mastodon has no central share page: each visitor's own server has one. */
export const mastodonUrl = (server: string, d: ShareData) => `https://${server}/share?text=${e(message(d))}`;

/** A bare host name ("mastodon.social", "social.example.org:8443"); anything else is refused. */
export function mastodonServer(input: string): string | undefined {
  const host = input
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^@?[^@/\s]+@/, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/.test(host) ? host : undefined;
}

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

/** Brand names are not translated; the rest of the words live in messages.ts. */
export const brandNames: Record<string, string> = {
  facebook: 'Facebook',
  x: 'X',
  whatsapp: 'WhatsApp',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  threads: 'Threads',
  mastodon: 'Mastodon',
  reddit: 'Reddit',
  telegram: 'Telegram',
};
