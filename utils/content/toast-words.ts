/**
 * Error and success words of toasts in the market languages (English, Indonesian, Spanish, Vietnamese, Thai):
 * the little the content script needs to tell an error toast from an info or success one when the structure
 * alone does not say. Cause tables are in toast-keywords.ts, outside the page's bundle. Words match at the start
 * of a word (`inválid` matches `inválido`); Thai is written without spaces, so it matches anywhere. Lower case,
 * NFC, `|`-separated, no regular-expression characters.
 */
export const ERROR_WORDS = {
  spaced: [
    // en
    "error|fail|unable|could not|couldn't|couldn’t|cannot|can't|invalid|denied|declined|expired|try again|went wrong|not available|rejected|unsuccessful|timed out",
    // id
    'gagal|kesalahan|galat|tidak dapat|tidak bisa|tidak valid|ditolak|kedaluwarsa|coba lagi|terjadi masalah',
    // es
    'falló|fallo|no se pudo|no es posible|inválid|rechazad|caducad|expirad|vuelve a intentar|inténtalo de nuevo',
    // vi
    'lỗi|thất bại|không thể|không hợp lệ|bị từ chối|hết hạn|thử lại',
  ].join('|'),
  // th
  unspaced: 'ผิดพลาด|ล้มเหลว|ไม่สามารถ|ไม่ถูกต้อง|ถูกปฏิเสธ|หมดอายุ|ไม่สำเร็จ',
};

export const SUCCESS_WORDS = {
  spaced:
    'success|saved|completed|updated|published|submitted|berhasil|sukses|tersimpan|éxito|exitosamente|guardado|correctamente|thành công|đã lưu',
  unspaced: 'สำเร็จ',
};

export interface Words {
  spaced: string;
  unspaced?: string;
}

/** One regular expression for a word set. */
export function compileWords(w: Words): RegExp {
  const alts = [];
  if (w.spaced) alts.push(`(?<![\\p{L}\\p{N}])(?:${w.spaced})`);
  if (w.unspaced) alts.push(w.unspaced);
  return new RegExp(alts.join('|') || '$^', 'u');
}

/** Lower case, composed: the form the word lists are written in. */
export const foldText = (text: string) => text.normalize('NFC').toLowerCase();
