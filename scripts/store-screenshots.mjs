/**
 * `npm run store:screenshots`: the store screenshots (1280x800 PNG, what both stores accept) in
 * docs/store/screenshots/, made from the demo scenarios: `e2e/demo.mjs <scenario> --screenshot` saves the Seller
 * Center page (1280x800) and the popup; they are composed here, the popup over the page's right side with a
 * caption, and rendered by the same headless Chromium at exactly 1280x800.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { requireBrowser } from '../e2e/find-browser.mjs';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'store', 'screenshots');
const SHOTS = [
  { scenario: 'platform-5xx', caption: 'TikTok is down, not you: the likely cause first, with its evidence' },
  { scenario: 'dns-failure', caption: 'Your network cannot find TikTok: checks against a neutral host tell' },
  { scenario: 'account-deactivated', caption: 'Account problems named from TikTok’s own error codes' },
  { scenario: 'chunk-load', caption: 'Stale cached data? Clear Seller Center’s site data in one click' },
];

const work = mkdtempSync(join(tmpdir(), 'tsd-store-'));
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: requireBrowser(), headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  for (const [i, { scenario, caption }] of SHOTS.entries()) {
    const demo = spawnSync(process.execPath, [join(ROOT, 'e2e', 'demo.mjs'), scenario, '--screenshot', '--out', work], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (demo.status !== 0) throw new Error(`demo ${scenario} failed`);
    const data = (f) => `data:image/png;base64,${readFileSync(join(work, f)).toString('base64')}`;
    await page.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;overflow:hidden;
      font:600 22px system-ui,sans-serif;background:#0d4a31">
      <img src="${data(`${scenario}-seller.png`)}" style="position:absolute;left:0;top:0;width:1280px;height:800px;
        filter:brightness(0.55)">
      <p style="position:absolute;left:40px;top:300px;width:620px;color:#fff;margin:0;line-height:1.35;
        text-shadow:0 1px 3px #000">${caption}</p>
      <img src="${data(`${scenario}-popup.png`)}" style="position:absolute;right:48px;top:40px;max-height:720px;
        width:auto;border-radius:10px;box-shadow:0 8px 30px #000a;object-fit:cover;object-position:top">
      </body></html>`);
    await page.waitForFunction(() => [...document.images].every((im) => im.complete));
    const file = join(OUT, `${i + 1}-${scenario}.png`);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1280, height: 800 } });
    console.log(`Saved ${file}`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
