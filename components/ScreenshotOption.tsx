/**
 * The screenshot option of the export (`[data-option="include-screenshot"]`, off by default, CONTRACT.md) and the
 * screenshot as the preview shows it: first, with a plain warning. Nothing is captured unless it is ticked.
 */
import { t } from '@/utils/i18n/translate';
import type { Screenshot } from '@/utils/screenshot/types';

export function ScreenshotOption({ checked, onChange }: { checked: boolean; onChange(on: boolean): void }) {
  return (
    <label class="exb-option">
      <input
        type="checkbox"
        data-option="include-screenshot"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />{' '}
      {t('popup.screenshot.label')}
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
    throw new Error(t('popup.screenshot.failed', { reason: err instanceof Error ? err.message : String(err) }));
  }
}

export function ScreenshotPreview({ dataUrl }: { dataUrl: string }) {
  return (
    <figure class="exb-shot" data-section="screenshot">
      <p class="exb-warning" role="note">
        {t('popup.screenshot.warning')}
      </p>
      <img src={dataUrl} alt={t('popup.screenshot.alt')} />
    </figure>
  );
}
