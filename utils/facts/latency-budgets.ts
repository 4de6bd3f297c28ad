/**
 * Latency budgets per kind of API call, as data with their sources (see ../shared/TIKTOK_FACTS.md, latency table),
 * and the classifier that tells the kind from a URL. Calls slower than their budget become `slow-api` events.
 */
import type { ApiKind } from '../model';
import { hostAndPath } from './hosts';

export interface LatencyBudget {
  kind: ApiKind;
  budgetMs: number;
  source: string;
}

/** The budgets alone: what the content script needs (the sources below stay out of the page's bundle). */
export const BUDGET_MS: Readonly<Record<ApiKind, number>> = {
  checkout: 500,
  payment: 500,
  inventory: 700,
  orders: 900,
  product: 1_000,
  auth: 1_000,
  other: 1_500,
};

// Plain literals (no template strings) so that bundlers can drop them from the page's bundle.
const SOURCES: Record<ApiKind, string> = {
  checkout: 'seed article "TikTok Shop API connection failed" (TIKTOK_FACTS.md): checkout < 500 ms',
  payment: 'seed article "TikTok Shop API connection failed" (TIKTOK_FACTS.md): checkout < 500 ms, applied to payment',
  inventory: 'seed article "TikTok Shop API connection failed" (TIKTOK_FACTS.md): inventory status 400-700 ms',
  orders: 'seed article "TikTok Shop API connection failed" (TIKTOK_FACTS.md): order management 600-900 ms',
  product: 'extension default: no published figure; generous so that only clearly slow calls are flagged',
  auth: 'extension default: no published figure; generous so that only clearly slow calls are flagged',
  other: 'extension default: no published figure; generous so that only clearly slow calls are flagged',
};

function withSources(): Readonly<Record<ApiKind, LatencyBudget>> {
  const out = {} as Record<ApiKind, LatencyBudget>;
  for (const kind of Object.keys(BUDGET_MS) as ApiKind[]) {
    out[kind] = { kind, budgetMs: BUDGET_MS[kind], source: SOURCES[kind] };
  }
  return out;
}

/** Every budget with its source. */
export const LATENCY_BUDGETS = /* @__PURE__ */ withSources();

/**
 * The smallest budget: the hook reports only calls slower than this, the content script judges per kind. A literal
 * (tests/catalog.test.ts checks it is the minimum), so that the hook's bundle holds a number, not the table.
 */
export const MIN_BUDGET_MS = 500;

/**
 * First match wins, so the more specific kinds come first: `/product/202309/products/1/inventory/update`
 * is inventory, `/api/v1/finance/payout/list` is payment. Matched against host + path, never the query.
 */
const RULES: [RegExp, ApiKind][] = [
  [
    /checkout|place_?order|\/cart(?:\/|$)|\/trade\/|\/buy(?:\/|$)|order\/create|\/pay\/(?:create|submit|confirm)/i,
    'checkout',
  ],
  [/payment|\/pay(?:\/|$)|billing|payout|settle|finance|wallet|invoice|statement|withdraw|bank/i, 'payment'],
  [/inventor|\/stocks?(?:\/|$)|stock_|warehouse/i, 'inventory'],
  [/\/orders?(?:\/|$)|order_|fulfil|\/packages?(?:\/|$)|shipping|logistic|return|refund|cancellation/i, 'orders'],
  [/product|listing|\/skus?(?:\/|$)|categor|brand|\/images?\/|upload/i, 'product'],
  [/^auth\.|\/auth|token|login|logout|passport|\/sso|\/oauth|\/account\/(?:info|login)/i, 'auth'],
];

/**
 * The rules as data for the MAIN-world hook's offer (utils/hook/handshake.ts): each kind's pattern (case-insensitive)
 * and budget, in order. The hook then reports a successful call only when it is over its own kind's budget.
 */
export function budgetRules(): [string, number][] {
  return RULES.map(([re, kind]) => [re.source, BUDGET_MS[kind]]);
}

/** The kind of API call a URL is, from its host and path. Anything unknown is `other`. */
export function apiKindOf(url: string, base?: string): ApiKind {
  const target = hostAndPath(url, base);
  for (const [re, kind] of RULES) if (re.test(target)) return kind;
  return 'other';
}

export function budgetOf(kind: ApiKind): number {
  return BUDGET_MS[kind];
}
