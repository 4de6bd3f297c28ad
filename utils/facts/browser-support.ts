/**
 * The oldest browser major versions treated as supported, as data with their source. TikTok publishes no
 * minimum browser version for Seller Center (none found in its help pages or Partner docs, 2026); the floor
 * below is this project's policy: the last release each vendor shipped for operating systems it has since
 * dropped, below which a browser gets no security fixes and modern web apps stop being tested against it.
 */

export interface BrowserMinimum {
  /** name as `detectBrowser` reports it */
  name: string;
  minimum: number;
  source: string;
}

const CHROME_109 = 'Chrome 109 is the last release for Windows 7/8.1 and macOS 10.13/10.14 (Google Chrome Help, 2023)';

export const BROWSER_MINIMUMS: readonly BrowserMinimum[] = [
  { name: 'Chrome', minimum: 109, source: CHROME_109 },
  { name: 'Chromium', minimum: 109, source: CHROME_109 },
  { name: 'Brave', minimum: 109, source: `Brave follows Chromium's version numbers; ${CHROME_109}` },
  { name: 'Edge', minimum: 109, source: 'Edge 109 is the last release for Windows 7/8.1 (Microsoft Learn, 2023)' },
  { name: 'Opera', minimum: 95, source: `Opera 95 is built on Chromium 109; ${CHROME_109}` },
  {
    name: 'Firefox',
    minimum: 115,
    source: 'Firefox 115 ESR is the last release for Windows 7/8.1 and macOS 10.12-10.14 (Mozilla support, 2023)',
  },
];

export function minimumFor(name: string): BrowserMinimum | undefined {
  return BROWSER_MINIMUMS.find((b) => b.name === name);
}
