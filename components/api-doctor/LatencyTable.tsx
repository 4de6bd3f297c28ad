import { useEffect, useState } from 'preact/hooks';
import { type KindLatency, latencyByKind } from '@/utils/api-doctor/latency-stats';
import { allObservations, db } from '@/utils/store';

const LABEL: Record<string, string> = {
  checkout: 'Checkout',
  payment: 'Payment',
  inventory: 'Inventory status',
  orders: 'Order management',
  product: 'Products',
  auth: 'Sign-in and tokens',
  other: 'Other',
};
/** The seed's figures, as it states them (budgetMs is the upper bound). */
const SEED_RANGE: Record<string, string> = {
  checkout: '< 500 ms',
  payment: '< 500 ms (as checkout)',
  inventory: '400–700 ms',
  orders: '600–900 ms',
};

export function LatencyTable() {
  const [rows, setRows] = useState<KindLatency[]>();
  const [error, setError] = useState('');

  useEffect(() => {
    allObservations(db())
      .then(({ requests, events }) => setRows(latencyByKind(requests, events)))
      .catch((err) => {
        setError(`History could not be read (${err instanceof Error ? err.message : String(err)}).`);
        setRows(latencyByKind([], []));
      });
  }, []);

  return (
    <section class="ad-card" aria-labelledby="ad-latency-h" data-section="latency">
      <h2 id="ad-latency-h">Latency budgets</h2>
      <p>
        Acceptable response times by kind of call, beside what this browser has recorded. History holds only failed or
        slow Seller Center calls, so observed figures run high.
      </p>
      {error && <p class="ad-status">{error}</p>}
      <div class="ad-table-wrap">
        <table class="ad-table" data-latency>
          <caption class="ad-sr">Latency budget and observed p50 and p95 per kind of API call</caption>
          <thead>
            <tr>
              <th scope="col">Kind of call</th>
              <th scope="col">Budget</th>
              <th scope="col">Observed p50</th>
              <th scope="col">Observed p95</th>
              <th scope="col">Calls</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((r) => (
              <tr key={r.kind} data-kind={r.kind} data-over={r.overBudget === null ? 'no-data' : String(r.overBudget)}>
                <th scope="row">{LABEL[r.kind] ?? r.kind}</th>
                <td title={r.budgetSource}>{SEED_RANGE[r.kind] ?? `≤ ${r.budgetMs} ms (our default)`}</td>
                {r.n === 0 ? (
                  <td colSpan={3} class="ad-muted">
                    no data
                  </td>
                ) : (
                  <>
                    <td>{r.p50} ms</td>
                    <td class={r.overBudget ? 'ad-fail-text' : undefined}>
                      {r.p95} ms{r.overBudget ? ' (over budget)' : ''}
                    </td>
                    <td>{r.n}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!rows && <p class="ad-muted">Reading history…</p>}
    </section>
  );
}
