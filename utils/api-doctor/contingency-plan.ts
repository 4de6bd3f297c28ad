/**
 * The contingency-plan template of the seed article ("make a plan for when third-party APIs go down"):
 * its sections as data, a validator for what comes back from storage, and a Markdown export.
 */
import type { MessageKey } from '../i18n/keys';
import { type Translate, t } from '../i18n/translate';

export interface PlanSection {
  id: PlanSectionId;
  /** in the reader's language, read at render time (a getter over the section's keys) */
  readonly title: string;
  /** the question the section answers (from the seed) */
  readonly question: string;
  titleKey: MessageKey;
  questionKey: MessageKey;
  /** a starting text the seller edits, in the reader's language */
  readonly starter: string;
}

export const PLAN_SECTION_IDS = [
  'critical-functions',
  'impact',
  'team',
  'steps',
  'communication',
  'resources',
  'rto',
  'review',
] as const;
export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];

/** A section whose title, question and starter are looked up when read, never at load (the language is chosen later). */
function section(id: PlanSectionId): PlanSection {
  const titleKey: MessageKey = `apidoc.plan.${id}.title`;
  const questionKey: MessageKey = `apidoc.plan.${id}.question`;
  const starterKey: MessageKey = `apidoc.plan.${id}.starter`;
  return {
    id,
    titleKey,
    questionKey,
    get starter() {
      return t(starterKey);
    },
    get title() {
      return t(titleKey);
    },
    get question() {
      return t(questionKey);
    },
  };
}

export const PLAN_SECTIONS: readonly PlanSection[] = PLAN_SECTION_IDS.map(section);

/** Longest text kept per section, and for the title. */
export const MAX_SECTION_CHARS = 10_000;
export const MAX_TITLE_CHARS = 200;

export interface ContingencyPlan {
  title: string;
  sections: Record<PlanSectionId, string>;
  updatedAt: number;
}

export function templatePlan(now = Date.now()): ContingencyPlan {
  return {
    title: t('apidoc.plan.templateTitle'),
    sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s.id, s.starter])) as Record<PlanSectionId, string>,
    updatedAt: now,
  };
}

/** Accept a stored value only if it has the plan's shape; missing sections fall back to the template. */
export function toPlan(value: unknown): ContingencyPlan | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (
    typeof v.title !== 'string' ||
    typeof v.updatedAt !== 'number' ||
    typeof v.sections !== 'object' ||
    v.sections === null
  ) {
    return undefined;
  }
  const stored = v.sections as Record<string, unknown>;
  const template = templatePlan(v.updatedAt);
  const sections = { ...template.sections };
  for (const id of PLAN_SECTION_IDS) {
    const s = stored[id];
    if (typeof s === 'string') sections[id] = s.slice(0, MAX_SECTION_CHARS);
  }
  return { title: v.title.slice(0, MAX_TITLE_CHARS), sections, updatedAt: v.updatedAt };
}

/** The Markdown export, its headings in the reader's language (`tr`; tests pass English). */
export function toMarkdown(plan: ContingencyPlan, tr: Translate = t): string {
  const lines = [
    `# ${oneLine(plan.title) || tr('apidoc.plan.defaultTitle')}`,
    '',
    `_${tr('apidoc.plan.lastUpdated', { date: new Date(plan.updatedAt).toISOString().slice(0, 10) })}_`,
    '',
  ];
  PLAN_SECTIONS.forEach((s, i) => {
    lines.push(`## ${i + 1}. ${tr(s.titleKey)}`, '', `> ${tr(s.questionKey)}`, '');
    const body = plan.sections[s.id].trim();
    lines.push(body === '' ? `_${tr('apidoc.plan.notFilled')}_` : body, '');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A file name for the export: contingency-plan-2025-01-31.md */
export function planFileName(plan: ContingencyPlan): string {
  return `contingency-plan-${new Date(plan.updatedAt).toISOString().slice(0, 10)}.md`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
