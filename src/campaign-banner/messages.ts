import { Messages } from '../core/i18n.js';

/**
 * The banner's own words; "Close" comes from core's `common`. `{when}` is a relative time
 * already localised by Intl ("in 3 days"). Translations are packed in English's key order:
 * more | warning | show | support | starts.
 */
export const bannerMessages = new Messages(
  {
    more: 'Find out more',
    warning: 'Content warning:',
    show: 'Show message',
    support: 'Get support',
    starts: 'Starts {when}',
  },
  {
    cy: 'Rhagor o wybodaeth|Rhybudd cynnwys:|Dangos y neges|Cael cymorth|Yn dechrau {when}',
    fr: 'En savoir plus|Avertissement :|Afficher le message|Trouver de l’aide|Commence {when}',
    de: 'Mehr erfahren|Inhaltswarnung:|Nachricht anzeigen|Hilfe finden|Beginnt {when}',
    es: 'Más información|Aviso de contenido:|Mostrar el mensaje|Buscar ayuda|Empieza {when}',
    ar: 'اعرف المزيد|تحذير بشأن المحتوى:|إظهار الرسالة|احصل على الدعم|يبدأ {when}',
  },
);
