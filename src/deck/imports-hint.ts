/**
 * Whether a deck's source may import another file's slides (Slidev's `src:`
 * front matter, slide-imports.ts): a cheap test, so that only a deck that may
 * loads that module. A false alarm costs one small download.
 */
export const MAY_IMPORT = /^src:/m;
