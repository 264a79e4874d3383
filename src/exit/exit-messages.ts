import { Messages } from '../core/i18n.js';

// Plain, calm words, as GOV.UK's exit-this-page says them: a visitor using this may be afraid.
export const quickExitMessages = new Messages('exit', {
  label: 'Exit this page',
  hint: 'Or press Shift 3 times to exit',
  twoMore: 'Shift, press 2 more times to exit',
  oneMore: 'Shift, press 1 more time to exit',
  expired: 'Exit this page expired',
  exiting: 'Exiting…',
});

export type QuickExitMessage = keyof typeof quickExitMessages.en;
