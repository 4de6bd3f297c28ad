const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `tiktok-shop-diagnostics-YYYYMMDD-HHMMSS.zip` in the seller's local time (CONTRACT.md). */
export function bundleFileName(now: Date): string {
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `tiktok-shop-diagnostics-${date}-${time}.zip`;
}

export const BUNDLE_FILE_PATTERN = /^tiktok-shop-diagnostics-\d{8}-\d{6}\.zip$/;
