/**
 * Whether a deck has a ```` ```mermaid ```` fence anywhere, in a list or a
 * quote too. Generous on purpose (a fence shown inside another counts): the
 * service worker then keeps Mermaid's files with the deck, which costs a
 * download and never a missing diagram offline.
 */
const MERMAID_FENCE = /^[ \t>*+\-\d.)]*(?:`{3,}|~{3,})[ \t]*mermaid(?![\w-])/im;

export const hasDiagrams = (markdown: string): boolean => MERMAID_FENCE.test(markdown);
