/**
 * The words that name this cause in Seller Center's messages (toasts), per market language, matched on the stored,
 * redacted message outside the page (the content script only tells error toasts from others: observer/toast-words.ts).
 * Lower case, `|`-separated, matched at word starts; no regular-expression characters. When several causes match,
 * the lowest `priority` wins ("payment failed: network error" is payment).
 */
import type { CauseWords } from '../../diagnosis/toast-cause';

export const words: CauseWords = {
  priority: 3,
  signal: 'account-toast',
  byLanguage: {
    en: 'log in|login|sign in|session|verif|account|permission|unauthori|deactivat|suspend',
    id: 'masuk|sesi|verifikasi|akun|izin',
    es: 'iniciar sesión|sesión|verificación|cuenta|permiso',
    vi: 'đăng nhập|phiên|xác minh|tài khoản|quyền',
    th: 'เข้าสู่ระบบ|ยืนยันตัวตน|บัญชี|สิทธิ์',
  },
};
