import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

const APP_PORT = 4173;
const FIXTURE_PORT = 4174;

/** The system Chromium (CHROMIUM_PATH, else Debian's), else Playwright's own browser when installed. */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (fromEnv) fail(`CHROMIUM_PATH is ${fromEnv}, but there is no file there.`);
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  return fail('No Chromium found.');
}

function fail(why: string): never {
  console.error(
    `${why} Install one (Debian/Ubuntu: apt-get install chromium), set CHROMIUM_PATH to a Chromium binary, or run npx playwright install chromium.`,
  );
  process.exit(1);
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node e2e/fixture-server.mjs ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/health`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
