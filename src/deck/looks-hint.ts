/**
 * Whether a deck's source may set any per-slide class, layout or background
 * (slide-looks.ts): a cheap test, so that only a deck that does loads that module.
 * A false alarm costs one small download; a miss would drop a look, so it errs wide.
 */
export const MAY_HAVE_LOOKS = /^(class|layout|bg|background|transition|marp|paginate|headingDivider|!\[bg|\.fx:|\|\|\||::right::)|\.slide:|<!--\s*(_|class|background)/im;
