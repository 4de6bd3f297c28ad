/**
 * The words that name this cause in Seller Center's messages (toasts), per market language, matched on the stored,
 * redacted message outside the page (the content script only tells error toasts from others: observer/toast-words.ts).
 * Lower case, `|`-separated, matched at word starts; no regular-expression characters. When several causes match,
 * the lowest `priority` wins ("payment failed: network error" is payment).
 */
import type { CauseWords } from '../../diagnosis/toast-cause';

export const words: CauseWords = {
  priority: 2,
  signal: 'policy-toast',
  byLanguage: {
    en: 'violat|prohibited|restricted|infring|policy|counterfeit',
    id: 'pelanggaran|dilarang|dibatasi|kebijakan',
    es: 'infracción|prohibid|restringid|política',
    vi: 'vi phạm|bị cấm|hạn chế|chính sách',
    th: 'ละเมิด|ต้องห้าม|นโยบาย',
  },
};
