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
  priority: 9,
  signal: 'maintenance',
  byLanguage: {
    en: 'system busy|server|service unavailable|maintenance|internal error|try again later',
    id: 'sistem sibuk|server|pemeliharaan|layanan tidak tersedia|kesalahan internal|coba lagi nanti',
    ms: 'sistem sibuk|pelayan|penyelenggaraan|perkhidmatan tidak tersedia|ralat dalaman|cuba lagi kemudian',
    th: 'ระบบไม่ว่าง|ระบบขัดข้อง|เซิร์ฟเวอร์|ปิดปรับปรุง|บำรุงรักษา',
    vi: 'hệ thống bận|máy chủ|bảo trì|dịch vụ không khả dụng|lỗi nội bộ|thử lại sau',
    'zh-CN': '系统繁忙|服务器|维护|服务不可用|内部错误|稍后再试|稍后重试',
    ja: 'システムが混雑|サーバー|メンテナンス|サービスを利用できません|内部エラー|しばらくしてから',
    es: 'sistema ocupado|servidor|mantenimiento|servicio no disponible|error interno|más tarde',
    'pt-BR': 'sistema ocupado|servidor|manutenção|serviço indisponível|erro interno|mais tarde',
    de: 'system ausgelastet|server|wartung|dienst nicht verfügbar|interner fehler|später erneut',
    fr: 'système occupé|serveur|maintenance|service indisponible|erreur interne|plus tard',
    it: 'sistema occupato|server|manutenzione|servizio non disponibile|errore interno|più tardi',
  },
};
