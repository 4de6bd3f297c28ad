import { describe, expect, it } from 'vitest';
import { classifyToastText, reportsError, TOAST_LANGUAGES, toastCause } from '@/utils/causes/toasts';
import { looksLikeError, toastText } from '@/utils/content/toasts';

/** What the page side sends and intake keeps, put together: the error toast's text, or undefined. */
const errorToastText = (e: Element, raw: string) => {
  const t = toastText(e, raw);
  return t && reportsError(t.text, t.neutral) ? t.text : undefined;
};

/** Just enough of an Element for the structural checks. */
const el = (attrs: Record<string, string> = {}, errorChild = false, inAlert = false) =>
  ({
    getAttribute: (n: string) => attrs[n] ?? null,
    querySelector: () => (errorChild ? {} : null),
    closest: () => (inAlert || attrs.role === 'alert' || attrs['aria-live'] === 'assertive' ? {} : null),
  }) as unknown as Element;

describe('error toasts by structure (page side), then words (intake)', () => {
  it('takes role=alert, aria-live=assertive and error classes as errors in any language', () => {
    expect(looksLikeError(el({ role: 'alert' }))).toBe(true);
    expect(looksLikeError(el({ 'aria-live': 'assertive' }))).toBe(true);
    expect(looksLikeError(el({ class: 'arco-message arco-message-error' }))).toBe(true);
    expect(looksLikeError(el({ class: 'toast' }, true))).toBe(true);
    expect(looksLikeError(el({ class: 'toast', role: 'status' }))).toBe(false);
    // a plain element inside an alert container
    expect(looksLikeError(el({ class: 'sim-toast' }, false, true))).toBe(true);
    // a language without a table: the structure decides
    expect(errorToastText(el({ role: 'alert' }), '  商品の保存に  失敗しました ')).toBe('商品の保存に 失敗しました');
  });

  it('needs error words where the structure is neutral, and skips success messages', () => {
    const neutral = el({ class: 'toast', role: 'status' });
    expect(errorToastText(neutral, 'Payment failed, please try again')).toBeDefined();
    expect(errorToastText(neutral, 'Gagal mengunggah gambar produk')).toBeDefined();
    expect(errorToastText(neutral, 'No se pudo procesar el pago')).toBeDefined();
    expect(errorToastText(neutral, 'Lỗi kết nối mạng')).toBeDefined();
    expect(errorToastText(neutral, 'ชำระเงินไม่สำเร็จ')).toBeDefined();
    expect(errorToastText(neutral, 'Your order has shipped')).toBeUndefined();
    expect(errorToastText(el({ role: 'alert' }), 'Product published successfully')).toBeUndefined();
    expect(errorToastText(el({ role: 'alert' }), 'Produk berhasil disimpan')).toBeUndefined();
    expect(errorToastText(el({ role: 'alert' }), 'ชำระเงินสำเร็จ')).toBeUndefined();
    expect(errorToastText(el({ role: 'alert' }), '   ')).toBeUndefined();
    expect(errorToastText(el({ role: 'alert' }), 'x'.repeat(5_000))).toBeUndefined();
    expect(errorToastText(el({ role: 'alert' }), `error ${'y'.repeat(1_000)}`)?.length).toBe(500);
  });

  it('matches words at word starts, so other words do not trigger', () => {
    const neutral = el({ class: 'toast' });
    expect(errorToastText(neutral, 'Terror movie night')).toBeUndefined();
    expect(errorToastText(neutral, 'Unsuccessful upload')).toBeDefined();
  });
});

describe('toast causes (outside the page bundle)', () => {
  it('has English plus market languages', () => {
    expect(TOAST_LANGUAGES.sort()).toEqual(
      ['de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'ms', 'pt-BR', 'th', 'vi', 'zh-CN'].sort(),
    );
  });

  it('names the cause in each language, payment first when several match', () => {
    expect(toastCause('Payment failed: network error')).toBe('payment');
    expect(toastCause('Pembayaran gagal')).toBe('payment');
    expect(toastCause('Gagal mengunggah gambar produk')).toBe('listing');
    expect(toastCause('Produk melanggar kebijakan: pelanggaran')).toBe('policy');
    expect(toastCause('Sesi Anda telah berakhir, silakan masuk kembali')).toBe('account');
    expect(toastCause('No se pudo conectar: error de conexión')).toBe('connectivity');
    expect(toastCause('Lỗi máy chủ, hệ thống bận')).toBe('platform');
    expect(toastCause('ไม่สามารถเชื่อมต่อเครือข่าย')).toBe('connectivity');
    expect(toastCause('This shop is not available in your region')).toBe('geo');
    expect(toastCause('Please update your browser')).toBe('app-version');
    expect(toastCause('Something happened')).toBeUndefined();
    expect(classifyToastText('Upload failed')).toEqual({ error: true, success: false, cause: 'listing' });
  });
});
