import type { Escalation } from './types';

/** The steps every escalation shares: the bundle answers what support asks (page, time, codes, request ids). */
export function escalation(topic: string, extra: string[] = []): Escalation {
  return {
    topic,
    steps: [
      'Export the bundle below: one zip with what failed, when, the error codes and request ids, this browser, and the steps you tried here.',
      `In Seller Center open Help Center (the ? icon) → Contact us, and pick "${topic}".`,
      'Describe what you were doing, attach the zip (and a screenshot of the page if you have one), and send.',
      ...extra,
    ],
  };
}
