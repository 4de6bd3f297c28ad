/**
 * The words that name this cause in Seller Center's messages (toasts), per market language, matched on the stored,
 * redacted message outside the page (the content script only tells error toasts from others: observer/toast-words.ts).
 * Lower case, `|`-separated, matched at word starts; no regular-expression characters. When several causes match,
 * the lowest `priority` wins ("payment failed: network error" is payment).
 */
import type { CauseWords } from '../../diagnosis/toast-cause';

export const words: CauseWords = {
  priority: 6,
  signal: 'listing-toast',
  byLanguage: {
    en: 'product|listing|sku|image|upload|stock|inventory|price|categor|title|variant',
    id: 'produk|gambar|unggah|stok|harga|kategori',
    es: 'producto|imagen|subir|inventario|precio|categoría',
    vi: 'sản phẩm|hình ảnh|tải lên|tồn kho|giá|danh mục',
    th: 'สินค้า|รูปภาพ|อัปโหลด|สต็อก|ราคา|หมวดหมู่',
  },
};
