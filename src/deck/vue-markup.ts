/**
 * What of Slidev's Vue syntax would show as text: `{{ expressions }}`, which
 * only Vue can work out, and `@event` / `#slot` attributes, whose names are
 * not HTML, so that Markdown would print the whole tag. Both go, and so does a
 * line of only self-closing components, which would swallow the Markdown
 * under it. Other components
 * and other attributes are left to the sanitizer, which drops unknown tags
 * (keeping their text) and attributes.
 *
 * Only in a Slidev deck (`isSlidevDeck`): elsewhere `{{ }}` is a template
 * tutorial's text. Code and math stay as written: fences, indented code,
 * code spans, raw `<pre>` / `<code>`, `$…$`, `$$…$$` and `\(…\)`.
 *
 * Every pattern here is bounded, so that one long line cannot freeze the tab.
 */
import { scanBlocks } from './block-scanner';

const MUSTACHE = /\{\{[^\n]{0,1000}?\}\}/g;
const TAG = /<[A-Za-z][\w-]{0,100}(?:[^>"']|"[^"]{0,500}"|'[^']{0,500}'){0,200}>/g;
/** A quoted value (kept as it is) or an `@event` / `#slot` attribute. */
const VUE_ATTRIBUTE = /("[^"]*"|'[^']*')|\s[@#][\w.:-]*(?:[ \t]*=[ \t]*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;
/** What stays as written within a line: code spans, math, raw `<pre>` and `<code>`. */
const KEPT = /(`+)(?!`)[^]{0,2000}?[^`]\1(?!`)|\$\$[^]{0,2000}?\$\$|\$(?![\s$])[^$]{0,2000}\$|\\\\?\([^]{0,2000}?\\\\?\)|\\\\?\[[^]{0,2000}?\\\\?\]|<(pre|code)\b[^]{0,5000}?<\/\2\s*>/gi;
/** Display math or raw code that goes on past its line. */
const OPENS = /\$\$|<(pre|code)\b/i;
/** A line of nothing but self-closing components (`<Tweet id="1" />`, `<carbon-logo />`), which show nothing. */
const ONLY_COMPONENTS = /^[ \t]*(<(?:[A-Z][\w-]{0,100}|[a-z]\w{0,100}-[\w-]{0,100})\b(?:[^>"']|"[^"]{0,500}"|'[^']{0,500}'){0,200}\/>[ \t]*)+$/;

/** Headmatter keys only Slidev reads. */
const SLIDEV_HEADMATTER = /^(highlighter|mdc|drawings|colorschema|linenumbers|canvaswidth|aspectratio|routermode|fonts|monaco|titletemplate|addons|themeconfig|exportfilename|remoteassets|selectable|record|presenter|contextmenu|wakelock|defaults|twoslash|seometa|htmlattrs|glowseed|overviewsnapshots)$/i;
/** Slidev's own themes. */
const SLIDEV_THEME = /^["']?(seriph|apple-basic|bricks|shibainu|@slidev\/|slidev-theme-)/i;
/** Slidev's directives and components, its slot lines and its `$slidev` context. */
const SLIDEV_USE = /<v-(clicks?|after|switch|drag|mark|motion)\b|\sv-(click|after|drag|mark|motion)\b|^::[\w-]+::[ \t]*$|\{\{[^}\n]{0,200}\$(slidev|clicks|nav)\b/im;

/**
 * Whether a deck is written for Slidev: its headmatter has a key only Slidev
 * reads or names a Slidev theme, it has per-slide front matter between
 * separators (`blocks`), or it uses Slidev's clicks, slot lines or `$slidev`.
 */
export function isSlidevDeck(headmatter: Record<string, unknown>, blocks: boolean, source: string): boolean {
  const theme = headmatter.theme;
  return blocks || Object.keys(headmatter).some((key) => SLIDEV_HEADMATTER.test(key)) || (typeof theme === 'string' && SLIDEV_THEME.test(theme)) || SLIDEV_USE.test(source);
}

function clean(text: string): string {
  return text.replace(MUSTACHE, '').replace(TAG, (tag) => tag.replace(VUE_ATTRIBUTE, (_, quoted?: string) => quoted ?? ''));
}

/** The slide's Markdown without Vue's expressions and event or slot attributes, outside code and math. */
export function withoutVueMarkup(markdown: string): string {
  if (!/\{\{|\s[@#]|\/>/.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  const { kinds } = scanBlocks(lines);
  let indented = false;
  /** The end of the display math or raw code block the line is in. */
  let open: RegExp | undefined;
  return lines
    .map((line, i) => {
      indented = /^( {4}|\t)/.test(line) && (indented || (lines[i - 1] ?? '').trim() === '');
      if (kinds[i] !== 'text' || indented) return line;
      if (open) {
        if (open.test(line)) open = undefined;
        return line;
      }
      // As an HTML block of its own, such a line would take the Markdown lines under it for raw HTML.
      if (ONLY_COMPONENTS.test(line)) return '';
      let out = '';
      let at = 0;
      for (const kept of line.matchAll(KEPT)) {
        out += clean(line.slice(at, kept.index)) + kept[0];
        at = kept.index + kept[0].length;
      }
      const rest = line.slice(at);
      const opens = OPENS.exec(rest);
      if (!opens) return out + clean(rest);
      open = opens[1] ? new RegExp(`</${opens[1]}\\s*>`, 'i') : /\$\$/;
      return out + clean(rest.slice(0, opens.index)) + rest.slice(opens.index);
    })
    .join('\n');
}
