import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium.mjs';

/**
 * A port nobody listens on now. The runner picks the ports once and its workers
 * inherit them through the environment, so every process agrees on them; the
 * servers start with --strictPort and refuse loudly if the port was taken since.
 */
function freePort(name: string): number {
  const known = Number(process.env[name]);
  if (known) return known;
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  const port = Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
  process.env[name] = String(port);
  return port;
}

const appPort = freePort('LECTERN_TEST_APP_PORT');
const sitePort = freePort('LECTERN_TEST_SITE_PORT');

let launchOptions;
try {
  launchOptions = chromiumLaunchOptions();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  // Generous, so a busy 2-core machine (a build running beside the tests) is not a failure;
  // passing tests never wait for it.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${appPort}/`,
    browserName: 'chromium',
    launchOptions,
    // No offline service worker (e2e/offline.spec.ts allows it): once one controls a page, it answers the requests
    // other tests hold back or count with page.route and page.on('request'), depending on when it took over.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      // The production build, with the test decks at /fixtures/ on the same origin.
      command: `npx vite preview --config e2e/preview.config.ts --host 127.0.0.1 --port ${appPort} --strictPort`,
      url: `http://127.0.0.1:${appPort}/fixtures/health`,
      reuseExistingServer: false,
    },
    {
      // A second site serving the same decks with CORS, for ?src= from another origin.
      command: `node e2e/fixture-server.mjs ${sitePort}`,
      url: `http://127.0.0.1:${sitePort}/health`,
      reuseExistingServer: false,
    },
  ],
});
