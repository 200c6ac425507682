// `vite preview` of the production build, plus the test decks at /fixtures/ on the same origin.
import { defineConfig, mergeConfig } from 'vite';
import base from '../vite.config.ts';
import { fixturesPlugin } from './fixture-server.mjs';

export default mergeConfig(base, defineConfig({ plugins: [fixturesPlugin()] }));
