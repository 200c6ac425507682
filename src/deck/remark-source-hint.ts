/**
 * Whether a deck's source may need remark's rewrite (remark-source.ts): a
 * `<!-- break -->`, a first line that is indented (a deck indented as a whole),
 * a content-class bracket that ends its line (a `---` may be inside it), or
 * a `#Title` heading written without its space.
 * A false alarm costs one small download; it errs wide.
 */
export const MAY_BE_REMARK_SOURCE = /break -->|^\s*[ \t]\S|\w\[\n|(^|\n)#{1,6}\w/;
