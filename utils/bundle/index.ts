export { BUNDLE_FILES, type BuildBundleInput, type Bundle, type BundleFile, buildBundle } from './build';
export { type EnvironmentInput, type NavigatorInfo, readEnvironment } from './environment';
export { BUNDLE_FILE_PATTERN, bundleFileName } from './filename';
export { BUNDLE_LIMITS } from './limits';
export { BUNDLE_SCHEMA, BUNDLE_SECTIONS, type BundleData, type BundleSection, type Environment } from './types';
