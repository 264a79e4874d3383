import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser the tests and bench drive: CHROME_PATH, else the usual install paths. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const NO_CHROME =
  'No Chrome or Chromium found: install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to its executable.';

// Root in a container cannot use Chrome's sandbox; background networking would only try (and
// fail) to reach Google from a machine with no network.
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Test files run in parallel tabs; a background tab must not be throttled or frozen.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // Desktop Chrome's own address-bar popup is a web page (chrome://omnibox-popup.top-chrome),
  // preloaded in two renderers of its own for every window, so for every browser context the
  // bench opens: about a second of CPU each, on a two-core machine taken from the page being
  // measured while it loads. No visitor's page pays for it (a phone's Chrome has no such popup).
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI',
];
