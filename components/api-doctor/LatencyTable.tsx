import { useEffect, useState } from 'preact/hooks';
import { type KindLatency, latencyByKind } from '@/utils/api-doctor/latency-stats';
import type { MessageKey } from '@/utils/i18n/keys';
import { t } from '@/utils/i18n/translate';
import { allObservations, db } from '@/utils/store';

const LABEL: Record<string, MessageKey> = {
  checkout: 'apidoc.latency.kind.checkout',
  payment: 'apidoc.latency.kind.payment',
  inventory: 'apidoc.latency.kind.inventory',
  orders: 'apidoc.latency.kind.orders',
  product: 'apidoc.latency.kind.product',
  auth: 'apidoc.latency.kind.auth',
  other: 'apidoc.latency.kind.other',
};
/** The seed's figures, as it states them (budgetMs is the upper bound). */
const SEED_RANGE: Record<string, () => string> = {
  checkout: () => '< 500 ms',
  payment: () => t('apidoc.latency.asCheckout', { range: '< 500 ms' }),
  inventory: () => '400–700 ms',
  orders: () => '600–900 ms',
};
const label = (kind: string) => {
  const key = LABEL[kind];
  return key ? t(key) : kind;
};

export function LatencyTable() {
  const [rows, setRows] = useState<KindLatency[]>();
  const [error, setError] = useState('');

  useEffect(() => {
    allObservations(db())
      .then(({ requests, events }) => setRows(latencyByKind(requests, events)))
      .catch((err) => {
        setError(t('apidoc.latency.readFailed', { error: err instanceof Error ? err.message : String(err) }));
        setRows(latencyByKind([], []));
      });
  }, []);

  return (
    <section class="ad-card" aria-labelledby="ad-latency-h" data-section="latency">
      <h2 id="ad-latency-h">{t('apidoc.section.latency')}</h2>
      <p>{t('apidoc.latency.intro')}</p>
      {error && <p class="ad-status">{error}</p>}
      <div class="ad-table-wrap">
        <table class="ad-table" data-latency>
          <caption class="ad-sr">{t('apidoc.latency.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('apidoc.latency.kind')}</th>
              <th scope="col">{t('apidoc.latency.budget')}</th>
              <th scope="col">{t('apidoc.latency.p50')}</th>
              <th scope="col">{t('apidoc.latency.p95')}</th>
              <th scope="col">{t('apidoc.latency.calls')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((r) => (
              <tr key={r.kind} data-kind={r.kind} data-over={r.overBudget === null ? 'no-data' : String(r.overBudget)}>
                <th scope="row">{label(r.kind)}</th>
                <td title={r.budgetSource}>
                  {SEED_RANGE[r.kind]?.() ?? t('apidoc.latency.ourDefault', { ms: String(r.budgetMs) })}
                </td>
                {r.n === 0 ? (
                  <td colSpan={3} class="ad-muted">
                    {t('apidoc.latency.noData')}
                  </td>
                ) : (
                  <>
                    <td>{r.p50} ms</td>
                    <td class={r.overBudget ? 'ad-fail-text' : undefined}>
                      {r.overBudget ? t('apidoc.latency.overBudget', { ms: String(r.p95) }) : `${r.p95} ms`}
                    </td>
                    <td>{r.n}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!rows && <p class="ad-muted">{t('apidoc.latency.reading')}</p>}
    </section>
  );
}
