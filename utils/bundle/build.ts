/**
 * The bundle builder: history rows + a diagnosis + the environment -> the zip of CONTRACT.md
 * (report.html, diagnosis.json, network.har). Pure and synchronous; the caller collects and downloads.
 */
import { strToU8, zipSync } from 'fflate';
import type { Reader } from '../diagnosis/render';
import type { Diagnosis } from '../model';
import { PRODUCT_NAME } from '../product';
import { buildDiagnosisJson } from './diagnosis-json';
import { bundleFileName } from './filename';
import { buildHar, failureOf, type Har } from './har';
import { stringifyReadable } from './json';
import { buildReportHtml } from './report-html';
import { createScrubber, scrubTree } from './scrub';
import { BUNDLE_SECTIONS, type BundleData, type BundleSection, type DiagnosisJson, type Environment } from './types';

export const BUNDLE_FILES = ['report.html', 'diagnosis.json', 'network.har'] as const;
export type BundleFile = (typeof BUNDLE_FILES)[number];

export interface BuildBundleInput {
  data: BundleData;
  /** the current diagnosis (utils/diagnosis); without it every cause is `unknown` */
  diagnosis?: Diagnosis;
  environment: Environment;
  /** sections to include; all by default */
  sections?: readonly BundleSection[];
  now?: Date;
  extensionName?: string;
  /** the language of the `why` and evidence texts of diagnosis.json: English (see english.ts); the active one by default */
  english?: Reader;
}

export interface Bundle {
  fileName: string;
  zip: Uint8Array<ArrayBuffer>;
  /** the files as written (already redacted) */
  files: Record<BundleFile, string>;
  diagnosis: DiagnosisJson;
  har: Har;
  sizes: Record<BundleFile | 'zip', number>;
}

export function buildBundle(input: BuildBundleInput): Bundle {
  const now = input.now ?? new Date();
  const sections = input.sections ?? BUNDLE_SECTIONS;
  const name = input.extensionName ?? PRODUCT_NAME;
  const scrub = createScrubber();
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
      environment: input.environment,
      sections,
      now,
      extensionName: name,
      network: { entries: har.log.entries.length, failed, slow: requests.length - failed },
      english: input.english,
    }),
    scrub,
  );
  const files: Record<BundleFile, string> = {
    'report.html': buildReportHtml(diagnosis, har),
    'diagnosis.json': `${stringifyReadable(diagnosis)}\n`,
    'network.har': `${stringifyReadable(har)}\n`,
  };
  const bytes = {
    'report.html': strToU8(files['report.html']),
    'diagnosis.json': strToU8(files['diagnosis.json']),
    'network.har': strToU8(files['network.har']),
  };
  const zip = zipSync(bytes, { level: 4, mtime: now });
  return {
    fileName: bundleFileName(now),
    zip,
    files,
    diagnosis,
    har,
    sizes: {
      'report.html': bytes['report.html'].length,
      'diagnosis.json': bytes['diagnosis.json'].length,
      'network.har': bytes['network.har'].length,
      zip: zip.length,
    },
  };
}
