import type { DeckMeta, Ratio } from './types';
import { SEPARATOR } from './block-scanner';
import { readYaml } from './yaml-block';

export interface FrontMatter {
  meta: DeckMeta;
  /** Number of lines the front matter takes, fences included; 0 when there is none. */
  lineCount: number;
  warnings: string[];
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
  'routermode', 'selectable', 'favicon', 'titletemplate', 'css', 'marp', 'paginate', 'size', 'header', 'footer', 'style', 'incremental',
]);

/**
 * Reads a `---`-fenced YAML block at the very top (see yaml-block: its maps
 * have no prototype, so no key can reach one). It counts as configuration
 * when it has a key Lectern or another slide tool knows (or at least two
 * keys); otherwise it stays slide text, so a first slide such as
 * `Docker: a primer` between separators is never swallowed.
 */
export function readFrontMatter(lines: string[]): FrontMatter {
  const meta: DeckMeta = { ratio: '16:9' };
  const none: FrontMatter = { meta, lineCount: 0, warnings: [] };
  if (!SEPARATOR.test(lines[0] ?? '')) return none;
  const end = lines.findIndex((line, i) => i > 0 && SEPARATOR.test(line));
  const data = end > 0 ? readYaml(lines.slice(1, end)) : undefined;
  if (!data) return { ...none, warnings: unfinished(lines.slice(1, end > 0 ? end : undefined)) };
  const keys = Object.keys(data);
  if (!(keys.some((key) => KNOWN_KEYS.has(key.toLowerCase())) || keys.length > 1)) return none;
  const text = (name: string): string | undefined => {
    const value = data[keys.find((key) => key.toLowerCase() === name) ?? ''];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  return { meta: toMeta(text, meta), lineCount: end + 1, warnings: ratioWarnings(text('ratio')) };
}

/** A block that starts like front matter (a key Lectern knows) but is not YAML or never closed: most likely being typed. */
function unfinished(block: string[]): string[] {
  const key = /^([A-Za-z][\w-]*)[ \t]*:/.exec(block[0] ?? '')?.[1]?.toLowerCase();
  return key !== undefined && KNOWN_KEYS.has(key)
    ? ['Line 1: front matter is not finished (not YAML, or no closing --- line); it is shown as a slide.']
    : [];
}

function toMeta(text: (name: string) => string | undefined, base: DeckMeta): DeckMeta {
  const meta: DeckMeta = { ...base };
  const title = text('title');
  const author = text('author');
  const ratio = text('ratio')?.replace(/\s/g, '');
  const duration = text('duration');
  if (title) meta.title = title;
  if (author) meta.author = author;
  // Only what Lectern can use: Marp's `theme: gaia` and Slidev's `css: unocss` name other tools' things.
  const [theme, css] = [text('theme')?.trim().toLowerCase(), text('css')?.trim()];
  if (theme && /^(light|dark|high-contrast)$/.test(theme)) meta.theme = theme;
  if (css && /\.css([?#]|$)/i.test(css)) meta.css = css;
  if (ratio === '4:3' || ratio === '16:9') meta.ratio = ratio satisfies Ratio;
  if (duration) {
    const seconds = parseDuration(duration);
    if (seconds !== undefined) meta.durationSeconds = seconds;
  }
  return meta;
}

function ratioWarnings(ratio: string | undefined): string[] {
  const r = ratio?.replace(/\s/g, '');
  return r && r !== '4:3' && r !== '16:9' ? [`Front matter: ratio "${r}" is not 16:9 or 4:3; using 16:9.`] : [];
}
