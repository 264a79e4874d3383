import { Messages } from '../core/i18n.js';

export const shareMessages = new Messages('share', {
  share: 'Share',
  shareOn: 'Share on {network}',
  native: 'More ways to share',
  email: 'Share by email',
  copy: 'Copy link',
  copied: 'Link copied',
  server: 'Your Mastodon server',
  badServer: 'Enter a server name such as mastodon.social',
  image: 'Share an image',
  change: 'Change Mastodon server',
  saved: 'Image saved',
});
