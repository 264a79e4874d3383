import { Messages } from '../core/i18n.js';

/** `{source}` in `trust` becomes the source links. */
export const counterMessages = new Messages(
  {
    signatures: 'signatures',
    needed: '{n} more needed to reach {goal}',
    reached: 'Goal of {goal} reached',
    sign: 'Sign the petition',
    trust: 'Source: {source}, updated {time}',
  },
  {
    cy: {
      signatures: 'llofnod',
      needed: '{n} yn rhagor i gyrraedd {goal}',
      reached: 'Wedi cyrraedd y nod o {goal}',
      sign: 'Llofnodwch y ddeiseb',
      trust: 'Ffynhonnell: {source}, diweddarwyd {time}',
    },
    fr: {
      needed: 'Encore {n} pour atteindre {goal}',
      reached: 'Objectif de {goal} atteint',
      sign: 'Signer la pétition',
      trust: 'Source : {source}, mis à jour à {time}',
    },
    de: {
      signatures: 'Unterschriften',
      needed: 'Noch {n} bis {goal}',
      reached: 'Ziel von {goal} erreicht',
      sign: 'Petition unterschreiben',
      trust: 'Quelle: {source}, aktualisiert um {time}',
    },
    es: {
      signatures: 'firmas',
      needed: 'Faltan {n} para llegar a {goal}',
      reached: 'Objetivo de {goal} alcanzado',
      sign: 'Firma la petición',
      trust: 'Fuente: {source}, actualizado a las {time}',
    },
    ar: {
      signatures: 'توقيعًا',
      needed: 'يلزم {n} إضافية للوصول إلى {goal}',
      reached: 'تم بلوغ الهدف {goal}',
      sign: 'وقّع العريضة',
      trust: 'المصدر: {source}، آخر تحديث {time}',
    },
  },
);
