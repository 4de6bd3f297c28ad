/**
 * The environment block of the bundle: browser, OS, locale, time zone, measured clock skew, extension version.
 * Pure: browser globals come in as parameters (the popup passes `navigator`, tests pass plain objects).
 */
import type { ProbeResult } from '../model';
import type { Environment } from './types';

export interface UaBrand {
  brand: string;
  version: string;
}

/** The part of `navigator` (and its high-entropy user-agent data, when the browser gives it) that is read. */
export interface NavigatorInfo {
  userAgent: string;
  language?: string;
  languages?: readonly string[];
  onLine?: boolean;
  /** from `navigator.userAgentData.getHighEntropyValues(['fullVersionList', 'platformVersion'])` */
  fullVersionList?: UaBrand[];
  platform?: string;
  platformVersion?: string;
}

export interface EnvironmentInput {
  nav: NavigatorInfo;
  extensionVersion: string;
  /** recent probe results, any order; the newest clock probe gives the skew */
  probes: readonly ProbeResult[];
  timeZone?: string;
}

export function readEnvironment({ nav, extensionVersion, probes, timeZone }: EnvironmentInput): Environment {
  const { browser, version } = browserOf(nav);
  const clock = latestClock(probes);
  return {
    browser,
    version,
    os: osOf(nav),
    locale: nav.language ?? '',
    languages: [...(nav.languages ?? [])].slice(0, 10),
    timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? '',
    clockSkewSeconds: clock?.skew ?? null,
    clockSkewHost: clock?.host ?? null,
    clockSkewMeasuredAt: clock ? new Date(clock.at).toISOString() : null,
    clockOutsideWindow: clock?.outside ?? null,
    online: typeof nav.onLine === 'boolean' ? nav.onLine : null,
    userAgent: nav.userAgent,
    extensionVersion,
  };
}

function latestClock(probes: readonly ProbeResult[]) {
  let best: ProbeResult | undefined;
  for (const p of probes) {
    if (p.probe !== 'clock' || typeof p.metrics.skewSeconds !== 'number') continue;
    if (!best || p.at > best.at) best = p;
  }
  if (!best) return undefined;
  const m = best.metrics;
  return {
    at: best.at,
    skew: m.skewSeconds as number,
    host: typeof m.host === 'string' ? m.host : (best.target ?? null),
    outside: typeof m.outsideWindow === 'boolean' ? m.outsideWindow : null,
  };
}

// Order matters: Edge and Opera also say "Chrome/", Chrome also says "Safari/".
const UA_BROWSERS: [string, RegExp][] = [
  ['Edge', /Edg(?:e|A|iOS)?\/([\d.]+)/],
  ['Opera', /OPR\/([\d.]+)/],
  ['Samsung Internet', /SamsungBrowser\/([\d.]+)/],
  ['Firefox', /(?:Firefox|FxiOS)\/([\d.]+)/],
  ['Chrome', /(?:Chrome|CriOS)\/([\d.]+)/],
  ['Safari', /Version\/([\d.]+).*Safari\//],
];

const BRAND_NAMES: Record<string, string> = {
  'Google Chrome': 'Chrome',
  'Microsoft Edge': 'Edge',
  Opera: 'Opera',
  Chromium: 'Chromium',
};

export function browserOf(nav: NavigatorInfo): { browser: string; version: string } {
  // The high-entropy list gives the full version that the reduced user-agent string hides (126.0.0.0).
  const brands = nav.fullVersionList ?? [];
  for (const wanted of ['Microsoft Edge', 'Opera', 'Google Chrome', 'Chromium']) {
    const hit = brands.find((b) => b.brand === wanted);
    if (hit) return { browser: BRAND_NAMES[wanted] ?? wanted, version: hit.version };
  }
  for (const [name, re] of UA_BROWSERS) {
    const m = re.exec(nav.userAgent);
    if (m?.[1]) return { browser: name, version: m[1] };
  }
  return { browser: 'unknown', version: '' };
}

export function osOf(nav: NavigatorInfo): string {
  const ua = nav.userAgent;
  if (nav.platform === 'Windows' && nav.platformVersion) {
    // Windows 11 reports platformVersion 13 or higher; the user-agent string says "10.0" for both.
    const major = Number.parseInt(nav.platformVersion, 10);
    return major >= 13 ? 'Windows 11' : 'Windows 10 or older';
  }
  if (nav.platform === 'macOS' && nav.platformVersion) return `macOS ${nav.platformVersion}`;
  let m = /Windows NT ([\d.]+)/.exec(ua);
  if (m) return m[1] === '10.0' ? 'Windows 10 or 11' : `Windows NT ${m[1]}`;
  if (/CrOS/.test(ua)) return 'ChromeOS';
  m = /Android ([\d.]+)/.exec(ua);
  if (m) return `Android ${m[1]}`;
  m = /(?:iPhone|iPad|iPod).*? OS ([\d_]+)/.exec(ua);
  if (m?.[1]) return `iOS ${m[1].replace(/_/g, '.')}`;
  m = /Mac OS X ([\d_.]+)/.exec(ua);
  if (m?.[1]) return `macOS ${m[1].replace(/_/g, '.')}`;
  if (/Linux/.test(ua)) return 'Linux';
  return nav.platform ?? 'unknown';
}

interface UaDataLike {
  getHighEntropyValues(
    hints: string[],
  ): Promise<{ fullVersionList?: UaBrand[]; platform?: string; platformVersion?: string }>;
}

/** What `readEnvironment` needs from a real `navigator`, with the full version where Chromium offers it. */
export async function navigatorInfo(nav: Navigator): Promise<NavigatorInfo> {
  const info: NavigatorInfo = {
    userAgent: nav.userAgent,
    language: nav.language,
    languages: nav.languages,
    onLine: nav.onLine,
  };
  const uaData = (nav as Navigator & { userAgentData?: UaDataLike }).userAgentData;
  if (!uaData) return info;
  try {
    const v = await uaData.getHighEntropyValues(['fullVersionList', 'platformVersion']);
    return { ...info, fullVersionList: v.fullVersionList, platform: v.platform, platformVersion: v.platformVersion };
  } catch {
    return info;
  }
}
