/**
 * The words that name this cause in Seller Center's messages (toasts), per market language, matched on the stored,
 * redacted message outside the page (the content script only tells error toasts from others: observer/toast-words.ts).
 * Lower case, `|`-separated, matched at word starts; no regular-expression characters. When several causes match,
 * the lowest `priority` wins ("payment failed: network error" is payment).
 */
import type { CauseWords } from '../../diagnosis/toast-cause';

export const words: CauseWords = {
  priority: 5,
  signal: 'update-browser-message',
  byLanguage: {
    en: 'update your browser|unsupported browser|browser version|outdated',
    id: 'perbarui browser',
    es: 'actualiza tu navegador',
    vi: 'cập nhật trình duyệt',
  },
};
