/** The shapes of the generated error catalog (utils/facts/error-codes.data.ts, written by scripts/gen-catalog.mjs). */
import type { CauseId } from '../model';

/** One of the nine causes, or `integration`: the request itself is wrong (shape, ids, state), not the seller's setup. */
export type CodeCause = CauseId | 'integration';
/** Who must act: the seller in Seller Center, the integrator's system, TikTok (wait and retry), or support. */
export type Actor = 'seller' | 'integrator' | 'tiktok' | 'support';

export type FamilyId =
  | 'listing-product'
  | 'category-brand-attribute'
  | 'inventory-price'
  | 'image-media'
  | 'promotion'
  | 'fulfillment-logistics'
  | 'order'
  | 'return-refund'
  | 'customer-service'
  | 'affiliate'
  | 'params-request'
  | 'platform-server'
  | 'rate-limit'
  | 'permission-scope'
  | 'auth-token'
  | 'signature-clock'
  | 'shop-cipher'
  | 'account-shop-status'
  | 'payment-finance'
  | 'webhook'
  | 'other';

export interface FamilyRow {
  label: string;
  /** fix steps every code of the family shares */
  fix: readonly string[];
}

/** Fields a message variant may change. */
export interface VariantRow {
  /** short name of the variant; absent for a mere rewording of the code's one meaning */
  id?: string;
  /** lower-case fragments of the message that select it (any one) */
  match: readonly string[];
  /** the documented messages it covers */
  messages?: readonly string[];
  meaning?: string;
  cause?: CodeCause;
  area?: string;
  actor?: Actor;
  retry?: boolean;
  fix?: readonly string[];
}

export interface CodeRow {
  code: number;
  family: FamilyId;
  /** TikTok's most frequent message for it */
  message: string;
  meaning: string;
  cause: CodeCause;
  /** id of AREA_LABELS */
  area: string;
  actor: Actor;
  /** can the same request succeed later */
  retry: boolean;
  /** code-specific steps, shown before the family's */
  steps?: readonly string[];
  /** hand-written complete fix, replacing steps + family steps */
  fix?: readonly string[];
  http?: number;
  endpoints?: string;
  source: string;
  variants?: readonly VariantRow[];
}
