/**
 * A Marp deck's own chunk, loaded by slide-look.ts only for a `marp: true`
 * deck: the parser of its slides (`![bg]`, page numbers, header and footer,
 * fitted headings, the global `<style>`) and how they are dressed.
 */
import { LecternSlide } from './lectern-slide';
import { dressMarp } from './marp-dress';

export { globalStyles, marpSlide } from '../deck/marp-slide';

LecternSlide.marp = dressMarp;
