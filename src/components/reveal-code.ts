import { readLineNumbersAttribute } from '../deck/line-ranges';
import { showGroup } from './code-focus';

/** reveal.js code in a deck's own HTML holds plain text: each line goes into a `.line` span, as in a rendered fence. */
function splitLines(code: HTMLElement): void {
  const lines: HTMLElement[] = [];
  const newLine = (): HTMLElement => {
    const line = document.createElement('span');
    line.className = 'line';
    lines.push(line);
    return line;
  };
  let line = newLine();
  for (const node of [...code.childNodes]) {
    if (node.nodeType !== Node.TEXT_NODE) {
      line.append(node);
      continue;
    }
    (node.textContent ?? '').split('\n').forEach((text, i) => {
      if (i > 0) {
        line.append('\n');
        line = newLine();
      }
      if (text) line.append(text);
    });
  }
  if (lines.length > 1 && line.childNodes.length === 0) lines.pop();
  if (lines.length > 1 && lines[0]?.textContent === '\n') lines.shift();
  code.replaceChildren(...lines);
}

/** reveal.js `<code data-line-numbers="1-2|3">`: numbered and highlighted like a fence with the same ranges. */
export function prepareRevealCode(code: HTMLElement): void {
  const holder = code.parentElement?.localName === 'pre' ? code.parentElement : code;
  if (holder.querySelector('.line')) return;
  const { groups, numbers, start } = readLineNumbersAttribute(code.getAttribute('data-line-numbers') ?? '');
  splitLines(code);
  if (numbers) {
    holder.setAttribute('data-lectern-numbers', '');
    holder.style.setProperty('--lectern-line-start', String(start - 1));
    holder.style.setProperty('--lectern-line-digits', String(String(start + code.children.length - 1).length));
  }
  if (groups.length === 0) return;
  holder.setAttribute('data-lectern-lines', groups.map((group) => group.join(',')).join('|'));
  const steps = code.getAttribute('data-lectern-code-steps');
  if (steps && groups.length > 1) holder.setAttribute('data-lectern-code-steps', steps);
  showGroup(holder, groups[0]);
}
