/**
 * Reads the per-slide settings other tools write inside a slide, and takes
 * them out of what is shown: reveal.js `<!-- .slide: class="…" -->`, Marp's
 * `<!-- _class: lead -->` directives, Landslide's `.fx: …` lines, and the
 * `|||` / `::right::` line that splits a slide into two columns.
 */
import { scanBlocks } from './block-scanner';
import { arrangeSlots } from './slide-slots';

/** Raw values by setting name (`class`, `layout`, `bg`, `backgroundcolor`, `backgroundimage`), checked later by look-values. */
export type Settings = Record<string, string>;

export interface Directives {
  local: Settings;
  /** Marp's directives without `_`: for this slide and the ones after it. */
  sticky: Settings;
  markdown: string;
  /** Whether a split line was found (and replaced by the column break). */
  split: boolean;
}

/** What the slide's Markdown gets where its columns meet: raw HTML that the sanitizer keeps. */
export const COLUMN_BREAK_CLASS = 'lectern-column-break';
export const COLUMN_BREAK = `<hr class="${COLUMN_BREAK_CLASS}">`;

const REVEAL = /^ {0,3}<!--[ \t]*\.slide:([\s\S]*?)-->[ \t]*$/gm;
// `\s*`: a directive comment may open with `<!--` alone on its line; any Marp key may stand beside the ones read here.
const MARP = /^ {0,3}<!--\s*((?:_?[A-Za-z][\w-]*[ \t]*:[^\n]*\n?[ \t]*)+)-->[ \t]*$/gm;
/** Marp's directive names (and Lectern's `hide`): a comment of other `key: value` lines (`<!-- TODO: x -->`) is the author's, left in place. */
const MARP_KEY =
  /^[ \t]*_?(?:theme|style|headingDivider|lang|size|math|marp|title|description|author|image|keywords|url|paginate|header|footer|class|color|transition|hide|background(?:Color|Image|Position|Repeat|Size))[ \t]*:/i;
const ATTRIBUTE = /([\w-]+)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const FX = /^ {0,3}\.fx:[ \t]*(.*)$/;
const SPLIT = /^ {0,3}\|\|\|[ \t]*$/;

const addClass = (settings: Settings, value: string): void => {
  settings.class = settings.class === undefined ? value : `${settings.class} ${value}`;
};

const REVEAL_KEYS: Settings = {
  'data-background-color': 'backgroundcolor',
  'data-background-image': 'backgroundimage',
  'data-background': 'bg',
  'data-layout': 'layout',
  'data-visibility': 'visibility',
  'data-transition': 'transition',
  id: 'id',
};

function readReveal(attributes: string, found: Directives): void {
  for (const [, name = '', ...values] of attributes.matchAll(ATTRIBUTE)) {
    const value = values.find((v) => v !== undefined) ?? '';
    const key = name.toLowerCase();
    if (key === 'class') addClass(found.local, value);
    else if (Object.hasOwn(REVEAL_KEYS, key)) found.local[REVEAL_KEYS[key] ?? ''] = value;
  }
}

function readMarp(body: string, found: Directives): void {
  for (const line of body.split('\n')) {
    const match = /^[ \t]*(_?)(class|backgroundColor|backgroundImage|hide|paginate|color|header|footer)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!match) continue;
    const [, local, key = '', value = ''] = match;
    if (local && key === 'class') addClass(found.local, value);
    else (local ? found.local : found.sticky)[key.toLowerCase()] = value;
  }
}

/** Edits each run of lines outside code fences; fenced lines are never read as directives. */
function outsideFences(lines: string[], edit: (text: string) => string): string[] {
  const { kinds } = scanBlocks(lines);
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(...edit(run.join('\n')).split('\n'));
    run = [];
  };
  lines.forEach((line, i) => {
    if (kinds[i] === 'fence') {
      flush();
      out.push(line);
    } else run.push(line);
  });
  flush();
  return out;
}

/** `splits: false` leaves a split line as it is (on a slide whose layout is not two-columns). */
export function readDirectives(markdown: string, splits = true): Directives {
  const found: Directives = { local: {}, sticky: {}, markdown, split: false };
  const lines = outsideFences(markdown.split('\n'), (text) =>
    text
      .replace(REVEAL, (_, attributes: string) => (readReveal(attributes, found), ''))
      .replace(MARP, (match, body: string) =>
        body.split('\n').every((line) => line.trim() === '' || MARP_KEY.test(line)) ? (readMarp(body, found), '') : match,
      ),
  );
  // Slidev's slot lines (slide-slots.ts) arrange the slide themselves, and put in the column break.
  const slotted = arrangeSlots(lines, splits ? COLUMN_BREAK : undefined);
  found.split = slotted !== undefined && splits;
  const { kinds } = scanBlocks(slotted ?? lines);
  const kept: string[] = [];
  (slotted ?? lines).forEach((line, i) => {
    const fx = kinds[i] === 'text' ? FX.exec(line) : null;
    if (fx) addClass(found.local, fx[1] ?? '');
    else if (splits && kinds[i] === 'text' && !found.split && SPLIT.test(line)) {
      found.split = true;
      kept.push('', COLUMN_BREAK, '');
    } else kept.push(line);
  });
  found.markdown = kept.join('\n');
  return found;
}
