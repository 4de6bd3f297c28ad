/**
 * The words that name this cause in Seller Center's messages (toasts, banners, error pages), per market language,
 * matched on the stored, redacted message outside the page (utils/diagnosis/toast-cause.ts). Lower case,
 * `|`-separated, no regular-expression characters. Spaced languages match at word starts (so a word is also its
 * prefix: keep stems that no common other word starts with); th, zh-CN and ja match anywhere. `direct` phrases are
 * Seller Center stating the problem itself: they win over every cause's ordinary words and make the cause `likely`;
 * `…` in a phrase stands for up to 24 characters of anything. When several causes' words match, the lowest
 * `priority` wins ("payment failed: network error" is payment). Every language's words apply to every message, so
 * a stem must not start another language's word either; a trailing `=` makes an entry a whole word (`stock=`).
 */
import type { CauseWords } from '../../diagnosis/toast-cause';

export const words: CauseWords = {
  priority: 5,
  signal: 'update-browser-message',
  byLanguage: {
    en: 'update your browser|unsupported browser|browser version|outdated browser',
    id: 'perbarui browser|versi browser|browser usang',
    ms: 'kemas kini pelayar|versi pelayar|pelayar lapuk',
    th: 'อัปเดตเบราว์เซอร์|เวอร์ชันเบราว์เซอร์|เบราว์เซอร์ล้าสมัย',
    vi: 'cập nhật trình duyệt|phiên bản trình duyệt|trình duyệt đã cũ',
    'zh-CN': '浏览器版本|升级浏览器|更新浏览器',
    ja: 'ブラウザのバージョン|ブラウザを更新|ブラウザをアップデート',
    es: 'actualiza tu navegador|versión del navegador|navegador desactualizado',
    'pt-BR': 'atualize seu navegador|versão do navegador|navegador desatualizado',
    de: 'browserversion|browser-version|browser aktualisieren|veralteter browser',
    fr: 'version du navigateur|mettez à jour votre navigateur|navigateur obsolète',
    it: 'versione del browser|aggiorna il browser|browser obsoleto',
  },
  direct: {
    en: 'update your browser|browser is outdated|browser version is too old|browser is too old|unsupported browser|browser is not supported|browser version is not supported|upgrade your browser|browser…too old|browser…outdated|browser…not supported',
    id: 'perbarui browser|browser anda sudah usang|versi browser terlalu lama|browser tidak didukung|perbarui peramban|browser…terlalu lama|browser…tidak didukung|browser…usang',
    ms: 'kemas kini pelayar|pelayar anda sudah lapuk|versi pelayar terlalu lama|pelayar tidak disokong|kemas kini penyemak imbas|pelayar…terlalu lama|pelayar…tidak disokong',
    th: 'อัปเดตเบราว์เซอร์|เวอร์ชันเบราว์เซอร์เก่าเกินไป|ไม่รองรับเบราว์เซอร์|เบราว์เซอร์ของคุณล้าสมัย|เบราว์เซอร์…เก่าเกินไป',
    vi: 'cập nhật trình duyệt|trình duyệt đã cũ|phiên bản trình duyệt quá cũ|trình duyệt không được hỗ trợ|nâng cấp trình duyệt|trình duyệt…quá cũ|trình duyệt…không được hỗ trợ',
    'zh-CN':
      '浏览器版本过低|浏览器版本太旧|请升级浏览器|请更新浏览器|不支持该浏览器|不支持当前浏览器|浏览器…过低|浏览器…不支持|浏览器…太旧',
    ja: 'ブラウザを更新|ブラウザのバージョンが古い|ブラウザが古い|サポートされていないブラウザ|ブラウザをアップデート|ブラウザ…古い|ブラウザ…サポートされていません',
    es: 'actualiza tu navegador|actualice su navegador|navegador no compatible|navegador está desactualizado|versión del navegador es demasiado antigua|navegador no es compatible|navegador…desactualizado|navegador…no es compatible',
    'pt-BR':
      'atualize seu navegador|atualize o navegador|navegador desatualizado|navegador não é compatível|navegador não suportado|versão do navegador é muito antiga|navegador…desatualizado|navegador…não é compatível',
    de: 'aktualisiere deinen browser|aktualisieren sie ihren browser|browser wird nicht unterstützt|browser ist veraltet|browserversion ist zu alt|veralteter browser|browser-version ist zu alt|browser-version ist veraltet|browser…veraltet|browser…zu alt',
    fr: "mettez à jour votre navigateur|navigateur n'est pas pris en charge|navigateur est obsolète|version du navigateur est trop ancienne|navigateur non pris en charge|navigateur…obsolète|navigateur…trop ancien",
    it: 'aggiorna il browser|aggiorna il tuo browser|browser non è supportato|browser non supportato|browser è obsoleto|versione del browser è troppo vecchia|browser…obsoleto|browser…troppo vecchi',
  },
};
