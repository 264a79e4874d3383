import { Messages } from '../core/i18n.js';

// Plain, calm words, as GOV.UK's exit-this-page says them: a visitor using this may be afraid.
export const quickExitMessages = new Messages(
  {
    label: 'Exit this page',
    hint: 'Or press Shift 3 times to exit',
    twoMore: 'Shift, press 2 more times to exit',
    oneMore: 'Shift, press 1 more time to exit',
    expired: 'Exit this page expired',
    exiting: 'Exiting…',
  },
  {
    cy: 'Gadael y dudalen hon|Neu pwyswch Shift 3 gwaith i adael|Shift, pwyswch 2 waith eto i adael|Shift, pwyswch unwaith eto i adael|Mae Gadael y dudalen hon wedi dod i ben|Yn gadael…',
    fr: 'Quitter cette page|Ou appuyez 3 fois sur Maj pour quitter|Maj, appuyez encore 2 fois pour quitter|Maj, appuyez encore 1 fois pour quitter|Quitter cette page a expiré|Sortie en cours…',
    de: 'Diese Seite verlassen|Oder drücken Sie 3-mal die Umschalttaste, um die Seite zu verlassen|Umschalttaste: noch 2-mal drücken, um die Seite zu verlassen|Umschalttaste: noch 1-mal drücken, um die Seite zu verlassen|Diese Seite verlassen ist abgelaufen|Seite wird verlassen…',
    es: 'Salir de esta página|O pulsa Mayús 3 veces para salir|Mayús, pulsa 2 veces más para salir|Mayús, pulsa 1 vez más para salir|Salir de esta página ha caducado|Saliendo…',
    ar: 'الخروج من هذه الصفحة|أو اضغط على مفتاح Shift ثلاث مرات للخروج|Shift، اضغط مرتين أخريين للخروج|Shift، اضغط مرة واحدة أخرى للخروج|انتهت مهلة الخروج من هذه الصفحة|جارٍ الخروج…',
  },
);

export type QuickExitMessage = keyof typeof quickExitMessages.en;
