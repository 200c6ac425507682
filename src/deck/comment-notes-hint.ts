/**
 * Whether a deck's source may have speaker notes in HTML comments
 * (comment-notes.ts): whether it has a comment at all. A closer test (a comment
 * at a slide's end, or a Marp deck) cost more bytes on every first load than
 * the one small download it would spare a deck whose comments are all directives.
 */
export const MAY_HAVE_COMMENT_NOTES = /-->/;
