import { Messages } from '../core/i18n.js';

export const shareMessages = new Messages(
  { share: 'Share' },
  {
    cy: { share: 'Rhannu' },
    fr: { share: 'Partager' },
    de: { share: 'Teilen' },
    es: { share: 'Compartir' },
    ar: { share: 'مشاركة' },
  },
);
