import { Messages } from '../core/i18n.js';

/** `{source}` in `trust` becomes the source links. */
export const counterMessages = new Messages('counter', {
  signatures: 'signatures',
  needed: '{n} more needed to reach {goal}',
  reached: 'Goal of {goal} reached',
  sign: 'Sign the petition',
  trust: 'Source: {source}, updated {time}',
  cite: 'Source: {name}',
});
