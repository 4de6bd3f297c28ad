/**
 * Shape checks for data that crosses a trust boundary (page -> content script -> background).
 * Type guards, no coercion: what does not match is dropped by the caller.
 */
import { EVENT_KINDS, type EventGroupDelta, type EventKind, type ObservedEvent, type RequestRecord } from '../model';

export const MAX_TEXT = 2_000;
export const MAX_URL = 2_048;

const kinds = new Set<string>(EVENT_KINDS);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const optStr = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);
const optNum = (v: unknown) => v === undefined || isFiniteNum(v);

export function isEventKind(v: unknown): v is EventKind {
  return typeof v === 'string' && kinds.has(v);
}

export function isObservedEvent(v: unknown): v is ObservedEvent {
  if (!isObj(v)) return false;
  return (
    isEventKind(v.kind) &&
    isFiniteNum(v.at) &&
    (v.source === 'page' || v.source === 'webrequest' || v.source === 'dom') &&
    typeof v.pageHost === 'string' &&
    v.pageHost.length <= 255 &&
    optStr(v.url, MAX_URL) &&
    optStr(v.method, 16) &&
    optNum(v.status) &&
    optNum(v.code) &&
    optStr(v.message, MAX_TEXT) &&
    optStr(v.requestId, 128) &&
    optNum(v.durationMs) &&
    optStr(v.netError, 128) &&
    optStr(v.apiKind, 32) &&
    optStr(v.resourceType, 32)
  );
}

export function isEventGroupDelta(v: unknown): v is EventGroupDelta {
  if (!isObj(v)) return false;
  return (
    typeof v.fingerprint === 'string' &&
    v.fingerprint.length > 0 &&
    v.fingerprint.length <= 512 &&
    isFiniteNum(v.count) &&
    Number.isInteger(v.count) &&
    v.count > 0 &&
    isFiniteNum(v.firstAt) &&
    isFiniteNum(v.lastAt) &&
    v.firstAt <= v.lastAt &&
    isObservedEvent(v.sample) &&
    Array.isArray(v.requestIds) &&
    v.requestIds.length <= 20 &&
    v.requestIds.every((r) => typeof r === 'string' && r.length <= 128)
  );
}

export function isRequestRecord(v: unknown): v is RequestRecord {
  if (!isObj(v)) return false;
  return (
    isFiniteNum(v.at) &&
    typeof v.method === 'string' &&
    v.method.length <= 16 &&
    typeof v.url === 'string' &&
    v.url.length <= MAX_URL &&
    isFiniteNum(v.status) &&
    isFiniteNum(v.durationMs) &&
    typeof v.pageHost === 'string' &&
    optStr(v.netError, 128) &&
    optNum(v.code) &&
    optStr(v.message, MAX_TEXT) &&
    optStr(v.requestId, 128) &&
    optStr(v.mimeType, 128) &&
    (v.source === 'page' || v.source === 'webrequest' || v.source === 'dom')
  );
}
