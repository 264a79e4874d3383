import type { Words } from '../i18n.js';

/** Spanish (español): every element's built-in words, downloaded only by a page that shows them. */
export default {
  common: {
    newTab: '(se abre en una pestaña nueva)',
    close: 'Cerrar',
  },
  banner: {
    more: 'Más información',
    warning: 'Aviso de contenido:',
    show: 'Mostrar el mensaje',
    support: 'Buscar ayuda',
    starts: 'Empieza {when}',
    day: 'en {n} d',
    hour: 'en {n} h',
    minute: 'en {n} min',
    soon: 'Empieza en menos de un minuto',
    continue: 'Continuar al sitio',
    readMore: 'Leer más',
    readLess: 'Mostrar menos',
  },
  counter: {
    signatures: 'firmas',
    'signatures.one': 'firma',
    needed: 'Faltan {n} para llegar a {goal}',
    reached: 'Objetivo de {goal} alcanzado',
    sign: 'Firma la petición',
    trust: 'Fuente: {source}, actualizado a las {time}',
    cite: 'Fuente: {name}',
  },
  exit: {
    label: 'Salir de esta página',
    hint: 'O pulsa Mayús 3 veces para salir',
    twoMore: 'Mayús, pulsa 2 veces más para salir',
    oneMore: 'Mayús, pulsa 1 vez más para salir',
    expired: 'Salir de esta página ha caducado',
    exiting: 'Saliendo…',
  },
  share: {
    share: 'Compartir',
    shareOn: 'Compartir en {network}',
    native: 'Más formas de compartir',
    email: 'Compartir por correo electrónico',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado',
    server: 'Tu servidor de Mastodon',
    badServer: 'Escribe un nombre de servidor como mastodon.social',
    image: 'Compartir una imagen',
    change: 'Cambiar de servidor de Mastodon',
    saved: 'Imagen guardada',
  },
  wall: {
    supportedBy: 'Con el apoyo de',
    more: '+ {count} apoyos más',
    join: 'Únete a la coalición',
    moreOne: '+ 1 apoyo más',
  },
} satisfies Words;
