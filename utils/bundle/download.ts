/**
 * The popup's half of the export: save the zip the background built through the browser's ordinary download
 * (an <a download> on a blob URL: no `downloads` permission, and it works in popup.html opened in a tab too).
 */
import { type BuiltBundle, fromBase64 } from './wire';

export function downloadBundle(bundle: BuiltBundle, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([fromBase64(bundle.zip)], { type: 'application/zip' }));
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
