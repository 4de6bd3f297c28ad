/** Probe settings kept with WXT storage. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_CONTROL_URLS } from '../../facts/hosts';

/**
 * Neutral control hosts (https URLs answering a plain GET). A host outside the manifest's host permissions is
 * subject to CORS and unseen by webRequest, so its failures are reported as `other`.
 */
export const controlUrlsSetting = storage.defineItem<string[]>('local:controlUrls', {
  fallback: [...DEFAULT_CONTROL_URLS],
});
