/**
 * Error and success words of Seller Center's messages in the twelve languages: whether a toast whose structure
 * does not say "error" (a role=status toast, a neutral notice) reports one, and whether an alert is in fact a
 * success. Read outside the page, at intake (utils/background/page-messages.ts), so the lists cost the page
 * nothing. Lower case, NFC, `|`-separated, no regular-expression characters. Spaced languages match at the start
 * of a word (`inválid` matches `inválido`); th, zh-CN and ja are written without spaces and match anywhere.
 * Negated success ("tidak berhasil", "不成功") is listed as an error: error words are read first.
 */
export const ERROR_WORDS = {
  spaced: [
    // en
    "error|fail|unable|could not|couldn't|couldn’t|cannot|can't|invalid|denied|declined|expired|try again|went wrong|not available|rejected|unsuccessful|not successful|timed out",
    // id
    'gagal|kesalahan|galat|tidak dapat|tidak bisa|tidak valid|tidak berhasil|ditolak|kedaluwarsa|coba lagi|terjadi masalah',
    // ms
    'ralat|tidak sah|tidak berjaya|tamat tempoh|cuba lagi|berlaku masalah',
    // vi
    'lỗi|thất bại|không thể|không hợp lệ|không thành công|bị từ chối|hết hạn|thử lại',
    // es
    'falló|fallo|no se pudo|no es posible|inválid|rechazad|caducad|expirad|sin éxito|vuelve a intentar|inténtalo de nuevo',
    // pt-BR
    'falha|falhou|erro|não foi possível|não é possível|recusad|negad|sem sucesso|tente novamente',
    // de
    'fehler|fehlgeschlagen|nicht möglich|konnte nicht|ungültig|abgelehnt|abgelaufen|nicht erfolgreich|erneut versuchen|verweigert|nicht verfügbar|gesperrt',
    // fr
    'erreur|échec|échoué|impossible|invalide|refusé|expiré|sans succès|réessayer|réessayez|pas disponible|suspendu',
    // it
    'errore|non riuscit|non valid|rifiutat|scadut|negato|negata|senza successo|riprova|non disponibile|sospes',
  ].join('|'),
  unspaced: [
    // th
    'ผิดพลาด|ล้มเหลว|ไม่สามารถ|ไม่ถูกต้อง|ถูกปฏิเสธ|หมดอายุ|ไม่สำเร็จ',
    // zh-CN
    '失败|错误|出错|无法|无效|被拒|已过期|请重试|异常|不成功|不可用|已被冻结|过低',
    // ja
    'エラー|失敗|できません|無効|拒否|期限切れ|もう一度|問題が発生|停止|古い|成功しません',
  ].join('|'),
};

export const SUCCESS_WORDS = {
  spaced: [
    'success|saved|completed|updated|published|submitted',
    'berhasil|sukses|tersimpan|berjaya|disimpan',
    'thành công|đã lưu',
    'éxito|exitosamente|guardado|correctamente',
    'sucesso|salvo|concluído|atualizado|publicado',
    'erfolgreich|gespeichert|aktualisiert|veröffentlicht',
    'succès|enregistré|réussi|mis à jour|publié',
    'successo|salvat|completat|aggiornat|pubblicat',
  ].join('|'),
  unspaced: 'สำเร็จ|成功|已保存|保存しました|完了しました',
};

export interface Words {
  spaced: string;
  unspaced?: string;
}

const literal = (w: string) => w.replace(/[.*+?^${}()[\]\\]/g, '\\$&');

/**
 * The alternatives of a `|`-list as a pattern: each entry escaped, `…` standing for up to 24 characters of anything
 * (the shortest), the smallest stretch that lets "บัญชี…ถูกระงับ" or "konto…gesperrt" skip a "seller" or a "your".
 */
const alternatives = (list: string) =>
  list
    .split('|')
    .filter(Boolean)
    .map((w) => w.split('…').map(literal).join('[\\s\\S]{0,24}?'))
    .join('|');

/** One regular expression for a word set. */
export function compileWords(w: Words): RegExp {
  const alts = [];
  if (w.spaced) alts.push(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives(w.spaced)})`);
  if (w.unspaced) alts.push(alternatives(w.unspaced));
  return new RegExp(alts.join('|') || '$^', 'u');
}

/** Lower case, composed: the form the word lists are written in. */
export const foldText = (text: string) => text.normalize('NFC').toLowerCase();
