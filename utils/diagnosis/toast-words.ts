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

/**
 * Word sets matched as plain text. An entry may hold `…`: up to 24 characters of anything (the shortest stretch)
 * between its parts, so that "บัญชี…ถูกระงับ" or "konto…gesperrt" can skip a "seller" or a "your". A trailing `=`
 * makes it a whole word (`stock=` is not the start of French "stockage").
 *
 * Why not one regular expression per set: the nine causes' sets, in twelve languages, are matched in every cold
 * start of the service worker on the way to the popup's first screen, and V8 compiles such an expression on its
 * first use and again on its second (in Node about 7 ms for all of them, 11 ms with the Unicode classes that the
 * word boundaries need). Here every entry of every set is filed under the first one or two characters of its first
 * part, and a text is read once for all the sets together; a position is looked at only when an entry starts with
 * its character (and, for a spaced language's entry, when a word starts there). In a cold worker, ranking the
 * bench's 500 events with 220 distinct messages took 10-17 ms of compiling and 14-20 ms of ranking with the
 * expressions, against 1-9 and 9-16 ms this way (bench popup-render-cold, median of 8 opens, interleaved).
 * tests/toast-word-boundary.test.ts holds this to the former expressions' answers.
 */
interface Entry {
  /** which of the compiled sets it belongs to */
  set: number;
  parts: string[];
  whole: boolean;
  /** a spaced language's word: only at a word start */
  atWordStart: boolean;
}

/** The longest stretch a `…` stands for, in characters (code points, as the former `u` expressions counted). */
const GAP = 24;

/** A letter, digit or combining mark: what may not come right before a spaced-language word, nor right after a whole one. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const isHigh = (c: number) => (c & 0xfc00) === 0xd800;
const isLow = (c: number) => (c & 0xfc00) === 0xdc00;

/** The code point that starts at `i` (a surrogate pair read whole), or '' at the end. */
function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The index `n` code points after `from` (or the end). */
function codePointsAfter(text: string, from: number, n: number): number {
  let j = from;
  for (let k = 0; k < n && j < text.length; k++)
    j += isHigh(text.charCodeAt(j)) && isLow(text.charCodeAt(j + 1)) ? 2 : 1;
  return j;
}

/** Whether `parts[k..]` follow from `end`, each starting at most GAP characters after the one before it. */
function follows(text: string, e: Entry, k: number, end: number): boolean {
  const part = e.parts[k];
  if (part === undefined) return !e.whole || !WORD_CHAR.test(charAt(text, end));
  const limit = codePointsAfter(text, end, GAP);
  for (let i = text.indexOf(part, end); i >= 0 && i <= limit; i = text.indexOf(part, i + 1))
    if (follows(text, e, k + 1, i + part.length)) return true;
  return false;
}

/** A word set's entries filed by their first code unit (entries of one unit) and first two (the others). */
interface Filed {
  one: Map<number, Entry[]>;
  two: Map<number, Entry[]>;
}

const pairKey = (a: number, b: number) => a * 0x10000 + b;

function fileEntries(filed: Filed, firstUnits: Uint8Array, list: string, set: number, atWordStart: boolean): void {
  for (const w of list.split('|')) {
    if (!w) continue;
    const whole = w.endsWith('=');
    const parts = (whole ? w.slice(0, -1) : w).split('…');
    if (parts.some((p) => !p)) throw new Error(`A word list entry has an empty part: "${w}"`);
    // The reading below steps over a surrogate pair whole, and the former expressions matched whole code points: no
    // part may start with half of one.
    if (parts.some((p) => isHigh(p.charCodeAt(0)) || isLow(p.charCodeAt(0))))
      throw new Error(`A word list entry has a part that starts with an astral character: "${w}"`);
    const first = parts[0] as string;
    const unit = first.charCodeAt(0);
    const [map, key] = first.length === 1 ? [filed.one, unit] : [filed.two, pairKey(unit, first.charCodeAt(1))];
    const entry = { set, parts, whole, atWordStart };
    const same = map.get(key);
    if (same) same.push(entry);
    else map.set(key, [entry]);
    firstUnits[unit] = (firstUnits[unit] as number) | (atWordStart ? SPACED : UNSPACED);
  }
}

/** Bits of `firstUnits`: some spaced (word-start) entry, some unspaced entry starts with this code unit. */
const SPACED = 1;
const UNSPACED = 2;

/** Whether a code unit (or the surrogate pair starting with it) is a letter, digit or mark; ASCII answered inline. */
function isWordAt(text: string, i: number, unit: number): boolean {
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
  return WORD_CHAR.test(charAt(text, i));
}

/** Which of several word sets a (folded) text holds a word of: one flag per set, in the order given. */
export type WordSetsTest = (text: string) => boolean[];

/**
 * Several word sets read together: spaced languages' words at a word start, unspaced languages' anywhere. The text
 * is read once, left to right: at each position only the entries filed under its code units are tried, and spaced
 * ones only where a word starts (where the code point before is not a letter, digit or mark).
 */
export function compileWordSets(sets: readonly Words[]): WordSetsTest {
  const filed: Filed = { one: new Map(), two: new Map() };
  const firstUnits = new Uint8Array(0x10000);
  sets.forEach((w, set) => {
    fileEntries(filed, firstUnits, w.spaced ?? '', set, true);
    fileEntries(filed, firstUnits, w.unspaced ?? '', set, false);
  });
  const tryAt = (text: string, i: number, entries: Entry[] | undefined, wordStart: boolean, found: boolean[]) => {
    if (!entries) return;
    for (const e of entries) {
      if (found[e.set] || (e.atWordStart && !wordStart)) continue;
      const first = e.parts[0] as string;
      if (text.startsWith(first, i) && follows(text, e, 1, i + first.length)) found[e.set] = true;
    }
  };
  return (text) => {
    const found = sets.map(() => false);
    let afterWord = false;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const starts = firstUnits[unit] as number;
      // an entry starts with this unit, and a spaced one could start here
      if (starts & UNSPACED || (starts & SPACED && !afterWord)) {
        const wordStart = !afterWord;
        tryAt(text, i, filed.one.get(unit), wordStart, found);
        if (i + 1 < text.length) tryAt(text, i, filed.two.get(pairKey(unit, text.charCodeAt(i + 1))), wordStart, found);
      }
      afterWord = isWordAt(text, i, unit);
      if (isHigh(unit) && isLow(text.charCodeAt(i + 1))) i++; // a surrogate pair is one character
    }
    return found;
  };
}

/** A compiled word set: does a (folded) text hold one of its words? */
export interface WordTest {
  test(text: string): boolean;
}

/** One word set (see `compileWordSets`). */
export function compileWords(w: Words): WordTest {
  const holds = compileWordSets([w]);
  return { test: (text) => holds(text)[0] === true };
}

/** Lower case, composed: the form the word lists are written in. */
export const foldText = (text: string) => text.normalize('NFC').toLowerCase();
