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
  priority: 7,
  signal: 'quota-error',
  byLanguage: {
    en: 'storage|quota|clear cache|cookie',
    id: 'penyimpanan|kuota|hapus cache|cache|cookie',
    ms: 'storan|kuota|kosongkan cache|cache|kuki',
    th: 'พื้นที่จัดเก็บ|โควตา|ล้างแคช|แคช|คุกกี้',
    vi: 'bộ nhớ|dung lượng lưu trữ|xóa bộ nhớ đệm|xoá bộ nhớ đệm|bộ nhớ đệm|cookie',
    'zh-CN': '存储|缓存|配额|清除缓存|cookie',
    ja: 'ストレージ|保存容量|キャッシュ|クッキー|cookie',
    es: 'almacenamiento|cuota|borrar caché|caché|cookie',
    'pt-BR': 'armazenamento|cota|limpar cache|cache|cookie',
    de: 'speicherplatz|browserspeicher|lokaler speicher|speicherkontingent|kontingent|cache leeren|cache|cookie',
    fr: 'stockage|quota|vider le cache|cache|cookie',
    it: 'archiviazione|quota|svuota la cache|cache|cookie',
  },
};
