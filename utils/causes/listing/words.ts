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
  priority: 6,
  signal: 'listing-toast',
  byLanguage: {
    en: 'product|listing|sku|image|upload|stock=|stocks=|inventory|price|categor|title|variant',
    id: 'produk|gambar|unggah|stok|harga|kategori|judul|varian',
    ms: 'produk|gambar|imej|muat naik|stok|inventori|harga|kategori|tajuk|varian',
    th: 'สินค้า|รูปภาพ|อัปโหลด|สต็อก|ราคา|หมวดหมู่',
    vi: 'sản phẩm|hình ảnh|tải lên|tồn kho|giá bán|giá sản phẩm|mức giá|giá gốc|danh mục|tiêu đề|phân loại',
    'zh-CN': '商品|产品|图片|上传|库存|价格|类目|标题|规格',
    ja: '商品|画像|アップロード|在庫|価格|カテゴリ|タイトル|バリエーション',
    es: 'producto|publicación|imagen|subir|inventario|existencias|precio|categoría|título|variante',
    'pt-BR': 'produto|anúncio|imagem|enviar imagem|estoque|preço|categoria|título|variação|variante',
    de: 'produkt|artikel|bild|hochlad|bestand|lager|preis|kategorie|titel|variante',
    fr: 'produit|annonce|image|télécharg|importer|stock=|stocks=|rupture de stock|prix|catégorie|titre|variante',
    it: 'prodott|inserzione|immagine|magazzino|scorte|prezzo|categoria|titolo|variante',
  },
};
