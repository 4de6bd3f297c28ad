/**
 * The screenshot option of the export (`[data-option="include-screenshot"]`, off by default, CONTRACT.md) and the
 * screenshot as the preview shows it: first, with a plain warning. Nothing is captured unless it is ticked.
 */
import type { Screenshot } from '@/utils/screenshot/types';

export const SCREENSHOT_OPTION_TEXT = {
  label: 'Include a screenshot of Seller Center',
  warning:
    'This screenshot may show personal data (names, addresses, orders, amounts). Untick the screenshot option if you do not want to send it.',
  failed: (why: string) => `The screenshot could not be taken: ${why}`,
} as const;

export function ScreenshotOption({ checked, onChange }: { checked: boolean; onChange(on: boolean): void }) {
  return (
    <label class="exb-option">
      <input
        type="checkbox"
        data-option="include-screenshot"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />{' '}
      {SCREENSHOT_OPTION_TEXT.label}
    </label>
  );
}

/**
 * The screenshot of the latest Seller Center tab when ticked (its code loads only then). This page takes it (it
 * holds the activeTab grant); the background puts it in the bundle.
 */
export async function takeScreenshot(on: boolean): Promise<Screenshot | undefined> {
  if (!on) return undefined;
  const { captureSellerTab } = await import('@/utils/screenshot/capture');
  try {
    return await captureSellerTab();
  } catch (err) {
    throw new Error(SCREENSHOT_OPTION_TEXT.failed(err instanceof Error ? err.message : String(err)));
  }
}

export function ScreenshotPreview({ dataUrl }: { dataUrl: string }) {
  return (
    <figure class="exb-shot" data-section="screenshot">
      <p class="exb-warning" role="note">
        {SCREENSHOT_OPTION_TEXT.warning}
      </p>
      <img src={dataUrl} alt="The screenshot that goes into the bundle" />
    </figure>
  );
}
