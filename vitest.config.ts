import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { chromiumLaunchOptions } from './e2e/chromium.mjs';
import { fixtureSite } from './e2e/fixture-server.mjs';

/**
 * Two kinds of unit test: pure modules in Node (`*.test.ts`), and code that needs
 * a real DOM (`*.browser.test.ts`: sanitizing, controllers, loading, components)
 * in the same Chromium the browser tests drive.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'node', include: ['src/**/*.test.ts'], exclude: ['src/**/*.browser.test.ts'], environment: 'node' },
        },
        {
          extends: true,
          // Known up front, so a new test never makes Vite re-optimize and reload the page mid-run.
          optimizeDeps: {
            include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', 'lit/directives/unsafe-html.js', 'marked', 'dompurify', 'prismjs'],
          },
          test: {
            name: 'browser',
            include: ['src/**/*.browser.test.ts'],
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({ launchOptions: chromiumLaunchOptions() }),
              instances: [{ browser: 'chromium' }],
              commands: { fixtureSite },
              screenshotFailures: false,
            },
          },
        },
      ],
    },
  }),
);
