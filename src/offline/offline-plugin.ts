import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The service worker that keeps a talk available offline (see src/offline/sw.ts),
 * built on `vite build` only: the dev server always serves the live files.
 * Workbox's injectManifest gives it the list of the build's files to precache.
 */
export function offlineWorker(): PluginOption {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: 'sw.ts',
    // keep-offline.ts registers it, once the deck is on screen.
    injectRegister: false,
    // A talk to present, not an app to install: no web app manifest.
    manifest: false,
    injectManifest: {
      // A classic script: every browser that has service workers runs it.
      rollupFormat: 'iife',
      // The app, with every chunk loaded on demand (views, grammars, the render worker). The decks
      // in slides/ are not: they are cached network first when shown, so a deck edited on the server shows.
      // woff2: the bundled fonts, so an offline talk keeps its typeface.
      globPatterns: ['**/*.{html,js,css,svg,woff2}'],
      globIgnores: ['slides/**'],
    },
  });
}
