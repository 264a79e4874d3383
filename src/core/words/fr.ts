import type { Words } from '../i18n.js';

/** French (français): every element's built-in words, downloaded only by a page that shows them. */
export default {
  common: {
    newTab: '(s’ouvre dans un nouvel onglet)',
    close: 'Fermer',
  },
  banner: {
    more: 'En savoir plus',
    warning: 'Avertissement :',
    show: 'Afficher le message',
    support: 'Trouver de l’aide',
    starts: 'Commence {when}',
    day: 'dans {n} j',
    hour: 'dans {n} h',
    minute: 'dans {n} min',
    soon: 'Commence dans moins d’une minute',
    continue: 'Continuer vers le site',
    readMore: 'Lire la suite',
    readLess: 'Afficher moins',
  },
  counter: {
    signatures: 'signatures',
    'signatures.one': 'signature',
    needed: 'Encore {n} pour atteindre {goal}',
    reached: 'Objectif de {goal} atteint',
    sign: 'Signer la pétition',
    trust: 'Source : {source}, mis à jour à {time}',
    cite: 'Source : {name}',
  },
  exit: {
    label: 'Quitter cette page',
    hint: 'Ou appuyez 3 fois sur Maj pour quitter',
    twoMore: 'Maj, appuyez encore 2 fois pour quitter',
    oneMore: 'Maj, appuyez encore 1 fois pour quitter',
    expired: 'Quitter cette page a expiré',
    exiting: 'Sortie en cours…',
  },
  share: {
    share: 'Partager',
    shareOn: 'Partager sur {network}',
    native: 'Autres façons de partager',
    email: 'Partager par e-mail',
    copy: 'Copier le lien',
    copied: 'Lien copié',
    server: 'Votre serveur Mastodon',
    badServer: 'Saisissez un nom de serveur comme mastodon.social',
    image: 'Partager une image',
    change: 'Changer de serveur Mastodon',
    saved: 'Image enregistrée',
  },
  wall: {
    supportedBy: 'Avec le soutien de',
    more: '+ {count} autres soutiens',
    join: 'Rejoindre la coalition',
    moreOne: '+ 1 autre soutien',
  },
} satisfies Words;
