/** What the request checker reports: one finding per rule, with a stable id. */

export type FindingLevel = 'pass' | 'info' | 'warn' | 'fail';

export interface Finding {
  /** stable id: tests and the page key on it */
  id: string;
  level: FindingLevel;
  title: string;
  detail?: string;
}

export type AddFinding = (f: Finding) => void;

export interface CheckOptions {
  /** epoch ms; defaults to Date.now() */
  now?: number;
  /** this computer's clock minus TikTok's, in seconds, when the clock check has run */
  skewSeconds?: number;
}
