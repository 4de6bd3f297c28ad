/** Which browser this is and whether it is recent enough, plus the extension's own version. */

import { type DxMessage, dx } from '../../diagnosis/message';
import { minimumFor } from '../../facts/browser-support';
import type { ProbeOutcome } from '../../model';
import { PRODUCT_NAME } from '../../product';
import type { ProbeMetrics } from './metrics';
import type { NavigatorLike } from './online';

const BRAND_NAMES: [string, string][] = [
  ['Microsoft Edge', 'Edge'],
  ['Opera', 'Opera'],
  ['Brave', 'Brave'],
  ['Google Chrome', 'Chrome'],
  ['Chromium', 'Chromium'],
];

const UA_RULES: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/Chromium\/(\d+)/, 'Chromium'],
  [/Chrome\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[^ ]* .*Safari\//, 'Safari'],
];

/** Name and major version: from User-Agent Client Hints brands when present (not frozen), else the UA string. */
export function detectBrowser(nav: Pick<NavigatorLike, 'userAgent' | 'userAgentData'>): {
  name: string;
  major: number;
} {
  const brands = nav.userAgentData?.brands ?? [];
  for (const [brand, name] of BRAND_NAMES) {
    const hit = brands.find((b) => b.brand === brand);
    const major = hit ? Number.parseInt(hit.version, 10) : Number.NaN;
    if (Number.isFinite(major)) return { name, major };
  }
  const ua = nav.userAgent ?? '';
  for (const [re, name] of UA_RULES) {
    const m = re.exec(ua);
    if (m?.[1]) return { name, major: Number.parseInt(m[1], 10) };
  }
  return { name: 'unknown', major: 0 };
}

export function browserMetrics(
  nav: Pick<NavigatorLike, 'userAgent' | 'userAgentData'>,
  extensionVersion: string,
): ProbeMetrics['browser'] {
  const { name, major } = detectBrowser(nav);
  return { name, major, minimum: minimumFor(name)?.minimum ?? 0, extensionVersion };
}

export function browserOutcome(m: ProbeMetrics['browser']): ProbeOutcome {
  if (m.name === 'unknown' || m.minimum === 0) return 'skip';
  return m.major < m.minimum ? 'fail' : 'pass';
}

export function browserSummary(m: ProbeMetrics['browser']): DxMessage {
  // versions as strings: they are names, not quantities (no digit grouping)
  const ext = { product: PRODUCT_NAME, version: m.extensionVersion };
  const browser = { name: m.name, major: String(m.major), minimum: String(m.minimum), ...ext };
  if (m.name === 'unknown') return dx('probe.browser.unknown', ext);
  if (m.minimum === 0) return dx('probe.browser.noMinimum', browser);
  if (m.major < m.minimum) return dx('probe.browser.old', browser);
  return dx('probe.browser.ok', browser);
}
