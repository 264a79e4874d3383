import type { Words } from '../i18n.js';

/** Welsh (Cymraeg): every element's built-in words, downloaded only by a page that shows them. */
export default {
  common: {
    newTab: '(yn agor mewn tab newydd)',
    close: 'Cau',
  },
  banner: {
    more: 'Rhagor o wybodaeth',
    warning: 'Rhybudd cynnwys:',
    show: 'Dangos y neges',
    support: 'Cael cymorth',
    starts: 'Yn dechrau {when}',
    day: 'ymhen {n} diwrnod',
    hour: 'ymhen {n} awr',
    minute: 'ymhen {n} munud',
    soon: 'Yn dechrau mewn llai na munud',
    continue: 'Parhau i’r wefan',
    readMore: 'Darllen mwy',
    readLess: 'Dangos llai',
  },
  counter: {
    signatures: 'llofnod',
    needed: '{n} yn rhagor i gyrraedd {goal}',
    reached: 'Wedi cyrraedd y nod o {goal}',
    sign: 'Llofnodwch y ddeiseb',
    trust: 'Ffynhonnell: {source}, diweddarwyd {time}',
    cite: 'Ffynhonnell: {name}',
  },
  exit: {
    label: 'Gadael y dudalen hon',
    hint: 'Neu pwyswch Shift 3 gwaith i adael',
    twoMore: 'Shift, pwyswch 2 waith eto i adael',
    oneMore: 'Shift, pwyswch unwaith eto i adael',
    expired: 'Mae Gadael y dudalen hon wedi dod i ben',
    exiting: 'Yn gadael…',
  },
  share: {
    share: 'Rhannu',
    shareOn: 'Rhannu ar {network}',
    native: 'Mwy o ffyrdd i rannu',
    email: 'Rhannu drwy e-bost',
    copy: 'Copïo’r ddolen',
    copied: 'Dolen wedi’i chopïo',
    server: 'Eich gweinydd Mastodon',
    badServer: 'Rhowch enw gweinydd fel mastodon.social',
    image: 'Rhannu delwedd',
    change: 'Newid gweinydd Mastodon',
    saved: 'Delwedd wedi’i chadw',
  },
  wall: {
    supportedBy: 'Gyda chefnogaeth',
    more: '+ {count} yn rhagor o gefnogwyr',
    join: 'Ymunwch â’r glymblaid',
    moreOne: '+ 1 cefnogwr arall',
  },
} satisfies Words;
