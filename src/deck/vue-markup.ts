/**
 * What of Slidev's Vue syntax would show as text: `{{ expressions }}`, which
 * only Vue can work out, and `@event` / `#slot` attributes, whose names are
 * not HTML, so that Markdown would print the whole tag. Both go, and so does a
 * line of only self-closing components, which would swallow the Markdown
 * under it. Other components
 * and other attributes are left to the sanitizer, which drops unknown tags
 * (keeping their text) and attributes. Code stays as written.
 */
import { scanBlocks } from './block-scanner';

const MUSTACHE = /\{\{[^\n]*?\}\}/g;
const TAG = /<[A-Za-z][\w-]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** A quoted value (kept as it is) or an `@event` / `#slot` attribute. */
const VUE_ATTRIBUTE = /("[^"]*"|'[^']*')|\s[@#][\w.:-]*(?:[ \t]*=[ \t]*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;
const CODE_SPAN = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;
/** A line of nothing but self-closing components (`<Tweet id="1" />`, `<carbon-logo />`), which show nothing. */
const ONLY_COMPONENTS = /^[ \t]*(<(?:[A-Z][\w-]*|[a-z][\w]*-[\w-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*\/>[ \t]*)+$/;

function clean(text: string): string {
  return text.replace(MUSTACHE, '').replace(TAG, (tag) => tag.replace(VUE_ATTRIBUTE, (_, quoted?: string) => quoted ?? ''));
}

/** The slide's Markdown without Vue's expressions and event or slot attributes, outside code. */
export function withoutVueMarkup(markdown: string): string {
  if (!/\{\{|\s[@#]|\/>/.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  const { kinds } = scanBlocks(lines);
  let indented = false;
  return lines
    .map((line, i) => {
      indented = /^( {4}|\t)/.test(line) && (indented || (lines[i - 1] ?? '').trim() === '');
      if (kinds[i] !== 'text' || indented) return line;
      // As an HTML block of its own, such a line would take the Markdown lines under it for raw HTML.
      if (ONLY_COMPONENTS.test(line)) return '';
      let out = '';
      let at = 0;
      for (const code of line.matchAll(CODE_SPAN)) {
        out += clean(line.slice(at, code.index)) + code[0];
        at = code.index + code[0].length;
      }
      return out + clean(line.slice(at));
    })
    .join('\n');
}
