/**
 * Whether a deck's source may have build-up steps (slide-steps.ts): a cheap
 * test, so that only a deck that may loads that module. A false alarm costs
 * one small download; a miss would show every step at once, so it errs wide.
 */
export const MAY_HAVE_STEPS = /<!-- *step|^--\s*$|\.element:|r-stretch|incremental|(class|fx)\b[^\n]{0,200}\bbuild|\.build|marp:|^(paginate|headingDivider|!\[bg)|data-line-n|^[ \t>]*(```|~~~).*[{[]|^( {4}|\t)[ \t]*#!\w|\bv-(cl|af)/im;
