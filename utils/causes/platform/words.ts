/**
 * The words that name this cause in Seller Center's messages (toasts), per market language, matched on the stored,
 * redacted message outside the page (the content script only tells error toasts from others: observer/toast-words.ts).
 * Lower case, `|`-separated, matched at word starts; no regular-expression characters. When several causes match,
 * the lowest `priority` wins ("payment failed: network error" is payment).
 */
import type { CauseWords } from '../../diagnosis/toast-cause';

export const words: CauseWords = {
  priority: 9,
  signal: 'maintenance',
  byLanguage: {
    en: 'system busy|server|service unavailable|maintenance|internal error|try again later',
    id: 'sistem sibuk|server|pemeliharaan',
    es: 'sistema ocupado|servidor|mantenimiento',
    vi: 'hệ thống bận|máy chủ|bảo trì',
    th: 'ระบบไม่ว่าง|เซิร์ฟเวอร์|ปิดปรับปรุง',
  },
};
