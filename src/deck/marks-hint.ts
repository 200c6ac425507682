/**
 * Whether a deck's source may hide a slide or give one an id (slide-marks.ts),
 * or use remark's templates, content classes or `count:` (remark-slides.ts):
 * a cheap test, so that only a deck that may loads that module. It errs wide.
 */
export const MAY_HAVE_MARKS = /^(hide|hidden|exclude|name|layout|template|count|class):|_hide|\.slide:|\.[\w-]+\[|\?\?\?/im;
