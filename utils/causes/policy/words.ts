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
  priority: 2,
  signal: 'policy-toast',
  byLanguage: {
    en: 'violat|prohibited|restricted|infring|policy|counterfeit',
    id: 'pelanggaran|melanggar|dilarang|dibatasi|kebijakan|palsu',
    ms: 'pelanggaran|melanggar|dilarang|terhad|dasar|tiruan|polisi',
    th: 'ละเมิด|ต้องห้าม|นโยบาย|ปลอม|ลิขสิทธิ์',
    vi: 'vi phạm|bị cấm|hạn chế|chính sách|hàng giả|bản quyền',
    'zh-CN': '违规|违反|禁售|禁止|政策|侵权|假冒',
    ja: '違反|禁止|ポリシー|規約|侵害|偽造',
    es: 'infracción|infringe|prohibid|restringid|política|falsificad|incumpl',
    'pt-BR': 'violação|viola|proibid|restrit|política|falsificad|infração',
    de: 'verstoß|verletz|verboten|eingeschränkt|richtlinie|gefälscht',
    fr: 'violation|enfrein|interdit|restreint|politique|règles|contrefa',
    it: 'violazione|viola|vietat|proibit|normativ|contraffatt',
  },
};
