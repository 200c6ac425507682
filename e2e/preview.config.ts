// `vite preview` of the production build, plus the test decks at /fixtures/ on the same origin.
// LECTERN_OUT_DIR serves another build than dist/ (a build made with --outDir elsewhere).
import { defineConfig, mergeConfig } from 'vite';
import base from '../vite.config.ts';
import { fixturesPlugin } from './fixture-server.mjs';

const outDir = process.env.LECTERN_OUT_DIR;
export default mergeConfig(base, defineConfig({ plugins: [fixturesPlugin()], ...(outDir ? { build: { outDir } } : {}) }));
