import { Messages } from '../core/i18n.js';

export const counterMessages = new Messages(
  { signatures: 'signatures' },
  {
    cy: { signatures: 'llofnod' },
    fr: { signatures: 'signatures' },
    de: { signatures: 'Unterschriften' },
    es: { signatures: 'firmas' },
    ar: { signatures: 'توقيعًا' },
  },
);
