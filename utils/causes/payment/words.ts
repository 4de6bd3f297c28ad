/**
 * The words that name this cause in Seller Center's messages (toasts), per market language, matched on the stored,
 * redacted message outside the page (the content script only tells error toasts from others: observer/toast-words.ts).
 * Lower case, `|`-separated, matched at word starts; no regular-expression characters. When several causes match,
 * the lowest `priority` wins ("payment failed: network error" is payment).
 */
import type { CauseWords } from '../../diagnosis/toast-cause';

export const words: CauseWords = {
  priority: 1,
  signal: 'payment-toast',
  byLanguage: {
    en: 'payment|card|billing|payout|bank|transaction|checkout|wallet|invoice',
    id: 'pembayaran|kartu|tagihan|penarikan|rekening|transaksi',
    es: 'pago|tarjeta|facturación|cobro|transacción',
    vi: 'thanh toán|thẻ|hóa đơn|rút tiền|giao dịch',
    th: 'ชำระเงิน|บัตร|เรียกเก็บเงิน|ถอนเงิน',
  },
};
