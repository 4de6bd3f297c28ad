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
  priority: 1,
  signal: 'payment-toast',
  byLanguage: {
    en: 'payment|card|billing|payout|bank|transaction|checkout|wallet|invoice',
    id: 'pembayaran|kartu kredit|kartu debit|kartu anda|tagihan|penarikan|rekening|transaksi',
    ms: 'pembayaran|kad kredit|kad debit|kad bank|pengebilan|bil anda|pengeluaran wang|pengeluaran dana|akaun bank|transaksi|dompet',
    th: 'ชำระเงิน|บัตรเครดิต|บัตรเดบิต|เรียกเก็บเงิน|ถอนเงิน|ธุรกรรม|การจ่ายเงิน|บัญชีธนาคาร',
    vi: 'thanh toán|thẻ tín dụng|thẻ ghi nợ|thẻ ngân hàng|thẻ của bạn|hóa đơn|hoá đơn|rút tiền|giao dịch|ví điện tử|ví tiền|tài khoản ngân hàng',
    'zh-CN': '支付|付款|银行卡|信用卡|结算|提现|账单|交易|收款|银行账户|钱包',
    ja: '支払い|決済|カード|請求|振込|出金|取引',
    es: 'pago|tarjeta|facturación|cobro|transacción|retiro|monedero|cuenta bancaria',
    'pt-BR':
      'pagamento|cartão de crédito|cartão de débito|seu cartão|cobrança|fatura|saque|transação|carteira|conta bancária',
    de: 'zahlung|karte|abrechnung|auszahlung|bankkonto|transaktion|rechnung',
    fr: 'paiement|carte|facturation|virement|versement|transaction|portefeuille|compte bancaire',
    it: 'pagament|carta|fatturazione|bonifico|transazione|portafoglio|conto bancario',
  },
  direct: {
    en: 'payment declined|card declined|card was declined|payment was declined|payment failed|transaction declined|payment…declined|card…declined',
    id: 'pembayaran ditolak|kartu ditolak|pembayaran gagal|pembayaran…ditolak|kartu…ditolak',
    ms: 'pembayaran ditolak|kad ditolak|pembayaran gagal|pembayaran…ditolak|kad…ditolak',
    th: 'การชำระเงินถูกปฏิเสธ|บัตรถูกปฏิเสธ|ชำระเงินไม่สำเร็จ|การชำระเงินล้มเหลว|ชำระเงิน…ถูกปฏิเสธ|บัตร…ถูกปฏิเสธ',
    vi: 'thanh toán bị từ chối|thẻ bị từ chối|thanh toán thất bại|thanh toán không thành công|thanh toán…bị từ chối|thẻ…bị từ chối|thanh toán…không thành công',
    'zh-CN': '支付失败|付款失败|支付被拒|付款被拒|银行卡被拒|支付…被拒绝|银行卡…被拒|信用卡…被拒',
    ja: '支払いが拒否|決済に失敗|カードが拒否|支払いに失敗|決済が拒否|支払い…拒否|カード…拒否',
    es: 'pago rechazado|tarjeta rechazada|el pago falló|pago fallido|pago denegado|pago…rechazado|tarjeta…rechazada',
    'pt-BR':
      'pagamento recusado|cartão recusado|falha no pagamento|pagamento negado|pagamento…recusado|cartão…recusado',
    de: 'zahlung abgelehnt|karte abgelehnt|zahlung fehlgeschlagen|zahlung…abgelehnt|karte…abgelehnt',
    fr: 'paiement refusé|carte refusée|échec du paiement|paiement a échoué|paiement…refusé|carte…refusée',
    it: 'pagamento rifiutato|carta rifiutata|pagamento non riuscito|pagamento fallito|pagamento…rifiutato|carta…rifiutata',
  },
};
