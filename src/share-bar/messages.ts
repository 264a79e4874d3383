import { Messages } from '../core/i18n.js';

export const shareMessages = new Messages(
  {
    share: 'Share',
    shareOn: 'Share on {network}',
    native: 'More ways to share',
    email: 'Share by email',
    copy: 'Copy link',
    copied: 'Link copied',
    server: 'Your Mastodon server',
    badServer: 'Enter a server name such as mastodon.social',
    image: 'Share an image',
    change: 'Change Mastodon server',
    saved: 'Image saved',
  },
  {
    cy: 'Rhannu|Rhannu ar {network}|Mwy o ffyrdd i rannu|Rhannu drwy e-bost|Copïo’r ddolen|Dolen wedi’i chopïo|Eich gweinydd Mastodon|Rhowch enw gweinydd fel mastodon.social|Rhannu delwedd|Newid gweinydd Mastodon|Delwedd wedi’i chadw',
    fr: 'Partager|Partager sur {network}|Autres façons de partager|Partager par e-mail|Copier le lien|Lien copié|Votre serveur Mastodon|Saisissez un nom de serveur comme mastodon.social|Partager une image|Changer de serveur Mastodon|Image enregistrée',
    de: 'Teilen|Auf {network} teilen|Weitere Möglichkeiten zum Teilen|Per E-Mail teilen|Link kopieren|Link kopiert|Ihr Mastodon-Server|Geben Sie einen Servernamen wie mastodon.social ein|Bild teilen|Mastodon-Server ändern|Bild gespeichert',
    es: 'Compartir|Compartir en {network}|Más formas de compartir|Compartir por correo electrónico|Copiar enlace|Enlace copiado|Tu servidor de Mastodon|Escribe un nombre de servidor como mastodon.social|Compartir una imagen|Cambiar de servidor de Mastodon|Imagen guardada',
    ar: 'مشاركة|مشاركة على {network}|طرق أخرى للمشاركة|مشاركة عبر البريد الإلكتروني|نسخ الرابط|تم نسخ الرابط|خادم ماستودون الخاص بك|أدخل اسم خادم مثل mastodon.social|مشاركة صورة|تغيير خادم ماستودون|تم حفظ الصورة',
  },
);
