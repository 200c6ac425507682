// Which Chromium the browser tests, the unit tests in the browser and the benchmark drive, and how.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a headless Chromium run as root on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * CHROMIUM_PATH when set, else Debian's /usr/bin/chromium, else Playwright's own
 * browser (undefined: Playwright finds it). Throws a readable error when there is none.
 * @returns {string | undefined}
 */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  const help =
    'Install one (Debian/Ubuntu: apt-get install chromium), set CHROMIUM_PATH to a Chromium binary, or run npx playwright install chromium.';
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is ${fromEnv}, but there is no file there. ${help}`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(`No Chromium found. ${help}`);
}

/** Launch options for Playwright's chromium.launch. */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
}
