/**
 * Landslide and CodeHilite mark the language of an indented code block on
 * its first line: `!lang`, `:::lang`, `#!lang`, or a kept shebang
 * `#!/usr/bin/python`. A marker after blank lines starts a new block.
 * In CodeHilite's dialect `#!lang` also asks for line numbers; `!lang` and `:::lang` do not.
 */

export interface CodeBlock {
  lang: string;
  code: string;
  /** A fence's info string after the language: line options such as `{1-2|3}` (line-ranges.ts). */
  info?: string;
  /** Line numbers asked for by a `#!lang` marker. */
  numbers?: boolean;
}

const MARKER = /^[ \t]*(!|:::|#!)([A-Za-z0-9_+#.-]+)[ \t]*$/;
const SHEBANG = /^[ \t]*#!\/\S*\/(?:env[ \t]+)?([A-Za-z0-9_+.-]+)/;

function markerLanguage(line: string): { lang: string; keep: boolean; numbers?: boolean } | undefined {
  const marker = MARKER.exec(line);
  if (marker?.[2]) return { lang: marker[2].toLowerCase(), keep: false, numbers: marker[1] === '#!' || undefined };
  const shebang = SHEBANG.exec(line);
  if (shebang?.[1]) return { lang: shebang[1].replace(/[\d.]+$/, '').toLowerCase(), keep: true };
  return undefined;
}

/** Removes blank edges and the indentation every non-blank line shares. */
function tidy(lines: string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start++;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
  const body = lines.slice(start, end).map((l) => l.replace(/\t/g, '    '));
  const indents = body.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return body.map((l) => l.slice(cut)).join('\n');
}

export function splitIndentedCode(text: string): CodeBlock[] {
  const lines = text.split('\n');
  const blocks: { lang: string; numbers?: boolean; lines: string[] }[] = [];
  let current: { lang: string; numbers?: boolean; lines: string[] } = { lang: '', lines: [] };
  lines.forEach((line, i) => {
    const atBlockStart = i === 0 || (lines[i - 1] ?? '').trim() === '';
    const found = atBlockStart ? markerLanguage(line) : undefined;
    const startsNew = found && (found.keep ? current.lines.every((l) => l.trim() === '') : true);
    if (found && startsNew) {
      if (current.lines.some((l) => l.trim() !== '')) blocks.push(current);
      current = { lang: found.lang, numbers: found.numbers, lines: found.keep ? [line] : [] };
    } else {
      current.lines.push(line);
    }
  });
  if (current.lines.some((l) => l.trim() !== '') || blocks.length === 0) blocks.push(current);
  return blocks.map((b) => ({ lang: b.lang, code: tidy(b.lines), numbers: b.numbers }));
}
