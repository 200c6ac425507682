/**
 * Highlighted code with each line in its own `<span class="line">`, so that
 * a long line, when the slide wraps code, shows a continuation mark on the
 * rows it wraps onto. Prism's spans may run across lines (a block comment):
 * they are closed at each line's end and opened again on the next.
 */
export function codeLines(html: string): string {
  const open: string[] = [];
  let out = '<span class="line">';
  for (const part of html.split(/(<span[^>]*>|<\/span>|\n)/)) {
    if (part === '\n') out += `${'</span>'.repeat(open.length)}\n</span><span class="line">${open.join('')}`;
    else {
      if (part.startsWith('<span')) open.push(part);
      else if (part === '</span>') open.pop();
      out += part;
    }
  }
  return `${out}</span>`;
}
