/**
 * Read the expiry dates of a token get/refresh response. TikTok's `access_token_expire_in` and
 * `refresh_token_expire_in` are ABSOLUTE Unix timestamps in seconds, not durations; code that adds them to
 * the current time computes a date decades away and never refreshes (TIKTOK_FACTS.md, Tokens).
 * Only dates and the seller's name / open_id leave this module: never a token.
 */

import { formatDuration } from '../i18n/format';
import { currentLocale, type Translate, t } from '../i18n/translate';
import { isObj } from './parse-response';
import { readPaste } from './paste';

export type ExpiryReading = 'absolute-seconds' | 'absolute-ms' | 'duration' | 'added-to-now';
export type ExpiryLevel = 'pass' | 'info' | 'warn' | 'fail';

export interface ExpiryField {
  token: 'access' | 'refresh';
  field: 'access_token_expire_in' | 'refresh_token_expire_in';
  raw: number;
  reading: ExpiryReading;
  /** epoch ms; absent when the value cannot be placed in time (a duration without its start) */
  expiresAt?: number;
  level: ExpiryLevel;
  title: string;
  detail?: string;
  /** what code that treats the value as a duration would compute (epoch ms) */
  durationBugAt?: number;
}

/** What the optional reminder may store: dates and who, never a token. */
export interface TokenReminder {
  savedAt: number;
  accessExpiresAt?: number;
  refreshExpiresAt?: number;
  sellerName?: string;
  openId?: string;
}

export interface TokenExpiryReport {
  error?: string;
  fields: ExpiryField[];
  notes: string[];
  sellerName?: string;
  openId?: string;
  region?: string;
  /** present when there is at least one date worth a reminder */
  reminder?: TokenReminder;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Warn when less than this is left (the brief: access < 24 h, refresh < 30 days). */
export const WARN_BEFORE = { access: DAY, refresh: 30 * DAY } as const;
/** Access tokens live 7 days; anything much further out did not come from TikTok unchanged. */
const ACCESS_LIFETIME = 7 * DAY;

export function readTokenExpiry(raw: string, now = Date.now(), tr: Translate = t): TokenExpiryReport {
  const paste = readPaste(raw, undefined, tr);
  if (!paste.ok) return { error: paste.message, fields: [], notes: [] };
  const text = paste.text;
  const notes: string[] = [];

  let data: Record<string, unknown> | undefined;
  try {
    const v: unknown = JSON.parse(text);
    if (isObj(v)) {
      const code = v.code;
      if (typeof code === 'number' && code !== 0) {
        return {
          error: tr('apidoc.token.isError', { code: String(code) }),
          fields: [],
          notes: [],
        };
      }
      data = isObj(v.data) ? v.data : v;
    }
  } catch {
    if (text.startsWith('{')) notes.push(tr('apidoc.token.malformed'));
  }

  const access = numberField(data, text, 'access_token_expire_in');
  const refresh = numberField(data, text, 'refresh_token_expire_in');
  if (access === undefined && refresh === undefined) {
    return {
      error: tr('apidoc.token.noFields'),
      fields: [],
      notes,
    };
  }

  const fields: ExpiryField[] = [];
  if (access !== undefined) fields.push(readField('access', access, now, tr));
  if (refresh !== undefined) fields.push(readField('refresh', refresh, now, tr));

  const sellerName = stringField(data, text, 'seller_name', 100);
  const openId = stringField(data, text, 'open_id', 64);
  const region = stringField(data, text, 'seller_base_region', 8);
  const accessAt = fields.find((f) => f.token === 'access')?.expiresAt;
  const refreshAt = fields.find((f) => f.token === 'refresh')?.expiresAt;
  const reminder: TokenReminder | undefined =
    accessAt !== undefined || refreshAt !== undefined
      ? {
          savedAt: now,
          accessExpiresAt: accessAt,
          refreshExpiresAt: refreshAt,
          sellerName,
          openId: openId && /^[\w-]+$/.test(openId) ? openId : undefined,
        }
      : undefined;
  return { fields, notes, sellerName, openId, region, reminder };
}

export function readField(token: 'access' | 'refresh', raw: number, now: number, tr: Translate = t): ExpiryField {
  const field = token === 'access' ? 'access_token_expire_in' : 'refresh_token_expire_in';
  const base = { token, field, raw } as const;
  if (!Number.isFinite(raw) || raw <= 0) {
    return {
      ...base,
      reading: 'duration',
      level: 'fail',
      title: tr('apidoc.token.notDate', { field, raw: String(raw) }),
    };
  }
  if (raw < 1e9) {
    return {
      ...base,
      reading: 'duration',
      level: 'warn',
      title: tr('apidoc.token.looksDuration', { field, raw: String(raw), duration: humanDuration(raw * 1000) }),
      detail: tr('apidoc.token.looksDurationDetail'),
    };
  }
  const ms = raw >= 1e12 ? raw : raw * 1000;
  const reading: ExpiryReading = raw >= 1e12 ? 'absolute-ms' : 'absolute-seconds';
  const durationBugAt = reading === 'absolute-seconds' ? now + raw * 1000 : undefined;
  const left = ms - now;
  const date = isoMinute(ms);
  const msNote = reading === 'absolute-ms' ? ` ${tr('apidoc.token.msNote')}` : '';

  if (left > 10 * 365 * DAY) {
    return {
      ...base,
      reading: 'added-to-now',
      expiresAt: undefined,
      level: 'fail',
      title: tr('apidoc.token.addedToNow', { field, date }),
      detail: tr('apidoc.token.addedToNowDetail'),
    };
  }
  if (left <= 0) {
    return {
      ...base,
      reading,
      expiresAt: ms,
      durationBugAt,
      level: 'fail',
      title: tr(EXPIRED[token], { date, ago: humanDuration(-left), ms: msNote }),
      detail: tr(token === 'access' ? 'apidoc.token.expiredDetail.access' : 'apidoc.token.expiredDetail.refresh'),
    };
  }
  const soon = left < WARN_BEFORE[token];
  const tooFar = token === 'access' && left > ACCESS_LIFETIME + DAY;
  return {
    ...base,
    reading,
    expiresAt: ms,
    durationBugAt,
    level: soon || tooFar ? 'warn' : 'pass',
    title: tr(EXPIRES[token], { date, left: humanDuration(left), ms: msNote }),
    detail: tooFar
      ? tr('apidoc.token.tooFar')
      : soon
        ? tr(token === 'access' ? 'apidoc.token.soon.access' : 'apidoc.token.soon.refresh')
        : undefined,
  };
}

function numberField(data: Record<string, unknown> | undefined, text: string, name: string): number | undefined {
  const v = data?.[name];
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  // Half JSON, logs, query strings, camelCase SDK objects.
  const re = new RegExp(`${name.replace(/_/g, '_?')}["']?\\s*[:=]\\s*["']?(-?\\d{1,16})`, 'i');
  const m = re.exec(text);
  return m ? Number(m[1]) : undefined;
}

function stringField(
  data: Record<string, unknown> | undefined,
  text: string,
  name: string,
  max: number,
): string | undefined {
  const v = data?.[name];
  let s = typeof v === 'string' ? v : undefined;
  if (s === undefined) {
    const m = new RegExp(`"${name}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){1,${max * 2}})"`).exec(text);
    s = m?.[1];
  }
  s = s?.trim();
  return s ? s.slice(0, max) : undefined;
}

export function isoMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A duration in the reader's language ("7 days", "7 Tage"); years past two, where days stop being readable. */
export function humanDuration(ms: number): string {
  const years = Math.abs(ms) / (365 * DAY);
  if (years >= 2) {
    return new Intl.NumberFormat(currentLocale(), { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(
      Math.round(years),
    );
  }
  return formatDuration(Math.abs(ms));
}

const EXPIRED = { access: 'apidoc.token.expired.access', refresh: 'apidoc.token.expired.refresh' } as const;
const EXPIRES = { access: 'apidoc.token.expires.access', refresh: 'apidoc.token.expires.refresh' } as const;
const REMINDER_EXPIRED = {
  access: 'apidoc.token.reminderExpired.access',
  refresh: 'apidoc.token.reminderExpired.refresh',
} as const;

export interface ReminderLine {
  token: 'access' | 'refresh';
  expiresAt: number;
  level: ExpiryLevel;
  text: string;
}

/** The stored reminder read against `now`: one line per date, with the same thresholds as the reader. */
export function reminderStatus(reminder: TokenReminder, now = Date.now(), tr: Translate = t): ReminderLine[] {
  const lines: ReminderLine[] = [];
  for (const token of ['access', 'refresh'] as const) {
    const at = token === 'access' ? reminder.accessExpiresAt : reminder.refreshExpiresAt;
    if (at === undefined) continue;
    const left = at - now;
    lines.push({
      token,
      expiresAt: at,
      level: left <= 0 ? 'fail' : left < WARN_BEFORE[token] ? 'warn' : 'pass',
      text:
        left <= 0
          ? tr(REMINDER_EXPIRED[token], { date: isoMinute(at) })
          : tr(EXPIRES[token], { date: isoMinute(at), left: humanDuration(left), ms: '' }),
    });
  }
  return lines;
}
