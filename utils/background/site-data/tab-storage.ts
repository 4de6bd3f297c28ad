/**
 * The storage of a Seller Center tab's origin, measured in the tab itself: `scripting.executeScript` runs the
 * self-contained measurement (utils/content/site-storage.ts) in the tab's isolated world and hands back its report.
 * Asked for only by a probe run or a clear, so Seller Center pages carry no listener for it (bench page-cpu).
 */
import { browser } from 'wxt/browser';
import { measureSiteStorage } from '../../content/site-storage';
import type { SiteStorageReport } from '../../model';

type Scripting = Pick<typeof browser.scripting, 'executeScript'>;

/** Rejects when the tab cannot be scripted (closed, discarded, an error page) or gives no report. */
export async function measureTabStorage(
  tabId: number,
  scripting: Scripting | undefined = browser.scripting,
): Promise<SiteStorageReport> {
  if (!scripting) throw new Error('scripting is not available');
  const [first] = await scripting.executeScript({ target: { tabId }, func: measureSiteStorage });
  const report = first?.result as SiteStorageReport | undefined;
  if (!report || typeof report !== 'object' || typeof report.origin !== 'string') {
    throw new Error(`no storage report from tab ${tabId}`);
  }
  return report;
}
