import type { Words } from '../i18n.js';

/** Arabic (العربية): every element's built-in words, downloaded only by a page that shows them. */
export default {
  common: {
    newTab: '(يفتح في علامة تبويب جديدة)',
    close: 'إغلاق',
  },
  banner: {
    more: 'اعرف المزيد',
    warning: 'تحذير بشأن المحتوى:',
    show: 'إظهار الرسالة',
    support: 'احصل على الدعم',
    starts: 'يبدأ {when}',
    day: 'خلال {n} يوم',
    hour: 'خلال {n} ساعة',
    minute: 'خلال {n} دقيقة',
    soon: 'يبدأ خلال أقل من دقيقة',
    continue: 'المتابعة إلى الموقع',
    readMore: 'اقرأ المزيد',
    readLess: 'عرض أقل',
  },
  counter: {
    signatures: 'توقيعًا',
    needed: 'يلزم {n} إضافية للوصول إلى {goal}',
    reached: 'تم بلوغ الهدف {goal}',
    sign: 'وقّع العريضة',
    trust: 'المصدر: {source}، آخر تحديث {time}',
    cite: 'المصدر: {name}',
  },
  exit: {
    label: 'الخروج من هذه الصفحة',
    hint: 'أو اضغط على مفتاح Shift ثلاث مرات للخروج',
    twoMore: 'Shift، اضغط مرتين أخريين للخروج',
    oneMore: 'Shift، اضغط مرة واحدة أخرى للخروج',
    expired: 'انتهت مهلة الخروج من هذه الصفحة',
    exiting: 'جارٍ الخروج…',
  },
  share: {
    share: 'مشاركة',
    shareOn: 'مشاركة على {network}',
    native: 'طرق أخرى للمشاركة',
    email: 'مشاركة عبر البريد الإلكتروني',
    copy: 'نسخ الرابط',
    copied: 'تم نسخ الرابط',
    server: 'خادم ماستودون الخاص بك',
    badServer: 'أدخل اسم خادم مثل mastodon.social',
    image: 'مشاركة صورة',
    change: 'تغيير خادم ماستودون',
    saved: 'تم حفظ الصورة',
  },
  wall: {
    supportedBy: 'بدعم من',
    more: '+ {count} من الداعمين الآخرين',
    join: 'انضم إلى التحالف',
    moreOne: '+ داعم آخر',
  },
} satisfies Words;
