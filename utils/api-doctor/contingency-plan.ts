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
  /** a starting text the seller edits */
  starter: string;
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

/** A section whose title and question are looked up when read, never at load (the language is chosen later). */
function section(id: PlanSectionId, titleKey: MessageKey, questionKey: MessageKey, starter: string): PlanSection {
  return {
    id,
    titleKey,
    questionKey,
    starter,
    get title() {
      return t(titleKey);
    },
    get question() {
      return t(questionKey);
    },
  };
}

// The starters are the seller's own editable text; they stay as written (English).
export const PLAN_SECTIONS: readonly PlanSection[] = [
  section(
    'critical-functions',
    'apidoc.plan.critical-functions.title',
    'apidoc.plan.critical-functions.question',
    '1. Order sync from TikTok Shop to our store system\n2. Inventory (stock) updates to TikTok Shop\n3. Shipping labels and tracking numbers\n4. Product listing updates',
  ),
  section(
    'impact',
    'apidoc.plan.impact.title',
    'apidoc.plan.impact.question',
    '- 1 hour: orders queue; no shipping labels\n- 1 day: late shipments, overselling risk, account-health penalties\n- 1 week: cancellations, lost sales, listing suspensions',
  ),
  section(
    'team',
    'apidoc.plan.team.title',
    'apidoc.plan.team.question',
    '- Incident lead: \n- Integration / developer: \n- Seller Center admin (re-authorizes the app): \n- Customer service: ',
  ),
  section(
    'steps',
    'apidoc.plan.steps.title',
    'apidoc.plan.steps.question',
    '1. Paste the failing response into the API connection doctor; note the code and request_id.\n2. Check credentials: access token (refresh), app authorization, scopes.\n3. Check the endpoint URL, API version and the server clock.\n4. Switch to manual order handling in Seller Center if the sync stays down.\n5. Open a ticket with TikTok Partner support with the request ids and times.',
  ),
  section(
    'communication',
    'apidoc.plan.communication.title',
    'apidoc.plan.communication.question',
    '- Spokesperson: \n- Internal channel: \n- Customers: delay notice after 4 hours down',
  ),
  section(
    'resources',
    'apidoc.plan.resources.title',
    'apidoc.plan.resources.question',
    '- Seller Center admin login\n- Partner Center access (app key; the app secret stays on the server)\n- Manual order export / label printing',
  ),
  section(
    'rto',
    'apidoc.plan.rto.title',
    'apidoc.plan.rto.question',
    '- Checkout / payments: 15 minutes\n- Order sync: 1 hour\n- Inventory updates: 2 hours\n- Listing updates: 1 day',
  ),
  section(
    'review',
    'apidoc.plan.review.title',
    'apidoc.plan.review.question',
    '- Review every 3 months and after every incident\n- Owner: ',
  ),
];

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
