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
  // after listing's words: a product's "country of origin" is a listing field, not the seller's region; Seller
  // Center saying the service is unavailable in the region is a direct phrase and wins anyway
  priority: 6.5,
  signal: 'region-message',
  byLanguage: {
    en: 'region|country|not available in your',
    id: 'wilayah|negara',
    ms: 'rantau|negara|wilayah',
    th: 'ภูมิภาค|ประเทศ',
    vi: 'khu vực|quốc gia',
    'zh-CN': '地区|国家',
    ja: '地域|お住まいの国',
    es: 'región|país',
    'pt-BR': 'região|país',
    de: 'region|ihrem land|deinem land',
    fr: 'région|pays',
    it: 'regione|paese',
  },
  direct: {
    en: 'not available in your region|not available in your country|not available in your area|unavailable in your region|not supported in your region',
    id: 'tidak tersedia di wilayah|tidak tersedia di negara|tidak tersedia di daerah',
    ms: 'tidak tersedia di rantau|tidak tersedia di negara|tidak tersedia di wilayah',
    th: 'ไม่พร้อมให้บริการในภูมิภาค|ไม่พร้อมใช้งานในภูมิภาค|ไม่พร้อมให้บริการในประเทศ|ไม่รองรับในประเทศ|ไม่รองรับในภูมิภาค',
    vi: 'không khả dụng ở khu vực|không khả dụng tại khu vực|không khả dụng ở quốc gia|không có sẵn ở khu vực|không hỗ trợ tại khu vực',
    'zh-CN': '地区…不可用|地区…不支持|不支持…地区|国家…不可用|地区暂不可用|该地区…不可用|所在地区…暂不支持',
    ja: 'お住まいの地域では|地域…利用できません|国…利用できません|地域…ご利用いただけません',
    es: 'no está disponible en tu región|no está disponible en su región|no disponible en tu país|no está disponible en tu país',
    'pt-BR':
      'não está disponível na sua região|não disponível no seu país|indisponível na sua região|não está disponível no seu país',
    de: 'in deiner region nicht verfügbar|in ihrer region nicht verfügbar|in ihrem land nicht verfügbar|in deinem land nicht verfügbar',
    fr: 'pas disponible dans votre région|pas disponible dans votre pays|indisponible dans votre région',
    it: 'non disponibile nella tua regione|non è disponibile nella tua regione|non disponibile nel tuo paese|non è disponibile nel tuo paese',
  },
};
