/**
 * Seller Center's messages as a seller in each market would see them (toasts, banners, error pages), per language:
 * ordinary error toasts that name their cause's topic (`possible`), and the four statements in which Seller Center
 * states the problem itself (`likely`). A data table: tests/page-words.test.ts runs each through the diagnosis.
 */
import type { CauseId } from '@/utils/model';

export type Fixture = [cause: CauseId, text: string];
export interface LanguageFixtures {
  ordinary: Fixture[];
  /** account suspended, payment declined, browser too old, not available in your region */
  direct: Fixture[];
}

export const PAGE_MESSAGES: Record<string, LanguageFixtures> = {
  en: {
    ordinary: [
      ['listing', 'Failed to upload product image. Please try again.'],
      ['connectivity', 'Network error. Please check your internet connection and try again.'],
      ['platform', 'System busy, please try again later.'],
      ['policy', 'This product violates TikTok Shop policy and cannot be listed.'],
    ],
    direct: [
      ['account', 'Your seller account has been suspended for violating our policies.'],
      ['payment', 'Your payment was declined. Please use a different card.'],
      ['app-version', 'Your browser version is too old. Please update your browser to continue.'],
      ['geo', 'TikTok Shop Seller Center is not available in your region.'],
    ],
  },
  id: {
    ordinary: [
      ['listing', 'Gagal mengunggah gambar produk. Silakan coba lagi.'],
      ['connectivity', 'Koneksi jaringan bermasalah. Periksa internet Anda dan coba lagi.'],
      ['platform', 'Sistem sibuk, silakan coba lagi nanti.'],
      ['policy', 'Produk ini melanggar kebijakan TikTok Shop dan tidak dapat ditayangkan.'],
    ],
    direct: [
      ['account', 'Akun penjual Anda telah ditangguhkan karena melanggar kebijakan.'],
      ['payment', 'Pembayaran ditolak. Silakan gunakan kartu lain.'],
      ['app-version', 'Versi browser terlalu lama. Perbarui browser Anda untuk melanjutkan.'],
      ['geo', 'TikTok Shop tidak tersedia di wilayah Anda.'],
    ],
  },
  ms: {
    ordinary: [
      ['listing', 'Gagal memuat naik gambar produk. Sila cuba lagi.'],
      ['connectivity', 'Ralat rangkaian. Sila semak sambungan internet anda.'],
      ['platform', 'Sistem sibuk, sila cuba lagi kemudian.'],
      ['policy', 'Produk ini melanggar dasar TikTok Shop dan tidak dapat disenaraikan.'],
    ],
    direct: [
      ['account', 'Akaun penjual anda telah digantung kerana melanggar dasar.'],
      ['payment', 'Pembayaran ditolak. Sila gunakan kad lain.'],
      ['app-version', 'Versi pelayar terlalu lama. Sila kemas kini pelayar anda.'],
      ['geo', 'TikTok Shop tidak tersedia di rantau anda.'],
    ],
  },
  th: {
    ordinary: [
      ['listing', 'อัปโหลดรูปภาพสินค้าไม่สำเร็จ กรุณาลองอีกครั้ง'],
      ['connectivity', 'การเชื่อมต่อเครือข่ายล้มเหลว โปรดตรวจสอบอินเทอร์เน็ตของคุณ'],
      ['platform', 'ระบบไม่ว่าง โปรดลองอีกครั้งในภายหลัง'],
      ['policy', 'ไม่สามารถลงขายสินค้าได้เนื่องจากละเมิดนโยบาย'],
    ],
    direct: [
      ['account', 'บัญชีผู้ขายของคุณถูกระงับเนื่องจากละเมิดนโยบายผู้ขาย'],
      ['payment', 'การชำระเงินถูกปฏิเสธ โปรดใช้บัตรอื่น'],
      ['app-version', 'เวอร์ชันเบราว์เซอร์ของคุณเก่าเกินไป โปรดอัปเดตเบราว์เซอร์'],
      ['geo', 'TikTok Shop ไม่พร้อมให้บริการในภูมิภาคของคุณ'],
    ],
  },
  vi: {
    ordinary: [
      ['listing', 'Tải lên hình ảnh sản phẩm thất bại. Vui lòng thử lại.'],
      ['connectivity', 'Lỗi kết nối mạng. Vui lòng kiểm tra internet của bạn.'],
      ['platform', 'Hệ thống bận, vui lòng thử lại sau.'],
      ['policy', 'Sản phẩm vi phạm chính sách của TikTok Shop và không thể đăng bán.'],
    ],
    direct: [
      ['account', 'Tài khoản người bán của bạn đã bị đình chỉ do vi phạm chính sách.'],
      ['payment', 'Thanh toán bị từ chối. Vui lòng dùng thẻ khác.'],
      ['app-version', 'Phiên bản trình duyệt quá cũ. Vui lòng cập nhật trình duyệt.'],
      ['geo', 'TikTok Shop không khả dụng ở khu vực của bạn.'],
    ],
  },
  'zh-CN': {
    ordinary: [
      ['listing', '商品图片上传失败，请重试'],
      ['connectivity', '网络连接异常，请检查网络后重试'],
      ['platform', '系统繁忙，请稍后再试'],
      ['policy', '商品违反平台政策，无法发布'],
    ],
    direct: [
      ['account', '您的店铺账号已被冻结，请联系客服'],
      ['payment', '支付失败，您的银行卡被拒绝'],
      ['app-version', '浏览器版本过低，请升级浏览器后重试'],
      ['geo', '当前地区暂不支持使用TikTok Shop'],
    ],
  },
  ja: {
    ordinary: [
      ['listing', '商品画像のアップロードに失敗しました。もう一度お試しください。'],
      ['connectivity', 'ネットワークエラーが発生しました。接続を確認してください。'],
      ['platform', 'システムが混雑しています。しばらくしてからもう一度お試しください。'],
      ['policy', 'この商品はポリシーに違反しているため出品できません。'],
    ],
    direct: [
      ['account', 'セラーアカウントが停止されました。'],
      ['payment', 'お支払いが拒否されました。別のカードをご利用ください。'],
      ['app-version', 'お使いのブラウザのバージョンが古いため、ご利用いただけません。ブラウザを更新してください。'],
      ['geo', 'お住まいの地域ではTikTok Shopをご利用いただけません。'],
    ],
  },
  es: {
    ordinary: [
      ['listing', 'No se pudo subir la imagen del producto. Inténtalo de nuevo.'],
      ['connectivity', 'Error de conexión. Comprueba tu conexión a internet.'],
      ['platform', 'El sistema está ocupado. Vuelve a intentarlo más tarde.'],
      ['policy', 'Este producto infringe la política de TikTok Shop y no se puede publicar.'],
    ],
    direct: [
      ['account', 'Tu cuenta de vendedor ha sido suspendida por incumplir las políticas.'],
      ['payment', 'Pago rechazado. Usa otra tarjeta.'],
      ['app-version', 'La versión de tu navegador es demasiado antigua. Actualiza tu navegador para continuar.'],
      ['geo', 'TikTok Shop no está disponible en tu región.'],
    ],
  },
  'pt-BR': {
    ordinary: [
      ['listing', 'Falha ao enviar a imagem do produto. Tente novamente.'],
      ['connectivity', 'Erro de conexão. Verifique sua internet e tente novamente.'],
      ['platform', 'Sistema ocupado. Tente novamente mais tarde.'],
      ['policy', 'Não foi possível publicar: o produto viola a política do TikTok Shop.'],
    ],
    direct: [
      ['account', 'Sua conta de vendedor foi suspensa por violar as políticas.'],
      ['payment', 'Pagamento recusado. Use outro cartão.'],
      ['app-version', 'A versão do navegador é muito antiga. Atualize seu navegador.'],
      ['geo', 'O TikTok Shop não está disponível na sua região.'],
    ],
  },
  de: {
    ordinary: [
      ['listing', 'Das Produktbild konnte nicht hochgeladen werden.'],
      ['connectivity', 'Netzwerkfehler. Bitte überprüfe deine Internetverbindung.'],
      ['platform', 'Das System ist ausgelastet. Bitte versuche es später erneut.'],
      ['policy', 'Dieses Produkt verstößt gegen die Richtlinien von TikTok Shop und kann nicht veröffentlicht werden.'],
    ],
    direct: [
      ['account', 'Dein Verkäuferkonto wurde gesperrt.'],
      ['payment', 'Zahlung abgelehnt. Bitte verwende eine andere Karte.'],
      ['app-version', 'Deine Browserversion ist zu alt. Bitte aktualisiere deinen Browser.'],
      ['geo', 'TikTok Shop ist in deiner Region nicht verfügbar.'],
    ],
  },
  fr: {
    ordinary: [
      ['listing', "Échec du téléchargement de l'image du produit. Veuillez réessayer."],
      ['connectivity', 'Erreur réseau. Vérifiez votre connexion Internet.'],
      ['platform', 'Le système est occupé. Veuillez réessayer plus tard.'],
      ['policy', 'Ce produit enfreint la politique de TikTok Shop et ne peut pas être publié.'],
    ],
    direct: [
      ['account', 'Votre compte vendeur a été suspendu pour non-respect des règles.'],
      ['payment', 'Paiement refusé. Veuillez utiliser une autre carte.'],
      ['app-version', 'La version de votre navigateur est trop ancienne. Mettez à jour votre navigateur.'],
      ['geo', "TikTok Shop n'est pas disponible dans votre région."],
    ],
  },
  it: {
    ordinary: [
      ['listing', "Caricamento dell'immagine del prodotto non riuscito. Riprova."],
      ['connectivity', 'Errore di rete. Controlla la tua connessione a Internet.'],
      ['platform', 'Il sistema è occupato. Riprova più tardi.'],
      ['policy', 'Questo prodotto viola le normative di TikTok Shop e non può essere pubblicato.'],
    ],
    direct: [
      ['account', 'Il tuo account venditore è stato sospeso per violazione delle normative.'],
      ['payment', "Pagamento rifiutato. Usa un'altra carta."],
      ['app-version', 'La versione del browser è troppo vecchia. Aggiorna il browser.'],
      ['geo', 'TikTok Shop non è disponibile nella tua regione.'],
    ],
  },
};

/** Words that start like a cause's word but mean something else: each must not name that cause. */
export const NEAR_MISSES: [lang: string, text: string, cause: CauseId | undefined][] = [
  ['it', 'Si è verificato un errore durante il caricamento del prodotto.', 'listing'],
  ['id', 'Masukkan harga yang valid.', 'listing'],
  ['fr', 'Espace de stockage insuffisant.', 'cache'],
  ['de', 'Speichern des Produkts fehlgeschlagen.', 'listing'],
  ['th', 'กรุณาอัปโหลดบัตรประชาชนเพื่อยืนยันตัวตน', 'account'],
  ['es', 'No se pudo reducir el precio.', 'listing'],
  ['ms', 'Sila masukkan bilangan stok yang sah.', 'listing'],
  ['vi', 'Phiên bản ứng dụng đã được cập nhật, vui lòng tải lại.', undefined],
  ['pt-BR', 'Entre em contato com o suporte.', undefined],
  ['it', 'Accessori: categoria non disponibile.', 'listing'],
  ['en', 'Could not save: select the country of origin for this product.', 'listing'],
  ['es', 'Ten en cuenta que el envío puede tardar.', undefined],
  ['fr', 'Compte tenu de la forte demande, réessayez plus tard.', 'platform'],
  ['de', 'Speicherplatz im Browser voll.', 'cache'],
  ['vi', 'Vi phạm bản quyền: sản phẩm đã bị gỡ.', 'policy'],
  ['th', 'สินค้าละเมิดลิขสิทธิ์', 'policy'],
  ['de', 'Die Produktdaten sind veraltet.', 'listing'],
  ['en', 'Your shipping template is outdated.', undefined],
  ['pt-BR', 'Não foi possível carregar a página.', undefined],
  ['pt-BR', 'Envie o cartão CNPJ para verificação.', 'account'],
  ['id', 'Unggah foto kartu identitas untuk verifikasi.', 'account'],
  ['vi', 'Giá trị không hợp lệ.', undefined],
  ['ja', 'ファイルの容量が大きすぎます。', undefined],
];
