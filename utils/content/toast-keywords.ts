/**
 * Which cause a toast's text names, per market language. Used outside the page (diagnosis, report) on the stored,
 * redacted toast message, so that these tables can grow without weighing on the content script; the content
 * script only tells error toasts from others (toast-words.ts). Same matching rules as there; no regular-expression
 * characters in the words.
 */
import type { CauseId } from '../model';
import { compileWords, ERROR_WORDS, foldText, SUCCESS_WORDS } from './toast-words';

type CauseWords = Partial<Record<CauseId, string>>;

const TABLES: { lang: string; spaced: boolean; causes: CauseWords }[] = [
  {
    lang: 'en',
    spaced: true,
    causes: {
      payment: 'payment|card|billing|payout|bank|transaction|checkout|wallet|invoice',
      policy: 'violat|prohibited|restricted|infring|policy|counterfeit',
      account: 'log in|login|sign in|session|verif|account|permission|unauthori|deactivat|suspend',
      listing: 'product|listing|sku|image|upload|stock|inventory|price|categor|title|variant',
      connectivity: 'network|connection|offline|internet|timed out|timeout',
      platform: 'system busy|server|service unavailable|maintenance|internal error|try again later',
      geo: 'region|country|not available in your',
      'app-version': 'update your browser|unsupported browser|browser version|outdated',
      cache: 'storage|quota|clear cache|cookie',
    },
  },
  {
    lang: 'id',
    spaced: true,
    causes: {
      payment: 'pembayaran|kartu|tagihan|penarikan|rekening|transaksi',
      policy: 'pelanggaran|dilarang|dibatasi|kebijakan',
      account: 'masuk|sesi|verifikasi|akun|izin',
      listing: 'produk|gambar|unggah|stok|harga|kategori',
      connectivity: 'jaringan|koneksi|internet|waktu habis',
      platform: 'sistem sibuk|server|pemeliharaan',
      geo: 'wilayah|negara',
      'app-version': 'perbarui browser',
      cache: 'penyimpanan|cache',
    },
  },
  {
    lang: 'es',
    spaced: true,
    causes: {
      payment: 'pago|tarjeta|facturación|cobro|transacción',
      policy: 'infracción|prohibid|restringid|política',
      account: 'iniciar sesión|sesión|verificación|cuenta|permiso',
      listing: 'producto|imagen|subir|inventario|precio|categoría',
      connectivity: 'conexión|internet|tiempo de espera',
      platform: 'sistema ocupado|servidor|mantenimiento',
      geo: 'región|país',
      'app-version': 'actualiza tu navegador',
      cache: 'almacenamiento|caché',
    },
  },
  {
    lang: 'vi',
    spaced: true,
    causes: {
      payment: 'thanh toán|thẻ|hóa đơn|rút tiền|giao dịch',
      policy: 'vi phạm|bị cấm|hạn chế|chính sách',
      account: 'đăng nhập|phiên|xác minh|tài khoản|quyền',
      listing: 'sản phẩm|hình ảnh|tải lên|tồn kho|giá|danh mục',
      connectivity: 'mạng|kết nối|hết thời gian',
      platform: 'hệ thống bận|máy chủ|bảo trì',
      geo: 'khu vực|quốc gia',
      'app-version': 'cập nhật trình duyệt',
      cache: 'bộ nhớ',
    },
  },
  {
    lang: 'th',
    spaced: false,
    causes: {
      payment: 'ชำระเงิน|บัตร|เรียกเก็บเงิน|ถอนเงิน',
      policy: 'ละเมิด|ต้องห้าม|นโยบาย',
      account: 'เข้าสู่ระบบ|ยืนยันตัวตน|บัญชี|สิทธิ์',
      listing: 'สินค้า|รูปภาพ|อัปโหลด|สต็อก|ราคา|หมวดหมู่',
      connectivity: 'เครือข่าย|การเชื่อมต่อ|อินเทอร์เน็ต|หมดเวลา',
      platform: 'ระบบไม่ว่าง|เซิร์ฟเวอร์|ปิดปรับปรุง',
      geo: 'ภูมิภาค|ประเทศ',
    },
  },
];

/** The languages with tables, for tests and docs. */
export const TOAST_LANGUAGES = TABLES.map((t) => t.lang);

/** When several causes match, the first in this order wins ("payment failed: network error" is payment). */
export const CAUSE_PRIORITY: readonly CauseId[] = [
  'payment',
  'policy',
  'account',
  'geo',
  'app-version',
  'listing',
  'cache',
  'connectivity',
  'platform',
];

let compiled: { error: RegExp; success: RegExp; causes: [CauseId, RegExp][] } | undefined;

function tables() {
  compiled ??= {
    error: compileWords(ERROR_WORDS),
    success: compileWords(SUCCESS_WORDS),
    causes: CAUSE_PRIORITY.map((cause) => {
      const spaced = TABLES.filter((t) => t.spaced && t.causes[cause]).map((t) => t.causes[cause]);
      const unspaced = TABLES.filter((t) => !t.spaced && t.causes[cause]).map((t) => t.causes[cause]);
      return [cause, compileWords({ spaced: spaced.join('|'), unspaced: unspaced.join('|') })];
    }),
  };
  return compiled;
}

/** The cause a toast's text names, in any of the tables' languages; undefined when it names none. */
export function toastCause(text: string): CauseId | undefined {
  const t = foldText(text);
  return tables().causes.find(([, re]) => re.test(t))?.[0];
}

/** Error words, success words and the cause named, for a toast's text. */
export function classifyToastText(text: string): { error: boolean; success: boolean; cause?: CauseId } {
  const t = foldText(text);
  const k = tables();
  return { error: k.error.test(t), success: k.success.test(t), cause: toastCause(text) };
}
