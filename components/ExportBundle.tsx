import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadBundle } from '@/utils/bundle/download';
import { SECTION_WORDS } from '@/utils/bundle/section-words';
import { BUNDLE_SECTIONS, type BundleSection } from '@/utils/bundle/types';
import type { BuiltBundle } from '@/utils/bundle/wire';
import { formatNumber } from '@/utils/i18n/format';
import { t } from '@/utils/i18n/translate';
import { sendMessage } from '@/utils/messages';
import { imageTypeOf, type Screenshot } from '@/utils/screenshot/types';
import { ScreenshotOption, ScreenshotPreview, takeScreenshot } from './ScreenshotOption';
import './dialog.css';
import './ExportBundle.css';

type State = 'idle' | 'building' | 'done' | 'failed';

const kb = (bytes: number) =>
  bytes < 1024 ? `${formatNumber(bytes)} B` : `${formatNumber(Math.round(bytes / 1024))} KB`;
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The support bundle: one click downloads every section ([data-action="export-bundle"], CONTRACT.md); "Preview"
 * opens what is in it, section by section, with the choice to leave sections out before downloading. The
 * background builds the zip (`bundle/build`); this page only saves what comes back.
 */
export function ExportBundle() {
  const [state, setState] = useState<State>('idle');
  const [message, setMessage] = useState('');
  const [open, setOpen] = useState(false);
  const [sections, setSections] = useState<BundleSection[]>([...BUNDLE_SECTIONS]);
  const [preview, setPreview] = useState<BuiltBundle>();
  const [shot, setShot] = useState(false);
  // Taken once when the preview opens (when ticked), and sent with every rebuild of it.
  const [captured, setCaptured] = useState<Screenshot>();
  const dialog = useRef<HTMLDialogElement>(null);

  const saved = (bundle: BuiltBundle) => {
    downloadBundle(bundle);
    setState('done');
    setMessage(t('popup.export.saved', { file: bundle.fileName, size: kb(bundle.sizes.zip) }));
  };
  const failed = (err: unknown) => {
    setState('failed');
    setMessage(t('popup.export.failed', { error: errorText(err) }));
  };

  const exportAll = async () => {
    setState('building');
    setMessage('');
    try {
      const screenshot = await takeScreenshot(shot);
      saved(await sendMessage('bundle/build', screenshot ? { screenshot } : {}));
    } catch (err) {
      failed(err);
    }
  };

  const openPreview = () => {
    setOpen(true);
    setSections([...BUNDLE_SECTIONS]);
    setPreview(undefined);
    setCaptured(undefined);
    if (!shot) return;
    takeScreenshot(shot).then(setCaptured, (err: unknown) => {
      setOpen(false);
      failed(err);
    });
  };

  useEffect(() => {
    // Each choice of sections is built by the background; a stale answer (the seller ticked again) is dropped.
    if (!open || (shot && !captured)) return;
    let live = true;
    sendMessage('bundle/build', captured ? { sections, screenshot: captured } : { sections }).then(
      (built) => live && setPreview(built),
      (err: unknown) => {
        if (!live) return;
        setOpen(false);
        failed(err);
      },
    );
    return () => {
      live = false;
    };
  }, [open, sections, captured]);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  const toggle = (id: BundleSection, on: boolean) =>
    setSections((cur) => BUNDLE_SECTIONS.filter((s) => (s === id ? on : cur.includes(s))));

  const busy = state === 'building';
  return (
    <div class="exb" data-export-state={state}>
      <div class="exb-buttons">
        <button type="button" data-action="export-bundle" onClick={exportAll} disabled={busy}>
          {busy ? t('popup.export.preparing') : t('popup.export.button')}
        </button>
        <button type="button" data-action="preview-bundle" aria-haspopup="dialog" onClick={openPreview} disabled={busy}>
          {t('popup.export.preview')}
        </button>
      </div>
      <ScreenshotOption checked={shot} onChange={setShot} />
      {message && (
        <p class={state === 'failed' ? 'exb-msg exb-error' : 'exb-msg'} role="status" data-export-message>
          {message}
        </p>
      )}
      <dialog
        ref={dialog}
        class="exb-dialog"
        aria-labelledby="exb-title"
        data-bundle-preview
        onClose={() => setOpen(false)}
      >
        <h2 id="exb-title">{t('popup.export.title')}</h2>
        <p class="exb-note">{t('popup.export.note')}</p>
        {!preview ? (
          <p role="status">{t('popup.export.reading')}</p>
        ) : (
          <>
            {captured && <ScreenshotPreview dataUrl={captured.dataUrl} />}
            <ul class="exb-sections">
              {preview.preview.map((s) => (
                <li key={s.id} data-section={s.id}>
                  <label>
                    <input
                      type="checkbox"
                      data-section-toggle={s.id}
                      checked={s.optional ? sections.includes(s.id as BundleSection) : true}
                      disabled={!s.optional}
                      onChange={(e) => toggle(s.id as BundleSection, e.currentTarget.checked)}
                    />{' '}
                    <strong>{t(SECTION_WORDS[s.id].title)}</strong>{' '}
                    <span class="exb-count">({formatNumber(s.count)})</span>
                  </label>
                  <p class="exb-desc">{t(SECTION_WORDS[s.id].description)}</p>
                  {s.sample.length > 0 && (
                    <ul class="exb-sample">
                      {s.sample.map((line, i) => (
                        <li key={`${i}:${line}`}>{line}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
            <p class="exb-size">
              {t('popup.export.size', {
                files: `${preview.fileName}: report.html, diagnosis.json, network.har${
                  captured ? `, screenshot.${imageTypeOf(captured.dataUrl)}` : ''
                }`,
                size: kb(preview.sizes.zip),
              })}
            </p>
          </>
        )}
        <div class="exb-actions">
          <button
            type="button"
            data-action="export-bundle-selected"
            disabled={!preview}
            onClick={() => {
              if (!preview) return;
              saved(preview);
              setOpen(false);
            }}
          >
            {t('popup.export.download')}
          </button>
          <button type="button" data-action="close-preview" onClick={() => setOpen(false)}>
            {t('popup.cancel')}
          </button>
        </div>
      </dialog>
    </div>
  );
}
