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
  priority: 8,
  signal: 'unstable',
  byLanguage: {
    en: 'network|connection|offline|internet|timed out|timeout',
    id: 'jaringan|koneksi|internet|waktu habis|luring',
    ms: 'rangkaian|sambungan|internet|luar talian|tamat masa',
    th: 'เครือข่าย|การเชื่อมต่อ|อินเทอร์เน็ต|หมดเวลา|ออฟไลน์',
    vi: 'mạng|kết nối|hết thời gian|ngoại tuyến',
    'zh-CN': '网络|连接|断网|超时|离线',
    ja: 'ネットワーク|接続|オフライン|タイムアウト|インターネット',
    es: 'la red|de red|conexión|sin conexión|internet|tiempo de espera',
    'pt-BR': 'a rede|de rede|conexão|sem conexão|internet|tempo esgotado|offline',
    de: 'netzwerk|verbindung|internet|offline|zeitüberschreitung',
    fr: "réseau|connexion|internet|hors ligne|délai d'attente|délai dépassé",
    it: 'rete=|connessione|internet|offline|timeout|tempo scaduto',
  },
};
