import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PLAN_SECTIONS, planFileName, templatePlan, toMarkdown, toPlan } from '@/utils/api-doctor/contingency-plan';
import { redactSecrets } from '@/utils/api-doctor/paste';
import {
  clearReminder,
  contingencyPlanItem,
  loadPlan,
  loadReminder,
  savePlan,
  saveReminder,
  tokenReminderItem,
} from '@/utils/api-doctor/saved';

const NOW = Date.parse('2025-06-15T12:00:00Z');

describe('contingency plan', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has the seed template sections in order', () => {
    expect(PLAN_SECTIONS.map((s) => s.title)).toEqual([
      'Critical business functions',
      'Business impact analysis',
      'Response team',
      'Action steps',
      'Communication plan',
      'Resource requirements',
      'Recovery time objectives',
      'Plan review and update',
    ]);
  });

  it('exports Markdown with every section, filled or not', () => {
    const plan = templatePlan(NOW);
    plan.sections.team = '';
    const md = toMarkdown(plan);
    expect(md.startsWith('# TikTok Shop API contingency plan\n')).toBe(true);
    expect(md).toContain('_Last updated: 2025-06-15_');
    expect(md).toContain('## 1. Critical business functions');
    expect(md).toContain('## 8. Plan review and update');
    expect(md).toContain('> What happens if this stops for an hour, a day or a week?');
    expect(md).toMatch(/## 3\. Response team\n\n> .*\n\n_\(not filled in\)_/);
    expect(planFileName(plan)).toBe('contingency-plan-2025-06-15.md');
  });

  it('validates what comes back from storage', () => {
    expect(toPlan(null)).toBeUndefined();
    expect(toPlan({ title: 1 })).toBeUndefined();
    const partial = toPlan({ title: 'x'.repeat(500), updatedAt: NOW, sections: { rto: 'one hour', impact: 42 } });
    expect(partial?.title).toHaveLength(200);
    expect(partial?.sections.rto).toBe('one hour');
    expect(partial?.sections.impact).toBe(templatePlan().sections.impact);
  });

  it('saves and loads locally with secrets removed', async () => {
    const plan = templatePlan(NOW);
    plan.sections.resources =
      'app_secret: abc123secret\naccess_token=ROW_abcdefghijklmnopqrstuvwxyz0123\nspare token ROW_zzzzzzzzzzzzzzzzzzzzzzzzzz';
    const { plan: stored, removed } = await savePlan(plan, NOW + 1);
    expect(removed).toBe(3);
    expect(stored.sections.resources).not.toMatch(/abc123secret|ROW_a|ROW_z/);
    const loaded = await loadPlan();
    expect(loaded?.updatedAt).toBe(NOW + 1);
    expect(JSON.stringify(await contingencyPlanItem.getValue())).not.toContain('abc123secret');
  });
});

describe('token reminder storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores dates and who only, even if handed more', async () => {
    const sneaky = {
      savedAt: NOW,
      accessExpiresAt: NOW + 1,
      refreshExpiresAt: NOW + 2,
      sellerName: 'Shop',
      access_token: 'ROW_secret',
    };
    await saveReminder(sneaky);
    const raw = await tokenReminderItem.getValue();
    expect(JSON.stringify(raw)).not.toContain('ROW_secret');
    expect(await loadReminder()).toMatchObject({
      accessExpiresAt: NOW + 1,
      refreshExpiresAt: NOW + 2,
      sellerName: 'Shop',
    });
    await clearReminder();
    expect(await loadReminder()).toBeUndefined();
  });

  it('refuses a reminder without dates and ignores a corrupted stored value', async () => {
    await expect(saveReminder({ savedAt: NOW })).rejects.toThrow(/no expiry date/);
    await fakeBrowser.storage.local.set({ tokenReminder: { savedAt: 'x' } });
    expect(await loadReminder()).toBeUndefined();
  });
});

describe('redactSecrets', () => {
  it('removes token assignments and token-like strings', () => {
    const r = redactSecrets(
      'x-tts-access-token: ROW_aaaaaaaaaaaaaaaaaaaaaaaa\nrefresh_token="TTP_bbbbbbbbbbbbbbbbbbbbbbbbb"\nnothing here',
    );
    expect(r.removed).toBe(2);
    expect(r.text).not.toMatch(/ROW_a|TTP_b/);
    expect(r.text).toContain('nothing here');
  });
});
