/**
 * Finds the Chromium to test with: CHROME_PATH, else chromium, chromium-browser or google-chrome on PATH.
 * Run directly, it prints the path, or one line naming what to install and exits 1.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];
export const NO_BROWSER_MESSAGE =
  'No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** @returns {string | undefined} */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** The browser path, or exit with one clear line. */
export function requireBrowser() {
  const found = findBrowser();
  if (found) return found;
  const why = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable file. ` : '';
  console.error(why + NO_BROWSER_MESSAGE);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(requireBrowser());
}
