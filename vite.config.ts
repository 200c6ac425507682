import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { slidesFolder } from './src/build/slides-folder-plugin.ts';
import { offlineWorker } from './src/offline/offline-plugin.ts';
import { deckList } from './src/build/deck-list-plugin.ts';
import { deckCheck } from './src/check/check-plugin.ts';

// LECTERN_SLIDES_DIR builds or serves another folder of decks (tests use their own).
const SLIDES = resolve(import.meta.dirname, process.env.LECTERN_SLIDES_DIR ?? 'slides');

export default defineConfig({
  // Relative base: dist/ works from any sub-path, such as a GitHub Pages project site.
  base: './',
  plugins: [slidesFolder(SLIDES), deckList(SLIDES), offlineWorker(), deckCheck()],
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
