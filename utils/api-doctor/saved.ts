/**
 * What the API doctor keeps (WXT storage, local): the token reminder (dates and who, never a token) and the
 * contingency plan (redacted on save). Values are re-validated on read: storage is not trusted either.
 */
import { storage } from 'wxt/utils/storage';
import { type ContingencyPlan, PLAN_SECTION_IDS, toPlan } from './contingency-plan';
import { redactSecrets } from './paste';
import type { TokenReminder } from './token-expiry';

export const tokenReminderItem = storage.defineItem<TokenReminder | null>('local:tokenReminder', { fallback: null });
export const contingencyPlanItem = storage.defineItem<ContingencyPlan | null>('local:contingencyPlan', {
  fallback: null,
});

const optNum = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));
const optStr = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);

export function toReminder(v: unknown): TokenReminder | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const r = v as Record<string, unknown>;
  if (typeof r.savedAt !== 'number' || !optNum(r.accessExpiresAt) || !optNum(r.refreshExpiresAt)) return undefined;
  if (!optStr(r.sellerName, 100) || !optStr(r.openId, 64)) return undefined;
  if (r.accessExpiresAt === undefined && r.refreshExpiresAt === undefined) return undefined;
  // Pick the known fields only: nothing else (a token) can ride along.
  return {
    savedAt: r.savedAt,
    accessExpiresAt: r.accessExpiresAt as number | undefined,
    refreshExpiresAt: r.refreshExpiresAt as number | undefined,
    sellerName: r.sellerName as string | undefined,
    openId: r.openId as string | undefined,
  };
}

export async function loadReminder(): Promise<TokenReminder | undefined> {
  return toReminder(await tokenReminderItem.getValue());
}

export async function saveReminder(reminder: TokenReminder): Promise<TokenReminder> {
  const clean = toReminder(reminder);
  if (!clean) throw new Error('Nothing to remind: no expiry date.');
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
  if (!stored) throw new Error('The plan could not be saved.');
  await contingencyPlanItem.setValue(stored);
  return { plan: stored, removed };
}
