/**
 * Slidev's `src:` imports, the pure part: where a deck imports another file's
 * slides, and the lines that stand in for such a slide once the file is read
 * (src/load/deck-imports.ts fetches it). As in Slidev, the importing slide's
 * own content is ignored, and its other front matter keys override those of
 * the first imported slide. `src: ./part.md#2,4-5` takes only those slides.
 */
import { splitDeck, toLines } from './parse-deck';
import { scanBlocks } from './block-scanner';
import { isSlidevSettings } from './slide-properties';
import { escapeHtml } from '../render/escape-html';

export interface ImportSite {
  /** Lines `from`..`to` (exclusive) of the deck's text: the importing slide's front matter and its ignored content. */
  from: number;
  to: number;
  /** The file, without its `#` part. */
  path: string;
  /** The `#2,4-5` part, without `#`; empty for every slide. */
  pick: string;
  /** The importing slide's other front matter lines, which win over the imported first slide's. */
  settings: string[];
}

const SRC = /^src:[ \t]*(.*?)[ \t]*$/;
const KEY = /^([A-Za-z][\w-]*):/;
const SCHEME = /^[A-Za-z][\w+.-]*:|^#/;
const MARKDOWN_FILE = /\.(md|markdown)(\?.*)?$/i;

/** A YAML scalar without its quotes and its trailing ` # comment`. */
const scalar = (text: string): string => text.replace(/[ \t]+#.*$/, '').replace(/^(["'])(.*)\1$/, '$2').trim();

/** Every slide whose front matter has `src:`, in order. */
export function findImports(source: string): ImportSite[] {
  const [front, lines, , , shown, ranges] = splitDeck(source);
  const sites: ImportSite[] = [];
  ranges.forEach((range, i) => {
    const block = lines.slice(range.start, range.end);
    const src = block.map((line) => SRC.exec(line)).find((m) => m !== null);
    // A real front matter block: right under a separator and closed by one, as Slidev writes it. A `src:` line in prose is text.
    if (!src || range.start === 0 || range.end === lines.length || (block[0] ?? '').trim() === '' || !isSlidevSettings(block)) return;
    const content = ranges[i + 1];
    const ignored = content && shown.includes(content) && !shown.includes(range) ? content : undefined;
    const [path = '', pick = ''] = scalar(src[1] ?? '').split('#');
    // Slidev imports slides, from Markdown: `src: data/survey.csv` is not a deck.
    if (!MARKDOWN_FILE.test(path)) return;
    sites.push({
      from: front.lineCount + range.start,
      to: front.lineCount + (ignored ?? range).end,
      path,
      pick,
      settings: block.filter((line) => line.trim() !== '' && !SRC.test(line)),
    });
  });
  return sites;
}

/** `2,4-5` → a test of 1-based slide numbers; empty: every slide. */
function picker(pick: string): (n: number) => boolean {
  const parts = pick.split(',').map((part) => part.trim().split('-').map(Number)).filter((p) => p.every(Number.isInteger));
  if (pick.trim() === '' || parts.length === 0) return () => true;
  return (n) => parts.some(([a = 0, b = a]) => n >= a && n <= b);
}

/** A relative URL made absolute against the imported file's; anchors and URLs with a scheme stay as written. */
function rebase(url: string, base: string): string {
  if (SCHEME.test(url) || url === '') return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

const LINK = /(\]\(\s*<?)([^\s)>]+)/g;
const ATTRIBUTE = /(\b(?:src|href|poster)[ \t]*=[ \t]*["']?)([^"'\s>]+)/gi;
const DEFINITION = /^( {0,3}\[[^\]]+\]:[ \t]*<?)([^\s>]+)/;
const IMAGE_SETTING = /^((?:image|background|bg|background-image|backgroundimage)[ \t]*:[ \t]*["']?)([^"'\s#]+)/i;
const CODE_SPAN = /(`+)(?!`)[\s\S]{0,2000}?[^`]\1(?!`)/g;

/** Relative links and images of Markdown text lines made absolute; code stays as written. */
export function rebaseUrls(lines: string[], base: string): string[] {
  const { kinds } = scanBlocks(lines);
  // Indented code (Landslide's `!bash` blocks): 4 spaces or a tab after a blank line, and the lines that follow it.
  let indented = false;
  return lines.map((line, i) => {
    indented = /^( {4}|\t)/.test(line) && (indented || (lines[i - 1] ?? '').trim() === '');
    if (kinds[i] !== 'text' || indented) return line;
    const code = [...line.matchAll(CODE_SPAN)].map((m) => [m.index, m.index + m[0].length]);
    const inCode = (at: number): boolean => code.some(([a = 0, b = 0]) => at >= a && at < b);
    const edit = (_: string, head: string, url: string, at: number): string => head + (inCode(at) ? url : rebase(url, base));
    return line
      .replace(LINK, edit)
      .replace(ATTRIBUTE, edit)
      .replace(DEFINITION, (_, head: string, url: string) => head + rebase(url, base))
      .replace(IMAGE_SETTING, (_, head: string, url: string) => head + (/[./]/.test(url) ? rebase(url, base) : url));
  });
}

/** Front matter lines with `over`'s keys replacing the same keys in `under`. */
function merge(under: string[], over: string[]): string[] {
  const keys = new Set(over.map((line) => KEY.exec(line)?.[1]?.toLowerCase()));
  const kept: string[] = [];
  let dropping = false;
  for (const line of under) {
    const key = KEY.exec(line)?.[1]?.toLowerCase();
    if (key !== undefined) dropping = keys.has(key);
    // An indented line belongs to the key above it.
    if (!dropping && line.trim() !== '') kept.push(line);
  }
  return [...kept, ...over];
}

/**
 * The imported file's slides, ready to stand in the deck: relative URLs made absolute
 * against `url`, the importing slide's settings over the first slide's own, each
 * slide with its front matter before it, Slidev's way.
 */
export function importedLines(text: string, url: string, site: Pick<ImportSite, 'pick' | 'settings'>): string[] {
  const rebased = rebaseUrls(toLines(text), url).join('\n');
  const [front, lines, , , shown, ranges, all] = splitDeck(rebased);
  const wanted = picker(site.pick);
  const out: string[] = [];
  shown.forEach((range, n) => {
    if (!wanted(n + 1)) return;
    const before = ranges[ranges.indexOf(range) - 1];
    let settings = before && !shown.includes(before) ? lines.slice(before.start, before.end) : [];
    // A file's own front matter is its first slide's, as in Slidev.
    if (n === 0 && front.lineCount > 0) settings = merge(all.slice(1, front.lineCount - 1), settings);
    if (out.length === 0) settings = merge(settings, site.settings);
    settings = settings.filter((line) => line.trim() !== '');
    if (out.length > 0) out.push('---');
    if (isSlidevSettings(settings)) out.push(...settings, '---');
    out.push(...lines.slice(range.start, range.end));
  });
  return out;
}

/** A slide in place of a file that could not be imported: a card that names it, and why. */
export function missingImport(path: string, reason: string): string[] {
  // Lines of their own: the first is the slide's title in the contents and the presenter view.
  return [
    '',
    '<div class="render-failure import-failure" role="alert">',
    `<p><strong>Slides not imported: ${escapeHtml(path)}</strong></p>`,
    `<p>${escapeHtml(reason)}</p>`,
    '</div>',
    '',
  ];
}

/** The deck's text with each site's lines replaced by what stands in for it. */
export function spliceImports(source: string, sites: ImportSite[], parts: string[][]): string {
  const all = toLines(source);
  const out: string[] = [];
  let at = 0;
  sites.forEach((site, i) => {
    out.push(...all.slice(at, site.from), ...(parts[i] ?? []));
    at = site.to;
  });
  out.push(...all.slice(at));
  return out.join('\n');
}
