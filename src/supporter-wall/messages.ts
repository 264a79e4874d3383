import { Messages } from '../core/i18n.js';

export const wallMessages = new Messages(
  { supportedBy: 'Supported by', more: '+ {count} more', join: 'Join the coalition' },
  {
    cy: { supportedBy: 'Gyda chefnogaeth', more: '+ {count} arall', join: 'Ymunwch â’r glymblaid' },
    fr: { supportedBy: 'Avec le soutien de', more: '+ {count} de plus', join: 'Rejoindre la coalition' },
    de: { supportedBy: 'Unterstützt von', more: '+ {count} weitere', join: 'Dem Bündnis beitreten' },
    es: { supportedBy: 'Con el apoyo de', more: '+ {count} más', join: 'Únete a la coalición' },
    ar: { supportedBy: 'بدعم من', more: '+ {count} أخرى', join: 'انضم إلى التحالف' },
  },
);
