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
  priority: 3,
  signal: 'account-toast',
  directSignal: 'account-deactivated',
  byLanguage: {
    en: 'log in|login|sign in|session|verify|verification|verified|account|permission|unauthori|deactivat|suspend',
    id: 'masuk kembali|silakan masuk|gagal masuk|login|sesi|verifikasi|akun|izin|dinonaktifkan|ditangguhkan',
    ms: 'log masuk|sesi|pengesahan|akaun|kebenaran|dinyahaktifkan|digantung',
    th: 'เข้าสู่ระบบ|ยืนยันตัวตน|บัญชี|สิทธิ์|ถูกระงับ|เซสชัน',
    vi: 'đăng nhập|phiên đăng nhập|phiên làm việc|xác minh|tài khoản|quyền truy cập|không có quyền|bị khóa|bị khoá|bị đình chỉ|vô hiệu hóa|vô hiệu hoá',
    'zh-CN': '登录|会话|验证|认证|账号|账户|权限|停用|冻结|封禁|帐号|帐户',
    ja: 'ログイン|セッション|認証|アカウント|権限|凍結|サインイン',
    es: 'iniciar sesión|inicia sesión|sesión|verificación|tu cuenta|su cuenta|la cuenta|cuenta de|permiso|desactivad|suspendid',
    'pt-BR':
      'faça login|entre novamente|login|sessão|verificação|sua conta|a conta|da conta|conta de|permissão|desativad|suspens',
    de: 'anmeld|sitzung|verifizier|konto|verkäuferkonto|händlerkonto|berechtigung|deaktiviert|gesperrt',
    fr: 'vous connecter|se connecter|reconnect|identifiant|session|vérification|votre compte|le compte|du compte|compte vendeur|autorisation|désactivé|suspendu',
    it: "accedi|effettua l’accesso|effettua l'accesso|accesso negato|sessione|verifica dell|account|autorizzazion|disattivat|sospes",
  },
  direct: {
    en: 'account suspended|account…suspended|account…deactivated|account…banned|account…frozen|account…restricted|account has been disabled|account…disabled',
    id: 'akun ditangguhkan|akun…ditangguhkan|akun…dinonaktifkan|akun…dibekukan|akun…diblokir',
    ms: 'akaun digantung|akaun…digantung|akaun…dinyahaktifkan|akaun…dibekukan|akaun…disekat',
    th: 'บัญชีถูกระงับ|บัญชี…ถูกระงับ|บัญชี…ถูกปิดใช้งาน|ระงับบัญชี',
    vi: 'tài khoản bị đình chỉ|tài khoản…bị đình chỉ|tài khoản…bị khóa|tài khoản…bị vô hiệu hóa|tài khoản…bị khoá|tài khoản…bị vô hiệu hoá',
    'zh-CN':
      '账号被冻结|账号…冻结|账户…冻结|账号…封禁|账号…停用|账户…停用|账号…暂停|账户…暂停|店铺…冻结|帐号…冻结|帐号…封禁|帐户…冻结',
    ja: 'アカウントが停止|アカウント…停止|アカウント…凍結|アカウント…無効',
    es: 'cuenta suspendida|cuenta…suspendida|cuenta…desactivada|cuenta…bloqueada',
    'pt-BR': 'conta suspensa|conta…suspensa|conta…desativada|conta…bloqueada',
    de: 'konto gesperrt|konto…gesperrt|konto…deaktiviert|verkäuferkonto…gesperrt|verkäuferkonto…deaktiviert|händlerkonto…gesperrt|konto…eingeschränkt',
    fr: 'compte suspendu|compte…suspendu|compte…désactivé|compte…bloqué|compte…restreint',
    it: 'account sospeso|account…sospeso|account…disattivato|account…bloccato|account…sospes',
  },
};
