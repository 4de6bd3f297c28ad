/**
 * One cause as a card: status badge, title, the one-line why, and whatever follows (evidence). The popup's list
 * (a button that opens the walk) and report.html (a heading with rank and id) share it.
 */
import type { ComponentChildren } from 'preact';
import type { MessageKey } from '@/utils/i18n/keys';
import { t } from '@/utils/i18n/translate';
import type { CauseId, CauseStatus } from '@/utils/model';

/** Each status's message key (translate where shown). */
export const STATUS_LABEL = {
  likely: 'status.likely',
  possible: 'status.possible',
  clear: 'status.clear',
  unknown: 'status.unknown',
} as const satisfies Record<CauseStatus, MessageKey>;

interface Props {
  id: CauseId;
  status: CauseStatus;
  /** the cause's title, already in the reader's language */
  title: string;
  why: string;
  /** the popup: the card opens the cause's walk */
  onOpen?(id: CauseId): void;
  /** report.html: the rank shown before the title */
  rank?: number;
  children?: ComponentChildren;
  /** report.html renders in a given language (translatorFor); the popup in the active one */
  translate?: (key: MessageKey) => string;
}

export function CauseCard({ id, status, title, why, onOpen, rank, children, translate = t }: Props) {
  const label = STATUS_LABEL[status] as MessageKey | undefined;
  const badge = <span class="badge">{label ? translate(label) : status}</span>;
  const name = <span class="cause-title">{title}</span>;
  return (
    <li class={`cause s-${status}`} data-cause={id} data-status={status}>
      {onOpen ? (
        <button
          type="button"
          class="cause-open"
          data-open-cause={id}
          aria-describedby={`why-${id}`}
          onClick={() => onOpen(id)}
        >
          {badge}
          {name}
        </button>
      ) : (
        <h3>
          {rank !== undefined && <span class="rank">{rank}.</span>} {name} <code>{id}</code> {badge}
        </h3>
      )}
      <p class="why" id={`why-${id}`}>
        {why}
      </p>
      {children}
    </li>
  );
}
