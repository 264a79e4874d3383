import { Messages } from '../core/i18n.js';

export const wallMessages = new Messages(
  { supportedBy: 'Supported by' },
  {
    cy: { supportedBy: 'Gyda chefnogaeth' },
    fr: { supportedBy: 'Avec le soutien de' },
    de: { supportedBy: 'Unterstützt von' },
    es: { supportedBy: 'Con el apoyo de' },
    ar: { supportedBy: 'بدعم من' },
  },
);
