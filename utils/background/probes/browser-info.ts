/** Which browser this is and whether it is recent enough, plus the extension's own version. */
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

export function browserSummary(m: ProbeMetrics['browser']): string {
  const ext = `${PRODUCT_NAME} ${m.extensionVersion}.`;
  if (m.name === 'unknown') return `The browser could not be identified; its version is not checked. ${ext}`;
  if (m.minimum === 0) return `${m.name} ${m.major}: no supported minimum is known for this browser. ${ext}`;
  if (m.major < m.minimum)
    return `${m.name} ${m.major} is older than ${m.minimum}, the oldest version still treated as supported: update the browser. ${ext}`;
  return `${m.name} ${m.major} (supported: ${m.minimum} or newer). ${ext}`;
}
