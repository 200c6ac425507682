/**
 * Caps that keep pathological Markdown from freezing or crashing the renderer.
 * Each is documented in the README ("Limits").
 */

/** A slide (or notes block) larger than this is not rendered: the speaker sees a card asking to split it. */
export const SLIDE_SOURCE_CAP = 128 * 1024;
/** A code block larger than this is shown plain, without highlighting. */
export const HIGHLIGHT_CAP = 20 * 1024;
/** Most containers (blockquotes, list items) one line may open; the rest are dropped, the text kept. */
export const MAX_CONTAINERS_PER_LINE = 24;
/** A list item indented further than this many columns is pulled back to it, which bounds list depth. */
export const MAX_LIST_INDENT = 48;

/** A paragraph with more `*` and `_` than this shows them as text: marked's emphasis matching is quadratic in them. */
export const MAX_EMPHASIS_MARKS = 400;
