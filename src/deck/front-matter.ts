import type { DeckMeta, Ratio } from './types';
import { SEPARATOR } from './block-scanner';

const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?$/;

export interface FrontMatter {
  meta: DeckMeta;
  /** Number of lines the front matter takes, fences included; 0 when there is none. */
  lineCount: number;
  warnings: string[];
}

function unquote(value: string): string {
  const v = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(v);
  return quoted ? (quoted[2] ?? '') : v;
}

/** `20m`, `90s`, `1h30m`, `1:30:00`, `45` (minutes) → seconds. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(t);
  if (clock) {
    const [a, b, c] = [Number(clock[1]), Number(clock[2]), clock[3]];
    return c === undefined ? a * 60 + b : a * 3600 + b * 60 + Number(c);
  }
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 60);
  const parts = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?$/.exec(t);
  if (!parts || t === '') return undefined;
  const seconds = Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

/** Keys Lectern reads, and keys other slide tools put in their front matter: enough to know a block is configuration. */
const KNOWN_KEYS = new Set([
  'title', 'author', 'ratio', 'duration', 'date', 'description', 'subtitle', 'event', 'venue', 'lang', 'tags',
  'keywords', 'theme', 'layout', 'class', 'highlighter', 'linenumbers', 'transition', 'aspectratio', 'canvaswidth',
  'background', 'colorschema', 'fonts', 'drawings', 'download', 'exportfilename', 'info', 'mdc', 'presenter',
  'routermode', 'selectable', 'favicon', 'titletemplate', 'css', 'marp', 'paginate', 'size', 'header', 'footer', 'style',
]);
/** YAML that is not a `key: value` line: a comment, a list item, or an indented continuation. */
const YAML_OTHER = /^(?:[ \t]*#|[ \t]*-(?:[ \t]|$)|[ \t]+\S)/;

/**
 * Reads a `---`-fenced block of YAML-style `key: value` lines at the very top.
 * It counts as configuration when it has a key Lectern or another slide tool
 * knows (or at least two keys); otherwise it stays slide text, so a first
 * slide such as `Docker: a primer` between separators is never swallowed.
 * Values go into a Map and only known keys are copied out, so no key can
 * reach an object prototype.
 */
export function readFrontMatter(lines: string[]): FrontMatter {
  const meta: DeckMeta = { ratio: '16:9' };
  const none: FrontMatter = { meta, lineCount: 0, warnings: [] };
  if (!SEPARATOR.test(lines[0] ?? '')) return none;
  const values = new Map<string, string>();
  let keys = 0;
  let known = false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (SEPARATOR.test(line)) {
      return keys > 0 && (known || keys > 1)
        ? { meta: toMeta(values, meta), lineCount: i + 1, warnings: ratioWarnings(values) }
        : none;
    }
    const key = KEY_LINE.exec(line);
    if (key) {
      const name = (key[1] ?? '').toLowerCase();
      keys++;
      known ||= KNOWN_KEYS.has(name);
      values.set(name, unquote(key[2] ?? ''));
    } else if (line.trim() !== '' && !(keys > 0 && YAML_OTHER.test(line)) && !/^[ \t]*#/.test(line)) {
      return none;
    }
  }
  return none;
}

function toMeta(values: Map<string, string>, base: DeckMeta): DeckMeta {
  const meta: DeckMeta = { ...base };
  const title = values.get('title');
  const author = values.get('author');
  const ratio = values.get('ratio')?.replace(/\s/g, '');
  const duration = values.get('duration');
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (ratio === '4:3' || ratio === '16:9') meta.ratio = ratio satisfies Ratio;
  if (duration) {
    const seconds = parseDuration(duration);
    if (seconds !== undefined) meta.durationSeconds = seconds;
  }
  return meta;
}

function ratioWarnings(values: Map<string, string>): string[] {
  const ratio = values.get('ratio')?.replace(/\s/g, '');
  return ratio && ratio !== '4:3' && ratio !== '16:9'
    ? [`Front matter: ratio "${ratio}" is not 16:9 or 4:3; using 16:9.`]
    : [];
}
