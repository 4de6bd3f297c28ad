/**
 * Error and success words of Seller Center's messages in the twelve languages: whether a toast whose structure
 * does not say "error" (a role=status toast, a neutral notice) reports one, and whether an alert is in fact a
 * success. Read outside the page, at intake (utils/background/page-messages.ts), so the lists cost the page
 * nothing. Lower case, NFC, `|`-separated, no regular-expression characters. Spaced languages match at the start
 * of a word (`inválid` matches `inválido`); th, zh-CN and ja are written without spaces and match anywhere.
 * German compounds its nouns ("Netzwerkfehler"): the common compounds are listed whole.
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
    'falló|fallo|no se pudo|no se puede|no es posible|inválid|rechazad|caducad|expirad|sin éxito|vuelve a intentar|inténtalo de nuevo',
    // pt-BR
    'falha|falhou|erro|não foi possível|não é possível|recusad|negad|sem sucesso|tente novamente',
    // de
    'fehler|netzwerkfehler|verbindungsfehler|serverfehler|zahlungsfehler|fehlgeschlagen|nicht möglich|konnte nicht|kann nicht|versuche es|versuchen sie es|ungültig|abgelehnt|abgelaufen|nicht erfolgreich|erneut versuchen|verweigert|nicht verfügbar|gesperrt',
    // fr
    'erreur|échec|échoué|impossible|ne peut pas|invalide|refusé|expiré|sans succès|réessayer|réessayez|pas disponible|suspendu',
    // it
    'errore|non riuscit|non può|non valid|rifiutat|scadut|negato|negata|senza successo|riprova|non disponibile|sospes',
  ].join('|'),
  unspaced: [
    // th
    'ผิดพลาด|ล้มเหลว|ลองอีกครั้ง|ลองใหม่|ไม่สามารถ|ไม่ถูกต้อง|ถูกปฏิเสธ|หมดอายุ|ไม่สำเร็จ',
    // zh-CN
    '失败|错误|出错|无法|无效|被拒|已过期|重试|稍后再试|异常|不成功|不可用|已被冻结|过低',
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

/**
 * Words that undo a direct statement: "your account has been unfrozen" (账号已解除冻结) contains "account…frozen"
 * but reports the opposite. A message with one of these is never a direct statement; its ordinary words still count.
 */
export const UNDONE_WORDS = {
  spaced: [
    'unfrozen|unsuspended|reinstated|restored|lifted|reactivated|unblocked',
    'dipulihkan|diaktifkan kembali|dibuka blokirnya|dipulihkan semula|diaktifkan semula',
    'được khôi phục|đã mở khóa|đã mở khoá|được kích hoạt lại',
    'reactivad|restablecid|levantad',
    'reativad|restabelecid|desbloquead',
    'aufgehoben|entsperrt|reaktiviert|wiederhergestellt',
    'levée|levé|rétabli|réactivé|débloqué',
    'riattivat|ripristinat|sbloccat|revocat',
  ].join('|'),
  unspaced: 'ปลดล็อก|ยกเลิกการระงับ|กู้คืน|解除|解冻|恢复|凍結解除|解除され|復旧|再開',
};

export interface Words {
  spaced: string;
  unspaced?: string;
}

const literal = (w: string) => w.replace(/[.*+?^${}()[\]\\]/g, '\\$&');

/**
 * The alternatives of a `|`-list as a pattern: each entry escaped, `…` standing for up to 24 characters of anything
 * (the shortest), the smallest stretch that lets "บัญชี…ถูกระงับ" or "konto…gesperrt" skip a "seller" or a "your";
 * a trailing `=` makes an entry a whole word (`stock=` is not the start of French "stockage").
 */
export const alternatives = (list: string) =>
  list
    .split('|')
    .filter(Boolean)
    .map((w) => {
      const whole = w.endsWith('=');
      const body = (whole ? w.slice(0, -1) : w).split('…').map(literal).join('[\\s\\S]{0,24}?');
      return whole ? `${body}(?![\\p{L}\\p{N}\\p{M}])` : body;
    })
    .join('|');

/** A compiled word set: does a (folded) text hold one of its words? */
export interface WordTest {
  test(text: string): boolean;
}

/** A letter, digit or combining mark: what may not come right before a spaced-language word. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The code point that ends right before `i` (a surrogate pair read whole), or '' at the start. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  const pair = i >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? i - 2 : i - 1, i);
}

/**
 * A match of `re` (global) that starts a word: not right after a letter, digit or mark. The same as a lookbehind
 * `(?<![\p{L}\p{N}\p{M}])` in front of every pattern, without one: each of those Unicode classes is built anew for
 * every expression, and the nine causes' expressions are compiled in every cold start of the service worker, on the
 * way to the popup's first screen (about 4 ms there, bench popup-render-cold). At a start where the word boundary
 * fails no alternative can match with it, so the search goes on from the next character.
 */
function startsWord(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!WORD_CHAR.test(charBefore(text, m.index))) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** One test for a word set: spaced languages' words at a word start, unspaced languages' anywhere. */
export function compileWords(w: Words): WordTest {
  const spaced = w.spaced ? new RegExp(alternatives(w.spaced), 'gu') : undefined;
  const unspaced = w.unspaced ? new RegExp(alternatives(w.unspaced), 'u') : undefined;
  return {
    test: (text) => (unspaced?.test(text) ?? false) || (spaced !== undefined && startsWord(spaced, text)),
  };
}

/** Lower case, composed: the form the word lists are written in. */
export const foldText = (text: string) => text.normalize('NFC').toLowerCase();
