import { Messages } from './i18n.js';

/** Words more than one element writes. Each element keeps its own words beside it. */
export const common = new Messages(
  {
    newTab: '(opens in a new tab)',
    close: 'Close',
  },
  {
    cy: { newTab: '(yn agor mewn tab newydd)', close: 'Cau' },
    fr: { newTab: '(s’ouvre dans un nouvel onglet)', close: 'Fermer' },
    de: { newTab: '(öffnet in einem neuen Tab)', close: 'Schließen' },
    es: { newTab: '(se abre en una pestaña nueva)', close: 'Cerrar' },
    ar: { newTab: '(يفتح في علامة تبويب جديدة)', close: 'إغلاق' },
  },
);
