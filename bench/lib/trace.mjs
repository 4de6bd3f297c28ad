/**
 * A Chrome trace of one page load (DevTools Tracing over CDP) and the main-thread time it attributes to scripts by
 * URL: the V8 sampling profiler's samples (ProfileChunk events, 0.1 ms apart with the .hires category), each sample
 * given to the nearest frame of its stack that has a URL (a builtin such as JSON.parse counts for its JS caller),
 * plus the top-level compile of those scripts (v8.compile events, outside any JS frame). Only renderer main threads
 * (CrRendererMain) count: the page's, not the extension's service worker.
 *
 * A sample counts its interval, capped at twice the profile's median interval (a longer gap is the thread waiting
 * for a CPU on a busy machine, not work), times the share of its task's wall time the thread spent on a CPU (the
 * task's thread time over its wall time): the figure is CPU time, which a busy neighbour does not stretch. A script's
 * frame that runs beneath another script's frame (a wrapper the page called, e.g. a hooked fetch) is counted apart as
 * `inline`: sampling cannot tell the wrapper's own work from the native call it passes through (XMLHttpRequest.send
 * has no frame of its own), which the page pays anyway.
 */

const CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
  'blink.user_timing',
  '__metadata',
];

/**
 * Trace whatever `during` does in `page` (the tracing session follows the page into a new renderer).
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<void>} during
 * @returns {Promise<any[]>} trace events
 */
export async function traceEvents(context, page, during) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: CATEGORIES.filter((c) => !c.startsWith('-')), excludedCategories: ['*'] },
    });
    await during();
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = /** @type {{ stream: string }} */ (await complete);
    const parts = [];
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
      parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const parsed = JSON.parse(parts.join(''));
    return Array.isArray(parsed) ? parsed : parsed.traceEvents;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The trace time (µs) of the page's `performance.mark(name)` (blink.user_timing), or undefined.
 * @param {any[]} events @param {string} name
 */
export function markTime(events, name) {
  const e = events.find((x) => x.name === name && typeof x.ts === 'number' && /user_timing/.test(x.cat ?? ''));
  return e ? e.ts : undefined;
}

/**
 * Main-thread milliseconds per script URL (sampled JS time + top-level compile), and the sampled total.
 * `range` (trace µs): only what happened from `from` and before `until` (a sample by its time, a compile by its start).
 * @param {any[]} events
 * @param {{ from?: number; until?: number }} [range]
 * @returns {{ byUrl: Map<string, number>; inlineByUrl: Map<string, number>; compileByUrl: Map<string, number>;
 *   byFrame: Map<string, number>; sampledMs: number; samples: number }}
 */
export function timeByScript(events, range = {}) {
  const from = range.from ?? -Infinity;
  const until = range.until ?? Infinity;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  /** @type {Map<string, { nodes: Map<number, { url: string; parent?: number; name: string; line: number }>; start: number; samples: number[]; deltas: number[]; thread: string }>} */
  const profiles = new Map();
  for (const e of events) {
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    let p = profiles.get(key);
    if (!p) {
      p = { nodes: new Map(), start: 0, samples: [], deltas: [], thread: `${e.pid}:${e.tid}` };
      profiles.set(key, p);
    }
    const data = e.args?.data ?? {};
    if (e.name === 'Profile') {
      p.start = data.startTime ?? e.ts;
      p.thread = `${e.pid}:${e.tid}`;
      continue;
    }
    for (const n of data.cpuProfile?.nodes ?? []) {
      p.nodes.set(n.id, {
        url: n.callFrame?.url ?? '',
        name: n.callFrame?.functionName ?? '',
        line: n.callFrame?.lineNumber ?? -1,
        parent: n.parent,
      });
    }
    p.samples.push(...(data.cpuProfile?.samples ?? []));
    p.deltas.push(...(data.timeDeltas ?? []));
  }
  /** @type {Map<string, number>} */
  const byUrl = new Map();
  /** @type {Map<string, number>} */
  const inlineByUrl = new Map();
  /** self time per "url name:line" of the nearest frame with a URL (native calls count for their JS caller) */
  /** @type {Map<string, number>} */
  const byFrame = new Map();
  const originOf = (/** @type {string} */ url) => url.replace(/^([a-z-]+:\/\/[^/]*).*$/, '$1');
  let sampledUs = 0;
  let count = 0;
  const tasks = threadTimeOfTasks(events, mainThreads);
  for (const p of profiles.values()) {
    if (!mainThreads.has(p.thread)) continue;
    const cpuShare = shareAt(tasks.get(p.thread) ?? []);
    const times = [];
    let t = p.start;
    for (const d of p.deltas) {
      t += d;
      times.push(t);
    }
    const sorted = p.deltas.filter((d) => d > 0).sort((a, b) => a - b);
    const cap = 2 * (sorted[sorted.length >> 1] ?? 100);
    for (let i = 0; i + 1 < p.samples.length; i++) {
      // wall time between samples, times the share of it the thread was on a CPU (its task's thread time / wall time)
      const at = /** @type {number} */ (times[i]);
      if (at < from || at >= until) continue;
      const dur = Math.min(cap, /** @type {number} */ (times[i + 1]) - at) * cpuShare(at);
      if (!(dur > 0)) continue;
      let node = p.nodes.get(/** @type {number} */ (p.samples[i]));
      if (!node || node.name === '(idle)' || node.name === '(program)' || node.name === '(garbage collector)') continue;
      sampledUs += dur;
      count++;
      while (node && !node.url && node.parent !== undefined) node = p.nodes.get(node.parent);
      const url = node?.url ?? '';
      if (!url) continue;
      // Beneath a frame of another origin (the page called into it)? Then it is inline in the caller's work.
      let below = node?.parent === undefined ? undefined : p.nodes.get(node.parent);
      while (below && (!below.url || originOf(below.url) === originOf(url)) && below.parent !== undefined)
        below = p.nodes.get(below.parent);
      const inline = Boolean(below?.url) && originOf(/** @type {string} */ (below?.url)) !== originOf(url);
      const into = inline ? inlineByUrl : byUrl;
      into.set(url, (into.get(url) ?? 0) + dur / 1000);
      if (!inline && node) {
        const frame = `${url} ${node.name || '(anonymous)'}:${node.line + 1}`;
        byFrame.set(frame, (byFrame.get(frame) ?? 0) + dur / 1000);
      }
    }
  }
  /** @type {Map<string, number>} */
  const compileByUrl = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    if (e.name !== 'v8.compile' && e.name !== 'v8.compileModule') continue;
    if (e.ts < from || e.ts >= until) continue;
    const url = e.args?.data?.url ?? e.args?.fileName ?? '';
    // thread time (tdur) where the trace has it: the compile's CPU, not the wait for one
    if (url) compileByUrl.set(url, (compileByUrl.get(url) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  return { byUrl, inlineByUrl, compileByUrl, byFrame, sampledMs: sampledUs / 1000, samples: count };
}

/**
 * The main threads' top-level tasks (RunTask) with the share of their wall time the thread was running (thread time
 * `tdur` / wall `dur`), sorted by start: on a busy machine a thread is taken off its CPU mid-task, and a sample's wall
 * interval would count that wait as the script's work.
 * @param {any[]} events @param {Set<string>} mainThreads
 * @returns {Map<string, { start: number; end: number; share: number }[]>}
 */
function threadTimeOfTasks(events, mainThreads) {
  /** @type {Map<string, { start: number; end: number; share: number }[]>} */
  const out = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || !(e.dur > 0) || typeof e.tdur !== 'number') continue;
    const thread = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(thread)) continue;
    const list = out.get(thread) ?? [];
    list.push({ start: e.ts, end: e.ts + e.dur, share: Math.min(1, Math.max(0, e.tdur / e.dur)) });
    out.set(thread, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * The CPU share at a time: that of the task running then (the outermost, when tasks nest), 1 outside any task.
 * @param {{ start: number; end: number; share: number }[]} tasks sorted by start
 */
function shareAt(tasks) {
  return (/** @type {number} */ t) => {
    let lo = 0;
    let hi = tasks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (/** @type {any} */ (tasks[mid]).start <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // the last task that started by t; an outer task that started earlier may still hold t
    for (let i = found; i >= 0 && i > found - 8; i--) {
      const task = /** @type {any} */ (tasks[i]);
      if (task.end > t) return task.share;
    }
    return 1;
  };
}
