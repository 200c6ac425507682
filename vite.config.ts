import { cpSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { offlineWorker } from './src/offline/offline-plugin.ts';
import { deckList } from './src/build/deck-list-plugin.ts';
import { deckCheck } from './src/check/check-plugin.ts';

// LECTERN_SLIDES_DIR builds or serves another folder of decks (tests use their own).
const SLIDES = resolve(import.meta.dirname, process.env.LECTERN_SLIDES_DIR ?? 'slides');

/**
 * The deck is fetched at run time, never bundled: the build copies `slides/`
 * to `dist/slides/` as plain files (so a speaker can edit them on the server),
 * and the dev server reloads the page when a file in `slides/` changes.
 */
function slidesFolder(): Plugin {
  let outDir = 'dist';
  let building = false;
  return {
    name: 'lectern-slides-folder',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build' && !config.mode.startsWith('test');
    },
    configureServer(server) {
      server.watcher.add(SLIDES);
      server.watcher.on('change', (file) => {
        if (file.startsWith(SLIDES)) server.ws.send({ type: 'full-reload' });
      });
    },
    closeBundle() {
      if (building && existsSync(SLIDES)) cpSync(SLIDES, resolve(outDir, 'slides'), { recursive: true });
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any sub-path, such as a GitHub Pages project site.
  base: './',
  plugins: [slidesFolder(), deckList(SLIDES), offlineWorker(), deckCheck()],
  // The render worker loads Prism grammars on demand, which takes an ES module worker.
  worker: { format: 'es' },
  build: {
    // Every browser Lectern runs in supports modulepreload: no polyfill in the first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // What the first slide needs, in one file: split up, each piece compresses worse and is one more request.
      output: { codeSplitting: { groups: [{ name: 'lectern', tags: ['$initial'] }] } },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
