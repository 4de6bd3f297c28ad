/**
 * The export, in the background: read history, diagnose, read the environment, build the zip and hand it to the
 * asking page (`bundle/build`), which saves it through the browser's ordinary download (utils/bundle/download.ts).
 */
import { browser } from 'wxt/browser';
import { readBreadcrumbs } from '../background/breadcrumb-store';
import { CAUSES } from '../causes/registry';
import { diagnose } from '../diagnosis';
import { fetchDictionary, resolveLocale } from '../i18n/load';
import type { Diagnosis } from '../model';
import type { Screenshot } from '../screenshot/types';
import { type DoctorDb, readBundleData } from '../store';
import { type Bundle, buildBundle, type ReportLanguage } from './build';
import { navigatorInfo, readEnvironment } from './environment';
import { previewSections } from './preview';
import type { BundleData, BundleSection } from './types';
import { type BuiltBundle, toBase64 } from './wire';

/** Everything the builder needs, read once, then the bundle with the chosen sections. */
export async function exportBundle(
  database: DoctorDb,
  sections?: readonly BundleSection[],
  nav: Navigator = globalThis.navigator,
  now = new Date(),
  screenshot?: Screenshot,
): Promise<Bundle> {
  const data = await readBundleData(database);
  const environment = readEnvironment({
    nav: await navigatorInfo(nav),
    extensionVersion: browser.runtime.getManifest().version,
    probes: data.probes,
  });
  const diagnosis = diagnoseSafely(data, now.getTime());
  // The last 15 minutes of steps (issue 18), from session storage: not part of the history in the database.
  const breadcrumbs = await readBreadcrumbs(now.getTime()).catch(() => []);
  // One read of the dictionaries: the report's languages, and the English of diagnosis.json (derived by the builder).
  const language = await reportLanguage();
  return buildBundle({ data, diagnosis, environment, now, sections, breadcrumbs, screenshot, language });
}

/**
 * The seller's language (their choice in settings, else the browser's) and its dictionaries, for report.html and
 * report.en.html. Undefined when the English file cannot be read (no extension files: unit tests), so the report
 * renders in the active language rather than as bare keys.
 */
export async function reportLanguage(): Promise<ReportLanguage | undefined> {
  const locale = await resolveLocale().catch(() => 'en' as const);
  const [messages, english] = await Promise.all([fetchDictionary(locale), fetchDictionary('en')]);
  return Object.keys(english).length ? { locale, messages, english } : undefined;
}

/**
 * The `bundle/build` answer: the zip as base64 and the preview of what is in it. The screenshot, when the seller
 * ticked it, was taken by the asking page (it holds activeTab) and comes with the request.
 */
export async function exportForPage(
  database: DoctorDb,
  sections?: readonly BundleSection[],
  screenshot?: Screenshot,
  nav: Navigator = globalThis.navigator,
): Promise<BuiltBundle> {
  const bundle = await exportBundle(database, sections, nav, new Date(), screenshot);
  return {
    fileName: bundle.fileName,
    sizes: bundle.sizes,
    zip: toBase64(bundle.zip),
    preview: previewSections(bundle),
  };
}

/** The diagnosis of the popup, from the same history; a bundle without one is better than no bundle. */
export function diagnoseSafely(data: BundleData, now: number): Diagnosis | undefined {
  const open = data.sessions.find((s) => s.outcome === 'open');
  try {
    return diagnose(CAUSES, data.events, data.probes, open?.answers ?? [], now);
  } catch (err) {
    console.warn('Diagnosis failed while exporting; the bundle lists every cause as unknown.', err);
    return undefined;
  }
}
