/**
 * The bundle builder: history rows + a diagnosis + the environment -> the zip of CONTRACT.md
 * (report.html, diagnosis.json, network.har). Pure; asynchronous only for the platform's deflate (./zip.ts). The
 * caller collects and downloads.
 */
import type { Breadcrumb } from '../breadcrumbs';
import type { Reader } from '../diagnosis/render';
import type { Locale } from '../i18n/locales';
import { type Dictionary, translatorFor } from '../i18n/translate';
import type { Diagnosis } from '../model';
import { PRODUCT_NAME } from '../product';
import type { Screenshot } from '../screenshot/types';
import { buildDiagnosisJson } from './diagnosis-json';
import { bundleFileName } from './filename';
import { buildHar, failureOf, type Har } from './har';
import { stringifyReadable } from './json';
import { ENGLISH_REPORT, renderReports } from './report-languages';
import { screenshotFile } from './screenshot-file';
import { createScrubber, scrubTree } from './scrub';
import { BUNDLE_SECTIONS, type BundleData, type BundleSection, type DiagnosisJson, type Environment } from './types';
import { type ZipEntry, zipFiles } from './zip';

export const BUNDLE_FILES = ['report.html', 'diagnosis.json', 'network.har'] as const;
export type BundleFile = (typeof BUNDLE_FILES)[number];
/** Files the zip holds only sometimes (CONTRACT.md): the English copy of a report in another language. */
export type OptionalFile = typeof ENGLISH_REPORT;

/** The seller's language and its dictionaries, fetched by the caller: the builder reads nothing itself. */
export interface ReportLanguage {
  locale: Locale;
  messages: Dictionary;
  english: Dictionary;
}

export interface BuildBundleInput {
  data: BundleData;
  /** the current diagnosis (utils/diagnosis); without it every cause is `unknown` */
  diagnosis?: Diagnosis;
  environment: Environment;
  /** sections to include; all by default */
  sections?: readonly BundleSection[];
  now?: Date;
  extensionName?: string;
  /** issue 18: the last 15 minutes of breadcrumbs, and the screenshot when the seller ticked it */
  breadcrumbs?: readonly Breadcrumb[];
  screenshot?: Screenshot;
  /**
   * the language of the `why` and evidence texts of diagnosis.json (for support: English); by default English from
   * `language.english` when given, else the active language
   */
  english?: Reader;
  /** issue 15: report.html in this language (+ report.en.html); without it, in the active one (English in tests) */
  language?: ReportLanguage;
}

export interface Bundle {
  fileName: string;
  zip: Uint8Array<ArrayBuffer>;
  /** the files as written (already redacted) */
  files: Record<BundleFile, string> & Partial<Record<OptionalFile, string>>;
  diagnosis: DiagnosisJson;
  har: Har;
  sizes: Record<BundleFile | 'zip', number> & Partial<Record<OptionalFile | 'screenshot', number>>;
  /** screenshot.png / .jpg, when ticked */
  screenshot?: { name: string; bytes: Uint8Array<ArrayBuffer>; dataUrl: string };
}

/** Where report.html's screenshot goes: a word no redaction pass touches, replaced by the data: URI at the end. */
const IMAGE_SLOT = 'tsd-screenshot-slot';
const withImage = (html: string, dataUrl: string | undefined) => (dataUrl ? html.replace(IMAGE_SLOT, dataUrl) : html);

const englishFrom = (messages: Dictionary): Reader => ({ translate: translatorFor('en', messages), locale: 'en' });

export async function buildBundle(input: BuildBundleInput): Promise<Bundle> {
  const now = input.now ?? new Date();
  const sections = input.sections ?? BUNDLE_SECTIONS;
  const name = input.extensionName ?? PRODUCT_NAME;
  const scrub = createScrubber();
  const shot = input.screenshot ? screenshotFile(input.screenshot) : undefined;
  const requests = sections.includes('network') ? input.data.requests : [];

  const har = scrubTree(
    buildHar(requests, {
      creator: { name, version: input.environment.extensionVersion },
      browser: { name: input.environment.browser, version: input.environment.version },
      scrub,
    }),
    scrub,
  );
  let failed = 0;
  for (const r of requests) if (failureOf(r) !== 'slow') failed++;
  // The final pass covers every string of the tree, environment and diagnosis evidence included.
  const diagnosis = scrubTree(
    buildDiagnosisJson({
      data: input.data,
      diagnosis: input.diagnosis,
      environment: { ...input.environment, reportLanguage: input.language?.locale ?? 'en' },
      sections,
      now,
      extensionName: name,
      network: { entries: har.log.entries.length, failed, slow: requests.length - failed },
      breadcrumbs: input.breadcrumbs,
      screenshot: shot?.json,
      english: input.english ?? (input.language && englishFrom(input.language.english)),
    }),
    scrub,
  );
  // by value, over every file: a secret removed in one place is gone from all of them.
  // The image goes in after the last redaction pass: base64 is long and token-shaped, and the pass would eat it.
  const reports = renderReports(diagnosis, har, shot ? IMAGE_SLOT : undefined, input.language);
  const report = (html: string) => withImage(scrub.final(html), shot?.dataUrl);
  const files: Bundle['files'] = {
    'report.html': report(reports.seller),
    'diagnosis.json': scrub.final(`${stringifyReadable(diagnosis)}\n`),
    'network.har': scrub.final(`${stringifyReadable(har)}\n`),
    ...(reports.english !== undefined ? { [ENGLISH_REPORT]: report(reports.english) } : {}),
  };
  const utf8 = new TextEncoder();
  const bytes: Record<string, Uint8Array<ArrayBuffer>> = {};
  for (const [file, text] of Object.entries(files)) bytes[file] = utf8.encode(text);
  const entries: ZipEntry[] = Object.entries(bytes).map(([file, b]) => ({ name: file, bytes: b }));
  // The image is already compressed: stored as is.
  if (shot) entries.push({ name: shot.name, bytes: shot.bytes, store: true });
  const zip = await zipFiles(entries, { mtime: now });
  return {
    fileName: bundleFileName(now),
    zip,
    files,
    diagnosis,
    har,
    sizes: {
      ...(Object.fromEntries(Object.entries(bytes).map(([file, b]) => [file, b.length])) as Record<BundleFile, number>),
      zip: zip.length,
      ...(shot ? { screenshot: shot.bytes.length } : {}),
    },
    ...(shot ? { screenshot: { name: shot.name, bytes: shot.bytes, dataUrl: shot.dataUrl } } : {}),
  };
}
