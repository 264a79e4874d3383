import { Messages } from './i18n.js';

/** Words more than one element writes. Each element keeps its own words beside it. */
export const common = new Messages(
  {
    newTab: '(opens in a new tab)',
    close: 'Close',
  },
  {
    cy: '(yn agor mewn tab newydd)|Cau',
    fr: '(s’ouvre dans un nouvel onglet)|Fermer',
    de: '(öffnet in einem neuen Tab)|Schließen',
    es: '(se abre en una pestaña nueva)|Cerrar',
    ar: '(يفتح في علامة تبويب جديدة)|إغلاق',
  },
);
