/**
 * Read the expiry dates of a token get/refresh response. TikTok's `access_token_expire_in` and
 * `refresh_token_expire_in` are ABSOLUTE Unix timestamps in seconds, not durations; code that adds them to
 * the current time computes a date decades away and never refreshes (TIKTOK_FACTS.md, Tokens).
 * Only dates and the seller's name / open_id leave this module: never a token.
 */
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

export function readTokenExpiry(raw: string, now = Date.now()): TokenExpiryReport {
  const paste = readPaste(raw);
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
          error: `This response is an error (code ${code}), not a token: explain it with "Explain a response" above.`,
          fields: [],
          notes: [],
        };
      }
      data = isObj(v.data) ? v.data : v;
    }
  } catch {
    if (text.startsWith('{'))
      notes.push('The JSON is incomplete or malformed; the doctor read the fields it could find.');
  }

  const access = numberField(data, text, 'access_token_expire_in');
  const refresh = numberField(data, text, 'refresh_token_expire_in');
  if (access === undefined && refresh === undefined) {
    return {
      error:
        'No access_token_expire_in or refresh_token_expire_in found. Paste the JSON response of token/get or ' +
        'token/refresh (you may delete the tokens themselves first; the dates are enough).',
      fields: [],
      notes,
    };
  }

  const fields: ExpiryField[] = [];
  if (access !== undefined) fields.push(readField('access', access, now));
  if (refresh !== undefined) fields.push(readField('refresh', refresh, now));

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

export function readField(token: 'access' | 'refresh', raw: number, now: number): ExpiryField {
  const field = token === 'access' ? 'access_token_expire_in' : 'refresh_token_expire_in';
  const base = { token, field, raw } as const;
  if (!Number.isFinite(raw) || raw <= 0) {
    return { ...base, reading: 'duration', level: 'fail', title: `${field} is ${raw}: not a date.` };
  }
  if (raw < 1e9) {
    return {
      ...base,
      reading: 'duration',
      level: 'warn',
      title: `${field} = ${raw} looks like a duration (${humanDuration(raw * 1000)}), not a date.`,
      detail:
        'TikTok sends an absolute Unix timestamp here. If your system turned it into a duration, keep the ' +
        'original value instead: it is the moment the token stops working.',
    };
  }
  const ms = raw >= 1e12 ? raw : raw * 1000;
  const reading: ExpiryReading = raw >= 1e12 ? 'absolute-ms' : 'absolute-seconds';
  const durationBugAt = reading === 'absolute-seconds' ? now + raw * 1000 : undefined;
  const left = ms - now;
  const label = token === 'access' ? 'Access token' : 'Refresh token';
  const date = isoMinute(ms);
  const msNote = reading === 'absolute-ms' ? ' (this value is in milliseconds; TikTok sends seconds)' : '';

  if (left > 10 * 365 * DAY) {
    return {
      ...base,
      reading: 'added-to-now',
      expiresAt: undefined,
      level: 'fail',
      title: `${field} points to ${date}, decades away: a timestamp was added to the current time.`,
      detail:
        'This is the duration bug: TikTok\u2019s value is already the expiry moment. Store it as it comes, ' +
        'and refresh before that moment.',
    };
  }
  if (left <= 0) {
    return {
      ...base,
      reading,
      expiresAt: ms,
      durationBugAt,
      level: 'fail',
      title: `${label} expired on ${date} (${humanDuration(-left)} ago)${msNote}.`,
      detail:
        token === 'access'
          ? 'Call token/refresh with the refresh token to get a new pair; API calls answer 105002 until then.'
          : 'The seller must authorize the app again (Seller Center, or your authorization link); token/refresh answers 36004001.',
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
    title: `${label} expires on ${date}, in ${humanDuration(left)}${msNote}.`,
    detail: tooFar
      ? 'Access tokens live about 7 days; this date is further out. Check that the value came from TikTok unchanged.'
      : soon
        ? token === 'access'
          ? 'Refresh it now (token/refresh) and store both new tokens.'
          : 'Plan the re-authorization: when the refresh token expires, the seller has to authorize the app again.'
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

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isoMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function humanDuration(ms: number): string {
  const m = Math.round(Math.abs(ms) / 60_000);
  if (m < 120) return `${m} min`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} h`;
  const d = Math.round(h / 24);
  if (d < 730) return `${d} days`;
  return `${Math.round(d / 365)} years`;
}

export interface ReminderLine {
  token: 'access' | 'refresh';
  expiresAt: number;
  level: ExpiryLevel;
  text: string;
}

/** The stored reminder read against `now`: one line per date, with the same thresholds as the reader. */
export function reminderStatus(reminder: TokenReminder, now = Date.now()): ReminderLine[] {
  const lines: ReminderLine[] = [];
  for (const token of ['access', 'refresh'] as const) {
    const at = token === 'access' ? reminder.accessExpiresAt : reminder.refreshExpiresAt;
    if (at === undefined) continue;
    const left = at - now;
    const label = token === 'access' ? 'Access token' : 'Refresh token';
    lines.push({
      token,
      expiresAt: at,
      level: left <= 0 ? 'fail' : left < WARN_BEFORE[token] ? 'warn' : 'pass',
      text:
        left <= 0
          ? `${label} expired on ${isoMinute(at)}.`
          : `${label} expires on ${isoMinute(at)}, in ${humanDuration(left)}.`,
    });
  }
  return lines;
}
