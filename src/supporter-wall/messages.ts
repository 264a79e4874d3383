import { Messages } from '../core/i18n.js';

export const wallMessages = new Messages(
  { supportedBy: 'Supported by', more: '+ {count} more supporters', join: 'Join the coalition', moreOne: '+ 1 more supporter' },
  {
    cy: 'Gyda chefnogaeth|+ {count} yn rhagor o gefnogwyr|Ymunwch â’r glymblaid|+ 1 cefnogwr arall',
    fr: 'Avec le soutien de|+ {count} autres soutiens|Rejoindre la coalition|+ 1 autre soutien',
    de: 'Unterstützt von|+ {count} weitere Unterstützer|Dem Bündnis beitreten|+ 1 weiterer Unterstützer',
    es: 'Con el apoyo de|+ {count} apoyos más|Únete a la coalición|+ 1 apoyo más',
    ar: 'بدعم من|+ {count} من الداعمين الآخرين|انضم إلى التحالف|+ داعم آخر',
  },
);
