/**
 * The contingency-plan template of the seed article ("make a plan for when third-party APIs go down"):
 * its sections as data, a validator for what comes back from storage, and a Markdown export.
 */

export interface PlanSection {
  id: PlanSectionId;
  title: string;
  /** the question the section answers (from the seed) */
  question: string;
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

export const PLAN_SECTIONS: readonly PlanSection[] = [
  {
    id: 'critical-functions',
    title: 'Critical business functions',
    question:
      'What are the core operations that, if disrupted, would severely impact our ability to serve customers, generate revenue or meet obligations?',
    starter:
      '1. Order sync from TikTok Shop to our store system\n2. Inventory (stock) updates to TikTok Shop\n3. Shipping labels and tracking numbers\n4. Product listing updates',
  },
  {
    id: 'impact',
    title: 'Business impact analysis',
    question: 'What happens if this stops for an hour, a day or a week?',
    starter:
      '- 1 hour: orders queue; no shipping labels\n- 1 day: late shipments, overselling risk, account-health penalties\n- 1 week: cancellations, lost sales, listing suspensions',
  },
  {
    id: 'team',
    title: 'Response team',
    question: 'Who does what when something goes wrong?',
    starter:
      '- Incident lead: \n- Integration / developer: \n- Seller Center admin (re-authorizes the app): \n- Customer service: ',
  },
  {
    id: 'steps',
    title: 'Action steps',
    question: 'What are the steps to take if there is an incident?',
    starter:
      '1. Paste the failing response into the API connection doctor; note the code and request_id.\n2. Check credentials: access token (refresh), app authorization, scopes.\n3. Check the endpoint URL, API version and the server clock.\n4. Switch to manual order handling in Seller Center if the sync stays down.\n5. Open a ticket with TikTok Partner support with the request ids and times.',
  },
  {
    id: 'communication',
    title: 'Communication plan',
    question: 'Who shares updates, with whom, and how often?',
    starter: '- Spokesperson: \n- Internal channel: \n- Customers: delay notice after 4 hours down',
  },
  {
    id: 'resources',
    title: 'Resource requirements',
    question: 'What tools and access do we need to follow the plan?',
    starter:
      '- Seller Center admin login\n- Partner Center access (app key; the app secret stays on the server)\n- Manual order export / label printing',
  },
  {
    id: 'rto',
    title: 'Recovery time objectives',
    question: 'How long can each important function be down before it must be fixed?',
    starter:
      '- Checkout / payments: 15 minutes\n- Order sync: 1 hour\n- Inventory updates: 2 hours\n- Listing updates: 1 day',
  },
  {
    id: 'review',
    title: 'Plan review and update',
    question: 'How often do we check and update the plan, and who does it?',
    starter: '- Review every 3 months and after every incident\n- Owner: ',
  },
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
    title: 'TikTok Shop API contingency plan',
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

export function toMarkdown(plan: ContingencyPlan): string {
  const lines = [
    `# ${oneLine(plan.title) || 'Contingency plan'}`,
    '',
    `_Last updated: ${new Date(plan.updatedAt).toISOString().slice(0, 10)}_`,
    '',
  ];
  PLAN_SECTIONS.forEach((s, i) => {
    lines.push(`## ${i + 1}. ${s.title}`, '', `> ${s.question}`, '');
    const body = plan.sections[s.id].trim();
    lines.push(body === '' ? '_(not filled in)_' : body, '');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A file name for the export: contingency-plan-2025-01-31.md */
export function planFileName(plan: ContingencyPlan): string {
  return `contingency-plan-${new Date(plan.updatedAt).toISOString().slice(0, 10)}.md`;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
