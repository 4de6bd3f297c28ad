/**
 * Talk to the simulator from Node (tests of the simulator itself, benchmarks): an HTTPS request to 127.0.0.1
 * carrying the wanted Host, accepting the test-only certificate.
 */
import https from 'node:https';

/**
 * @param {{ port: number }} sim
 * @param {string} url e.g. https://seller-us.tiktok.com/api/v1/product/list
 * @param {{ method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number }} [init]
 */
export function simRequest(sim, url, init = {}) {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: sim.port,
        servername: u.hostname,
        path: u.pathname + u.search,
        method: init.method ?? 'GET',
        headers: { host: u.hostname, ...init.headers },
        rejectUnauthorized: false,
        agent: false,
        timeout: init.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(init.body);
  });
}
