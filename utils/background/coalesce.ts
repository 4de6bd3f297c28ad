/**
 * Work that a storm would ask for thousands of times (the badge, the watch's evaluation), run at most once per
 * burst: a call while one run is already scheduled does nothing, so every event of the burst is seen by that run.
 * A failure is logged, never thrown: nothing waits on these.
 */
export function coalesce(task: () => Promise<unknown>, what: string): (delayMs?: number) => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return (delayMs = 1000) => {
    if (pending) return;
    pending = setTimeout(() => {
      pending = undefined;
      task().catch((err: unknown) => console.warn(`[tsd] ${what} failed`, err));
    }, delayMs);
  };
}
