import { Messages } from '../core/i18n.js';

export const wallMessages = new Messages(
  { supportedBy: 'Supported by', more: '+ {count} more', join: 'Join the coalition' },
  {
    cy: 'Gyda chefnogaeth|+ {count} arall|Ymunwch â’r glymblaid',
    fr: 'Avec le soutien de|+ {count} de plus|Rejoindre la coalition',
    de: 'Unterstützt von|+ {count} weitere|Dem Bündnis beitreten',
    es: 'Con el apoyo de|+ {count} más|Únete a la coalición',
    ar: 'بدعم من|+ {count} أخرى|انضم إلى التحالف',
  },
);
