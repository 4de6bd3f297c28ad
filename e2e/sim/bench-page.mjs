/**
 * A page and an endpoint for the benchmarks only (bench/lib/figures/request-latency.mjs), served on any host.
 * Cross-origin isolated (COOP same-origin + COEP require-corp), because Chromium gives `performance.now()` 5 µs
 * resolution there and coarsens it to 100 µs (with jitter) in any other page: a per-request figure measured in an
 * ordinary page falls on a 0.1 ms grid and cannot resolve a budget of 0.05 ms. No end-to-end test asks for these
 * paths, so every other page of the simulator keeps its headers.
 */

/** The timing page: nothing on it but a title; the bench runs its own script in it. */
export const BENCH_PAGE = '/__bench/timing';
/** The request the bench times: answered by the ordinary routes (a Seller Center API envelope on seller hosts). */
export const BENCH_PING = '/api/v1/bench/ping';

/** What makes a document cross-origin isolated, and lets the ping be read from one (CORP). */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** @param {string} pathname */
export const isBenchPath = (pathname) => pathname === BENCH_PAGE || pathname === BENCH_PING;

export function benchPage() {
  return `<!doctype html>
<html lang="en" data-sim-page="bench">
<head><meta charset="utf-8"><title>Bench timing page (local simulator)</title></head>
<body><p>Timing page for the benchmarks (cross-origin isolated).</p></body>
</html>`;
}
