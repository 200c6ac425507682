/**
 * Which slides a deck keeps in its file but leaves out of the talk, and the
 * ids slides are given to be linked to, in the dialects decks are written in:
 * - hidden: Slidev `hide: true` / `hidden: true` (per-slide front matter, or
 *   the deck's front matter for the first slide), remark's `exclude: true`,
 *   Marp's `<!-- _hide: true -->`, reveal.js's
 *   `<!-- .slide: data-visibility="hidden" -->`;
 * - id: reveal.js's `<!-- .slide: id="plan" -->`, remark's `name: agenda`.
 */
import { splitDeck } from './parse-deck';
import { readYaml, type YamlMap } from './yaml-block';
import { isSlidevSettings } from './slide-properties';
import { remarkDeck, readRemarkProperties } from './remark-deck';
import { readDirectives, type Settings } from './slide-directives';
import { isTrue } from './marp-deck';

export interface SlideMarks {
  hidden: boolean;
  id?: string;
  /** remark's `count: false`: shown, but not counted. */
  uncounted?: true;
}

/** What a slide id may be: it goes in a URL hash as it is written. */
const ID = /^[A-Za-z][\w-]*$/;


const saysHidden = (data: YamlMap | undefined): boolean => data !== undefined && (isTrue(data.hide) || isTrue(data.hidden));


/** For each slide parseDeck makes of `source`, in order: whether it is hidden, and its id. */
export function slideMarks(source: string): SlideMarks[] {
  const [front, lines, kinds, , shown, ranges, all] = splitDeck(source);
  const kind = remarkDeck(source);
  const frontData = front.lineCount > 0 ? readYaml(all.slice(1, front.lineCount - 1)) : undefined;
  return shown.map((range, index): SlideMarks => {
    const own = lines.slice(range.start, range.end);
    const before = ranges[ranges.indexOf(range) - 1];
    const settings = before && !shown.includes(before) ? lines.slice(before.start, before.end) : [];
    const slidev = isSlidevSettings(settings) ? readYaml(settings) : undefined;
    const remark: Settings = kinds[range.start] === 'text' ? readRemarkProperties(own, kind).settings : {};
    const { local } = readDirectives(own.join('\n'));
    const hidden =
      (index === 0 && saysHidden(frontData)) ||
      saysHidden(slidev) ||
      isTrue(remark.exclude) ||
      // A remark template (`layout: true`) lends its content to the slides after it; it is not one.
      isTrue(remark.layout) ||
      isTrue(local.hide) ||
      local.visibility?.trim().toLowerCase() === 'hidden';
    const id = [remark.name, local.id].find((name) => name !== undefined && ID.test(name));
    const marks: SlideMarks = id === undefined ? { hidden } : { hidden, id };
    if (remark.count?.toLowerCase() === 'false') marks.uncounted = true;
    return marks;
  });
}
