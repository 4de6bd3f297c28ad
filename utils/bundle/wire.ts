/**
 * The built bundle as it crosses from the background to the popup: runtime messages are JSON in Chrome, so the
 * zip travels as base64 and the popup turns it back into bytes for the browser's ordinary download.
 */
import type { Bundle } from './build';
import type { SectionPreview } from './preview';

export interface BuiltBundle {
  fileName: string;
  sizes: Bundle['sizes'];
  /** the zip, base64 */
  zip: string;
  /** what the preview dialog lists, from the built (already redacted) files */
  preview: SectionPreview[];
}

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
