import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { onDemandFiles, type BuiltFile } from './on-demand-files.ts';
import { DIAGRAM_FILES } from './offline-protocol.ts';

/** Mermaid and the diagram types it loads: megabytes, which only a deck with a diagram fetches. */
const DIAGRAMS_MODULE = 'src/diagrams/draw-diagrams.ts';

/**
 * The service worker that keeps a talk available offline (see src/offline/sw.ts),
 * built on `vite build` only: the dev server always serves the live files.
 * Workbox's injectManifest gives it the list of the build's files to precache.
 */
export function offlineWorker(): PluginOption {
  // Found in the app's bundle, which is written before the worker is built.
  let diagramFiles = new Set<string>();
  const findDiagramFiles: Plugin = {
    name: 'lectern-diagram-files',
    apply: 'build',
    generateBundle(_, bundle) {
      diagramFiles = new Set(onDemandFiles(bundle as Record<string, BuiltFile>, DIAGRAMS_MODULE));
    },
  };
  const pwa = VitePWA({
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
      // Mermaid's largest chunk is over Workbox's 2 MiB default; it is listed, and kept only with a deck that draws diagrams.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Listed for the worker, not precached: it keeps them with a deck that has a diagram (keep-deck.ts).
      manifestTransforms: [
        (entries) => ({
          manifest: entries.map((entry) => (diagramFiles.has(entry.url) ? { ...entry, [DIAGRAM_FILES]: true } : entry)),
        }),
      ],
    },
  });
  return [findDiagramFiles, pwa];
}
