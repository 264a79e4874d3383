import { Messages } from '../core/i18n.js';

/** `{source}` in `trust` becomes the source links. */
export const counterMessages = new Messages(
  {
    signatures: 'signatures',
    needed: '{n} more needed to reach {goal}',
    reached: 'Goal of {goal} reached',
    sign: 'Sign the petition',
    trust: 'Source: {source}, updated {time}',
    cite: 'Source: {name}',
  },
  {
    cy: 'llofnod|{n} yn rhagor i gyrraedd {goal}|Wedi cyrraedd y nod o {goal}|Llofnodwch y ddeiseb|Ffynhonnell: {source}, diweddarwyd {time}|Ffynhonnell: {name}',
    fr: 'signatures|Encore {n} pour atteindre {goal}|Objectif de {goal} atteint|Signer la pétition|Source : {source}, mis à jour à {time}|Source : {name}',
    de: 'Unterschriften|Noch {n} bis {goal}|Ziel von {goal} erreicht|Petition unterschreiben|Quelle: {source}, aktualisiert um {time}|Quelle: {name}',
    es: 'firmas|Faltan {n} para llegar a {goal}|Objetivo de {goal} alcanzado|Firma la petición|Fuente: {source}, actualizado a las {time}|Fuente: {name}',
    ar: 'توقيعًا|يلزم {n} إضافية للوصول إلى {goal}|تم بلوغ الهدف {goal}|وقّع العريضة|المصدر: {source}، آخر تحديث {time}|المصدر: {name}',
  },
);
