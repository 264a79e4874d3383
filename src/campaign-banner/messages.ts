import { Messages } from '../core/i18n.js';

/**
 * The banner's own words; "Close" comes from core's `common`. `{when}` is a relative time
 * already localised by Intl ("in 3 days"). Translations are packed in English's key order:
 * more | warning | show | support | starts | day | hour | minute | soon | continue | readMore | readLess.
 */
export const bannerMessages = new Messages(
  {
    more: 'Find out more',
    warning: 'Content warning:',
    show: 'Show message',
    support: 'Get support',
    starts: 'Starts {when}',
    // Only where the browser's Intl has no relative-time words for the language (Chromium
    // ships none for Welsh): a numeral form that needs no plural rules, worded as the browsers
    // that have them word it ("ymhen 3 diwrnod"), so a Welsh countdown reads alike in each.
    day: 'in {n} days',
    hour: 'in {n} hours',
    minute: 'in {n} minutes',
    // A minute or less to go: a rounded "in 1 minute" would be wrong for most of that minute.
    soon: 'Starts in less than a minute',
    // The overlay's own way back to the partner's page, in words rather than a bare ×.
    continue: 'Continue to the site',
    // A phone's bar folds its message to one line, so its call to action stays in sight.
    readMore: 'Read more',
    readLess: 'Show less',
  },
  {
    cy: 'Rhagor o wybodaeth|Rhybudd cynnwys:|Dangos y neges|Cael cymorth|Yn dechrau {when}|ymhen {n} diwrnod|ymhen {n} awr|ymhen {n} munud|Yn dechrau mewn llai na munud|Parhau i’r wefan|Darllen mwy|Dangos llai',
    fr: 'En savoir plus|Avertissement :|Afficher le message|Trouver de l’aide|Commence {when}|dans {n} j|dans {n} h|dans {n} min|Commence dans moins d’une minute|Continuer vers le site|Lire la suite|Afficher moins',
    de: 'Mehr erfahren|Inhaltswarnung:|Nachricht anzeigen|Hilfe finden|Beginnt {when}|in {n} T.|in {n} Std.|in {n} Min.|Beginnt in weniger als einer Minute|Weiter zur Website|Weiterlesen|Weniger anzeigen',
    es: 'Más información|Aviso de contenido:|Mostrar el mensaje|Buscar ayuda|Empieza {when}|en {n} d|en {n} h|en {n} min|Empieza en menos de un minuto|Continuar al sitio|Leer más|Mostrar menos',
    ar: 'اعرف المزيد|تحذير بشأن المحتوى:|إظهار الرسالة|احصل على الدعم|يبدأ {when}|خلال {n} يوم|خلال {n} ساعة|خلال {n} دقيقة|يبدأ خلال أقل من دقيقة|المتابعة إلى الموقع|اقرأ المزيد|عرض أقل',
  },
);
