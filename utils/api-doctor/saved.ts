/**
 * What the API doctor keeps (WXT storage, local): the token reminder (dates and who, never a token) and the
 * contingency plan (redacted on save). Values are re-validated on read: storage is not trusted either.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { t } from '../i18n/translate';
import { type ContingencyPlan, PLAN_SECTION_IDS, toPlan } from './contingency-plan';
import { redactSecrets } from './paste';
import type { TokenReminder } from './token-expiry';

export const tokenReminderItem = storage.defineItem<TokenReminder | null>('local:tokenReminder', { fallback: null });
export const contingencyPlanItem = storage.defineItem<ContingencyPlan | null>('local:contingencyPlan', {
  fallback: null,
});

/**
 * A stored reminder, re-read: the known fields only (an object schema strips the rest, so nothing else, a token, can
 * ride along), and at least one expiry date.
 */
const TokenReminderSchema = v.pipe(
  v.object({
    savedAt: v.pipe(v.number(), v.finite()),
    accessExpiresAt: v.optional(v.pipe(v.number(), v.finite())),
    refreshExpiresAt: v.optional(v.pipe(v.number(), v.finite())),
    sellerName: v.optional(v.pipe(v.string(), v.maxLength(100))),
    openId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  }),
  v.check((r) => r.accessExpiresAt !== undefined || r.refreshExpiresAt !== undefined),
);

export function toReminder(value: unknown): TokenReminder | undefined {
  const parsed = v.safeParse(TokenReminderSchema, value);
  return parsed.success ? parsed.output : undefined;
}

export async function loadReminder(): Promise<TokenReminder | undefined> {
  return toReminder(await tokenReminderItem.getValue());
}

export async function saveReminder(reminder: TokenReminder): Promise<TokenReminder> {
  const clean = toReminder(reminder);
  if (!clean) throw new Error(t('apicheck.saved.noDate'));
  await tokenReminderItem.setValue(clean);
  return clean;
}

export async function clearReminder(): Promise<void> {
  await tokenReminderItem.removeValue();
}

export async function loadPlan(): Promise<ContingencyPlan | undefined> {
  return toPlan(await contingencyPlanItem.getValue());
}

/** Save the plan with secrets removed; returns what was stored and how many secrets were taken out. */
export async function savePlan(
  plan: ContingencyPlan,
  now = Date.now(),
): Promise<{ plan: ContingencyPlan; removed: number }> {
  let removed = 0;
  const clean = (s: string) => {
    const r = redactSecrets(s);
    removed += r.removed;
    return r.text;
  };
  const sections = { ...plan.sections };
  for (const id of PLAN_SECTION_IDS) sections[id] = clean(sections[id]);
  const stored = toPlan({ title: clean(plan.title), sections, updatedAt: now });
  if (!stored) throw new Error(t('apicheck.saved.planInvalid'));
  await contingencyPlanItem.setValue(stored);
  return { plan: stored, removed };
}
