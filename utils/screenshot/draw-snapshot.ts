/** Draws a page snapshot (page-snapshot.ts) to a PNG in the extension page: SVG foreignObject onto a canvas. */
import type { PageSnapshot } from './page-snapshot';

export async function drawSnapshot(snap: PageSnapshot, doc: Document = document): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${snap.width}" height="${snap.height}"><foreignObject x="0" y="0" width="100%" height="100%">${snap.xhtml}</foreignObject></svg>`;
  const img = new Image(snap.width, snap.height);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = doc.createElement('canvas');
  canvas.width = snap.width;
  canvas.height = snap.height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('No 2D canvas to draw the screenshot on.');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, snap.width, snap.height);
  g.drawImage(img, 0, 0);
  return canvas.toDataURL('image/png');
}
