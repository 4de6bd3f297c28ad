/**
 * The words that name this cause in Seller Center's messages (toasts), per market language, matched on the stored,
 * redacted message outside the page (the content script only tells error toasts from others: observer/toast-words.ts).
 * Lower case, `|`-separated, matched at word starts; no regular-expression characters. When several causes match,
 * the lowest `priority` wins ("payment failed: network error" is payment).
 */
import type { CauseWords } from '../../diagnosis/toast-cause';

export const words: CauseWords = {
  priority: 8,
  signal: 'unstable',
  byLanguage: {
    en: 'network|connection|offline|internet|timed out|timeout',
    id: 'jaringan|koneksi|internet|waktu habis',
    es: 'conexión|internet|tiempo de espera',
    vi: 'mạng|kết nối|hết thời gian',
    th: 'เครือข่าย|การเชื่อมต่อ|อินเทอร์เน็ต|หมดเวลา',
  },
};
