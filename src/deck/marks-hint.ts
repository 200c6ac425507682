/**
 * Whether a deck's source may hide a slide or give one an id (slide-marks.ts):
 * a cheap test, so that only a deck that may loads that module. It errs wide.
 */
export const MAY_HAVE_MARKS = /^(hide|hidden|exclude|name):|_hide|\.slide:/im;
