import type { FindingLevel } from '@/utils/api-doctor/check-request';
import type { MessageKey } from '@/utils/i18n/keys';
import { t } from '@/utils/i18n/translate';

const LABEL: Record<FindingLevel, MessageKey> = {
  pass: 'apidoc.level.pass',
  info: 'apidoc.level.info',
  warn: 'apidoc.level.warn',
  fail: 'apidoc.level.fail',
};
const ICON: Record<FindingLevel, string> = { pass: '✓', info: '•', warn: '!', fail: '✗' };

/** A level shown by word and symbol, not only by colour. */
export function LevelBadge({ level }: { level: FindingLevel }) {
  return (
    <span class={`ad-badge ad-${level}`}>
      <span aria-hidden="true">{ICON[level]} </span>
      {t(LABEL[level])}
    </span>
  );
}

export interface FindingItem {
  id: string;
  level: FindingLevel;
  title: string;
  detail?: string;
}

const ORDER: Record<FindingLevel, number> = { fail: 0, warn: 1, info: 2, pass: 3 };

/** Problems first, then checks, notes, and what is fine. */
export function FindingList({ items, name }: { items: readonly FindingItem[]; name: string }) {
  const sorted = [...items].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  return (
    <ul class="ad-findings" data-findings={name}>
      {sorted.map((f, i) => (
        <li key={`${f.id}-${i}`} data-finding={f.id} data-level={f.level}>
          <LevelBadge level={f.level} />{' '}
          <span class="ad-finding-title">
            <Ticks text={f.title} />
          </span>
          {f.detail && (
            <p class="ad-detail">
              <Ticks text={f.detail} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function countByLevel(items: readonly FindingItem[]): string {
  const n = (l: FindingLevel) => items.filter((f) => f.level === l).length;
  const fail = n('fail');
  const warn = n('warn');
  if (fail === 0 && warn === 0) return t('apidoc.count.none');
  if (warn === 0) return t('apidoc.count.problems', { count: fail });
  if (fail === 0) return t('apidoc.count.toCheck', { count: warn });
  return t('apidoc.count.both', { count: fail, warn });
}

/** Text with `backticked` parts shown as code; never HTML. */
export function Ticks({ text }: { text: string }) {
  const parts = text.split('`');
  if (parts.length < 3) return <>{text}</>;
  return <>{parts.map((p, i) => (i % 2 === 1 && i < parts.length - 1 ? <code key={i}>{p}</code> : p))}</>;
}
