/**
 * Wiring for extension pages (the popup): read history, diagnose, read the environment, and save the zip through
 * the browser's ordinary download (an <a download> on a blob URL: no `downloads` permission needed).
 */
import { browser } from 'wxt/browser';
import { readBreadcrumbs } from '../background/breadcrumb-store';
import { db } from '../db';
import { diagnose } from '../diagnosis';
import type { Diagnosis } from '../model';
import { type BuildBundleInput, type Bundle, buildBundle } from './build';
import { collectBundleData } from './collect';
import { navigatorInfo, readEnvironment } from './environment';
import type { BundleData } from './types';

export type PreparedBundle = Omit<BuildBundleInput, 'sections'>;

/** Everything the builder needs, read once; the preview rebuilds from it as sections are ticked. */
export async function prepareBundle(now = new Date()): Promise<PreparedBundle> {
  const t0 = performance.now();
  const data = await collectBundleData(db());
  const t1 = performance.now();
  const environment = readEnvironment({
    nav: await navigatorInfo(navigator),
    extensionVersion: browser.runtime.getManifest().version,
    probes: data.probes,
  });
  const diagnosis = diagnoseSafely(data, now.getTime());
  // Timings for `npm run bench` (performance.getEntriesByName('tsd-bundle-collect') in the popup).
  performance.measure('tsd-bundle-collect', { start: t0, end: t1 });
  performance.measure('tsd-bundle-diagnose', { start: t1 });
  // The last 15 minutes of steps (issue 18), from session storage: not part of the history in the database.
  const breadcrumbs = await readBreadcrumbs(now.getTime()).catch(() => []);
  return { data, diagnosis, environment, now, breadcrumbs };
}

/** Build the bundle and record how long it took (`tsd-bundle-build`). */
export function buildMeasured(input: BuildBundleInput): Bundle {
  const t0 = performance.now();
  const bundle = buildBundle(input);
  performance.measure('tsd-bundle-build', { start: t0 });
  return bundle;
}

/** The diagnosis of the popup, from the same history; a bundle without one is better than no bundle. */
export function diagnoseSafely(data: BundleData, now: number): Diagnosis | undefined {
  const open = data.sessions.find((s) => s.outcome === 'open');
  try {
    return diagnose(data.events, data.probes, open?.answers ?? [], now);
  } catch (err) {
    console.warn('Diagnosis failed while exporting; the bundle lists every cause as unknown.', err);
    return undefined;
  }
}

export function downloadBundle(bundle: Bundle, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bundle.zip], { type: 'application/zip' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = bundle.fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; the popup's document goes away anyway.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
