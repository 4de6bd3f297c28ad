/**
 * What the request checker reports: one finding per rule, with a stable id. Its words are data (a message key and
 * its values, keys `apicheck.…` in locales/api-checks/), put into the reader's language when shown.
 */
import type { DxMessage } from '../diagnosis/message';
import { activeReader, type Reader, renderMessage } from '../diagnosis/render';

export type FindingLevel = 'pass' | 'info' | 'warn' | 'fail';

export interface Finding {
  /** stable id: tests and the page key on it */
  id: string;
  level: FindingLevel;
  title: DxMessage;
  detail?: DxMessage;
}

export type AddFinding = (f: Finding) => void;

export interface CheckOptions {
  /** epoch ms; defaults to Date.now() */
  now?: number;
  /** this computer's clock minus TikTok's, in seconds, when the clock check has run */
  skewSeconds?: number;
}

/** A finding in words, in the reader's language (the active one unless told). */
export function findingWords(f: Finding, reader: Reader = activeReader()) {
  return {
    id: f.id,
    level: f.level,
    title: renderMessage(f.title, reader),
    detail: f.detail && renderMessage(f.detail, reader),
  };
}
