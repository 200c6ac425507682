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
import { isSlidevSettings, stripRemarkProperties } from './slide-properties';
import { readDirectives, type Settings } from './slide-directives';

export interface SlideMarks {
  hidden: boolean;
  id?: string;
}

/** What a slide id may be: it goes in a URL hash as it is written. */
const ID = /^[A-Za-z][\w-]*$/;

const isTrue = (value: unknown): boolean => typeof value === 'string' && value.trim().toLowerCase() === 'true';

const saysHidden = (data: YamlMap | undefined): boolean => data !== undefined && (isTrue(data.hide) || isTrue(data.hidden));

/** remark's property lines at the top of a slide (the lines parseDeck takes out of it), as settings. */
function remarkProperties(lines: string[]): Settings {
  const settings: Settings = {};
  for (const line of lines.slice(0, lines.length - stripRemarkProperties(lines).length)) {
    const match = /^([\w-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (match) settings[match[1] ?? ''] = match[2] ?? '';
  }
  return settings;
}

/** For each slide parseDeck makes of `source`, in order: whether it is hidden, and its id. */
export function slideMarks(source: string): SlideMarks[] {
  const [front, lines, kinds, , shown, ranges, all] = splitDeck(source);
  const frontData = front.lineCount > 0 ? readYaml(all.slice(1, front.lineCount - 1)) : undefined;
  return shown.map((range, index): SlideMarks => {
    const own = lines.slice(range.start, range.end);
    const before = ranges[ranges.indexOf(range) - 1];
    const settings = before && !shown.includes(before) ? lines.slice(before.start, before.end) : [];
    const slidev = isSlidevSettings(settings) ? readYaml(settings) : undefined;
    const remark = kinds[range.start] === 'text' ? remarkProperties(own) : {};
    const { local } = readDirectives(own.join('\n'));
    const hidden =
      (index === 0 && saysHidden(frontData)) ||
      saysHidden(slidev) ||
      isTrue(remark.exclude) ||
      isTrue(local.hide) ||
      local.visibility?.trim().toLowerCase() === 'hidden';
    const id = [remark.name, local.id].find((name) => name !== undefined && ID.test(name));
    return id === undefined ? { hidden } : { hidden, id };
  });
}
