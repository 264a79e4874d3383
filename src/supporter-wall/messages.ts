import { Messages } from '../core/i18n.js';

export const wallMessages = new Messages(
  { supportedBy: 'Supported by', more: '+ {count} more supporters', join: 'Join the coalition' },
  {
    cy: 'Gyda chefnogaeth|+ {count} yn rhagor o gefnogwyr|Ymunwch â’r glymblaid',
    fr: 'Avec le soutien de|+ {count} autres soutiens|Rejoindre la coalition',
    de: 'Unterstützt von|+ {count} weitere Unterstützer|Dem Bündnis beitreten',
    es: 'Con el apoyo de|+ {count} apoyos más|Únete a la coalición',
    ar: 'بدعم من|+ {count} من الداعمين الآخرين|انضم إلى التحالف',
  },
);
