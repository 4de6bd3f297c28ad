/**
 * One cause as a card: status badge, title, the one-line why, and whatever follows (evidence). The popup's list
 * (a button that opens the walk) and report.html (a heading with rank and id) share it.
 */
import type { ComponentChildren } from 'preact';
import type { CauseId, CauseStatus } from '@/utils/model';

export const STATUS_LABEL = { likely: 'Likely', possible: 'Possible', clear: 'Clear', unknown: 'Unknown' } as const;

interface Props {
  id: CauseId;
  status: CauseStatus;
  title: string;
  why: string;
  /** the popup: the card opens the cause's walk */
  onOpen?(id: CauseId): void;
  /** report.html: the rank shown before the title */
  rank?: number;
  children?: ComponentChildren;
}

export function CauseCard({ id, status, title, why, onOpen, rank, children }: Props) {
  const badge = <span class="badge">{STATUS_LABEL[status] ?? status}</span>;
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
