/**
 * Seller Center's messages in the twelve languages, through the real diagnosis: each ranks its cause first, and a
 * message in which Seller Center states the problem itself makes its cause `likely`. Also: intake keeps error
 * messages whatever the structure said, drops success ones, and the market a message came from survives.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessagesOnly } from '@/utils/background/page-messages';
import { CAUSES } from '@/utils/causes/registry';
import { reportsError, TOAST_LANGUAGES, toastCause } from '@/utils/causes/toasts';
import { diagnose } from '@/utils/diagnosis';
import { findingText } from '@/utils/diagnosis/render';
import type { CauseId, EventGroupDelta } from '@/utils/model';
import { ev, NOW } from './diagnosis-fixtures';
import { reachable } from './helpers/source-scan';
import { NEAR_MISSES, PAGE_MESSAGES } from './page-words.fixtures';

/** Causes whose rules measure (probes) and read no toasts. */
const MEASURED = new Set<CauseId>(['connectivity', 'cache']);

const verdictOf = (text: string, pageHost?: string) => {
  const d = diagnose(
    CAUSES,
    [ev('toast', { message: text, source: 'dom', ...(pageHost && { pageHost }) })],
    [],
    [],
    NOW,
  );
  return { first: d.causes[0], all: d.causes };
};

describe('page messages in every market language', () => {
  it('has fixtures for each of the twelve languages', () => {
    expect(Object.keys(PAGE_MESSAGES).sort()).toEqual([...TOAST_LANGUAGES].sort());
  });

  for (const [lang, { ordinary, direct }] of Object.entries(PAGE_MESSAGES)) {
    describe(lang, () => {
      it.each(ordinary)('%s: "%s" ranks its cause first', (cause: CauseId, text: string) => {
        expect(toastCause(text)).toBe(cause);
        // a neutral toast (role=status) counts only on its words: each of these reads as an error
        expect(reportsError(text, true)).toBe(true);
        const { first, all } = verdictOf(text);
        if (MEASURED.has(cause)) {
          // its rule measures rather than reads toasts: the words only keep the message off every other cause
          expect(all.filter((c) => c.status !== 'unknown' && c.status !== 'clear')).toEqual([]);
          return;
        }
        expect(first?.id).toBe(cause);
        expect(first?.status).toBe('possible');
      });

      it('has the four direct statements', () => {
        expect(direct.map(([c]) => c).sort()).toEqual(['account', 'app-version', 'geo', 'payment']);
      });

      it.each(direct)('%s: "%s" is direct evidence: first and likely', (cause: CauseId, text: string) => {
        const { first } = verdictOf(text);
        expect(first?.id).toBe(cause);
        expect(first?.status).toBe('likely');
        expect(reportsError(text, true)).toBe(true);
      });
    });
  }

  it('ranks a Thai seller-account suspension for a policy violation as account, not policy', () => {
    const { first, all } = verdictOf('บัญชีผู้ขายของคุณถูกระงับเนื่องจากละเมิดนโยบายผู้ขาย');
    expect([first?.id, first?.status]).toEqual(['account', 'likely']);
    expect(first?.evidence[0]?.signal).toBe('account-deactivated');
    expect(all.find((c) => c.id === 'policy')?.status).toBe('unknown');
  });

  it('a statement that the problem was lifted is no direct statement', () => {
    for (const text of [
      '您的账号已解除冻结',
      'Your account suspension has been lifted',
      'Dein Konto wurde entsperrt.',
    ]) {
      expect(verdictOf(text).first?.status, text).not.toBe('likely');
    }
    expect(verdictOf('บัญชีของคุณได้รับการยกเลิกการระงับแล้ว').first?.status).not.toBe('likely');
  });

  it('takes a German "browser version is too old" toast as app-version, likely', () => {
    const { first } = verdictOf('Deine Browserversion ist zu alt. Bitte aktualisiere deinen Browser.');
    expect([first?.id, first?.status]).toEqual(['app-version', 'likely']);
    expect(verdictOf('Ihre Browser-Version ist veraltet.').first?.status).toBe('likely');
  });

  it('a direct statement beats a quoted server error; the same words without the statement stay possible', () => {
    expect(verdictOf('Zahlung abgelehnt (HTTP 502)').first?.id).toBe('payment');
    const ordinary = verdictOf('Zahlungsseite: Fehler beim Laden').first;
    expect([ordinary?.id, ordinary?.status]).not.toEqual(['payment', 'likely']);
  });

  it('counts a script error that states the problem in a market language, not one that only names a topic', () => {
    const script = (message: string) =>
      diagnose(CAUSES, [ev('js-error', { message })], [], [], NOW).causes.find((c) => c.id === 'app-version');
    expect(script('Error: 浏览器版本过低，请升级浏览器')?.status).toBe('likely');
    expect(script('TypeError: browserVersion is undefined')?.status).not.toBe('likely');
  });

  it.each(NEAR_MISSES)('%s: "%s" does not over-match a word start (names %s)', (_lang, text, cause) => {
    expect(toastCause(text)).toBe(cause);
  });
});

describe("intake of the page side's toasts", () => {
  const delta = (message: string, neutral?: true, source: 'dom' | 'page' = 'dom'): EventGroupDelta => ({
    fingerprint: `toast:${message}`,
    count: 1,
    firstAt: NOW,
    lastAt: NOW,
    requestIds: [],
    sample: { kind: 'toast', at: NOW, source, pageHost: 'seller-th.tiktok.com', message, ...(neutral && { neutral }) },
  });

  it('keeps error messages in any language, drops success and info ones, never stores the neutral mark', () => {
    const kept = errorMessagesOnly([
      delta('商品图片上传失败，请重试', true),
      delta('Produkt erfolgreich veröffentlicht', true),
      delta('Produkt erfolgreich veröffentlicht'),
      delta('Your order has shipped', true),
      delta('สินค้าถูกจัดส่งแล้ว'),
      delta('บัญชีของคุณถูกระงับ', true),
      delta('您的账号已解除冻结', true),
    ]);
    expect(kept.map((g) => g.sample.message)).toEqual(['商品图片上传失败，请重试', 'สินค้าถูกจัดส่งแล้ว', 'บัญชีของคุณถูกระงับ']);
    expect(kept.every((g) => !('neutral' in g.sample))).toBe(true);
    expect(kept[0]?.sample.pageHost).toBe('seller-th.tiktok.com');
  });

  it('leaves events not seen in the DOM alone', () => {
    const g = delta('Payment published successfully', undefined, 'page');
    expect(errorMessagesOnly([g])).toEqual([g]);
  });

  it('keeps the market a toast came from: two markets, two groups, the finding refers to one with its host', () => {
    const th = ev('toast', { message: 'บัญชีผู้ขายของคุณถูกระงับ', source: 'dom', pageHost: 'seller-th.tiktok.com' });
    const id = ev('toast', { message: 'Akun Anda ditangguhkan', source: 'dom', pageHost: 'seller-id.tiktok.com' });
    const account = diagnose(CAUSES, [th, id], [], [], NOW).causes.find((c) => c.id === 'account');
    expect(account?.status).toBe('likely');
    const finding = account?.evidence.find((f) => f.signal === 'account-deactivated');
    const referred = [th, id].find((g) => g.fingerprint === finding?.ref);
    expect(referred?.sample.pageHost).toMatch(/^seller-(th|id)\.tiktok\.com$/);
    expect(finding && findingText(finding)).toContain('1 similar message');
  });
});

describe('page-code budget', () => {
  it('the content script and the hook reach no word list: words are read at intake', () => {
    const root = join(__dirname, '..');
    const content = [...reachable(root, join(root, 'entrypoints/content.ts'))].map((f) => relative(root, f));
    expect(content).toContain('utils/content/toasts.ts');
    for (const entry of ['entrypoints/content.ts', 'entrypoints/hook.content.ts']) {
      const files = [...reachable(root, join(root, entry))].map((f) => relative(root, f));
      expect(
        files.filter((f) => /toast-words|toast-cause|words\.ts$|causes\//.test(f)),
        entry,
      ).toEqual([]);
    }
  });
});
