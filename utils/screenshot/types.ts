/** A screenshot of a Seller Center tab for the bundle (issue 18), taken only when the seller ticks the option. */
export interface Screenshot {
  /** data:image/png;base64,... (or image/jpeg) */
  dataUrl: string;
  /** epoch ms */
  capturedAt: number;
  /** the tab's address, already redacted */
  url: string;
  width: number;
  height: number;
  /** `tab-capture`: the pixels on screen; `page-render`: the page's own DOM drawn again (no canvas, frames or images) */
  method: 'tab-capture' | 'page-render';
}

export type ImageType = 'png' | 'jpg';

export function imageTypeOf(dataUrl: string): ImageType {
  return dataUrl.startsWith('data:image/jpeg') ? 'jpg' : 'png';
}

/** The image bytes of a base64 data URL. */
export function imageBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
