/** Types of bench/lib/verdict.mjs (for the unit test). */

export type Verdict = 'ok' | 'OVER' | 'unresolved';

export interface Judged {
  verdict: Verdict;
  noise: number;
  why: string;
}

export interface Interval {
  lo: number;
  hi: number;
  half: number;
}

export function bootstrap(
  columns: readonly (readonly number[])[],
  estimator: (...cols: number[][]) => number,
  o?: { iterations?: number; level?: number },
): Interval;

export function ratioOfMedians(a: number[], b: number[]): number;

export function diffOfMedians(per?: number): (a: number[], b: number[]) => number;

export function trimmedMeanOfDiffs(per?: number): (a: number[], b: number[]) => number;

export function judge(o: { value: number; budget: number; noise: number; nullValue?: number; aa?: number }): Judged;

export function compare(
  s: { test: number[]; ref: number[]; twin: number[] },
  estimator: (a: number[], b: number[]) => number,
  o: { budget: number; nullValue: number },
): Judged & { value: number; aa: number; ci: Interval };

export function absolute(xs: number[], budget: number): Judged & { value: number; ci: Interval };
