/** The screenshot in the bundle: its zip entry, its diagnosis.json record and the data URL report.html shows. */
import { redactUrl } from '../redact';
import { imageBytes, imageTypeOf, type Screenshot } from '../screenshot/types';
import type { JsonScreenshot } from './types';

const DATA_URL = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/=]+$/;

export function screenshotFile(shot: Screenshot) {
  // Only a well-formed image data URL goes into the report: it is written into an attribute.
  if (!DATA_URL.test(shot.dataUrl)) throw new Error('The screenshot is not a PNG or JPEG image.');
  const name = `screenshot.${imageTypeOf(shot.dataUrl)}`;
  const json: JsonScreenshot = {
    file: name,
    capturedAt: new Date(shot.capturedAt).toISOString(),
    url: redactUrl(shot.url),
    width: Math.round(shot.width),
    height: Math.round(shot.height),
    method: shot.method,
  };
  return { name, json, bytes: imageBytes(shot.dataUrl), dataUrl: shot.dataUrl };
}
