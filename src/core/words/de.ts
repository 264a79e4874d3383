import type { Words } from '../i18n.js';

/** German (Deutsch): every element's built-in words, downloaded only by a page that shows them. */
export default {
  common: {
    newTab: '(öffnet in einem neuen Tab)',
    close: 'Schließen',
  },
  banner: {
    more: 'Mehr erfahren',
    warning: 'Inhaltswarnung:',
    show: 'Nachricht anzeigen',
    support: 'Hilfe finden',
    starts: 'Beginnt {when}',
    day: 'in {n} T.',
    hour: 'in {n} Std.',
    minute: 'in {n} Min.',
    soon: 'Beginnt in weniger als einer Minute',
    continue: 'Weiter zur Website',
    readMore: 'Weiterlesen',
    readLess: 'Weniger anzeigen',
  },
  counter: {
    signatures: 'Unterschriften',
    'signatures.one': 'Unterschrift',
    needed: 'Noch {n} bis {goal}',
    reached: 'Ziel von {goal} erreicht',
    sign: 'Petition unterschreiben',
    trust: 'Quelle: {source}, aktualisiert um {time}',
    cite: 'Quelle: {name}',
  },
  exit: {
    label: 'Diese Seite verlassen',
    hint: 'Oder drücken Sie 3-mal die Umschalttaste, um die Seite zu verlassen',
    twoMore: 'Umschalttaste: noch 2-mal drücken, um die Seite zu verlassen',
    oneMore: 'Umschalttaste: noch 1-mal drücken, um die Seite zu verlassen',
    expired: 'Diese Seite verlassen ist abgelaufen',
    exiting: 'Seite wird verlassen…',
  },
  share: {
    share: 'Teilen',
    shareOn: 'Auf {network} teilen',
    native: 'Weitere Möglichkeiten zum Teilen',
    email: 'Per E-Mail teilen',
    copy: 'Link kopieren',
    copied: 'Link kopiert',
    server: 'Ihr Mastodon-Server',
    badServer: 'Geben Sie einen Servernamen wie mastodon.social ein',
    image: 'Bild teilen',
    change: 'Mastodon-Server ändern',
    saved: 'Bild gespeichert',
  },
  wall: {
    supportedBy: 'Unterstützt von',
    more: '+ {count} weitere Unterstützer',
    join: 'Dem Bündnis beitreten',
    moreOne: '+ 1 weiterer Unterstützer',
  },
} satisfies Words;
