import { describe, expect, it } from 'vitest';
import { Marked } from 'marked';
import { MAX_CONTAINERS_PER_LINE, MAX_EMPHASIS_MARKS, MAX_LIST_INDENT } from './limits';
import { capNesting } from './nesting';

const depth = (html: string, tag: string): number => {
  let max = 0;
  let now = 0;
  for (const match of html.matchAll(new RegExp(`<(/?)${tag}>`, 'g'))) {
    now += match[1] ? -1 : 1;
    max = Math.max(max, now);
  }
  return max;
};
const render = (markdown: string): string => new Marked({ gfm: true }).parse(capNesting(markdown)) as string;

describe('capNesting', () => {
  it('leaves ordinary nesting alone', () => {
    const markdown = '> quote\n> > nested\n\n- a\n  - b\n    - c\n\n1. one\n   > quoted in a list';
    expect(capNesting(markdown)).toBe(markdown);
  });

  it('flattens 5,000 nested > so marked can render them, keeping the text', () => {
    const html = render(`# Title\n\n${'>'.repeat(5000)} deep text`);
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('deep text');
    expect(depth(html, 'blockquote')).toBe(MAX_CONTAINERS_PER_LINE);
  });

  it('flattens 5,000 list markers on one line, and > and lists mixed', () => {
    expect(depth(render(`${'- '.repeat(5000)}listed`), 'ul')).toBe(MAX_CONTAINERS_PER_LINE);
    const mixed = render(`${'> - '.repeat(3000)}mixed`);
    expect(mixed).toContain('mixed');
    expect(depth(mixed, 'blockquote') + depth(mixed, 'ul')).toBeLessThanOrEqual(MAX_CONTAINERS_PER_LINE);
  });

  it('pulls deeply indented list items back, which bounds list depth', () => {
    const markdown = Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n');
    const html = render(markdown);
    expect(html).toContain('item 299');
    expect(depth(html, 'ul')).toBeLessThanOrEqual(MAX_LIST_INDENT / 2 + 1);
  });

  it('shows the * and _ of a paragraph with thousands of them as text, at once, and leaves other paragraphs alone', () => {
    const nested = `${'*a '.repeat(3000)}x${' b*'.repeat(3000)}`;
    const html = render(`*kept* emphasis\n\n${nested}\n\n* a list item with *emphasis*`);
    expect(html).toContain('<em>kept</em>');
    expect(html).toContain(`<p>${nested}</p>`);
    expect(html).toContain('<li>a list item with <em>emphasis</em></li>');
    const fine = `${'*a* '.repeat(MAX_EMPHASIS_MARKS / 2)}`.trim();
    expect(capNesting(fine)).toBe(fine);
  });

  it('leaves code spans, _ inside words and code blocks alone, even in a paragraph that has too many marks', () => {
    const items = Array.from({ length: 200 }, (_, i) => `- \`my_var_name_${i}\` https://example.org/a_b_${i} <span class="my_box">x</span>`);
    expect(capNesting(items.join('\n'))).toBe(items.join('\n'));
    const crowded = `${'_a_ '.repeat(MAX_EMPHASIS_MARKS)}\`keep_this *too*\` https://example.org/a_b <b class="x_y">t</b>`;
    const capped = capNesting(crowded);
    expect(capped).toContain('\\_a\\_');
    expect(capped).toContain('`keep_this *too*` https://example.org/a_b <b class="x_y">t</b>');
    const code = `    def __init__(self, *args, **kwargs):\n${'        self._x = f(*args, **kwargs)\n'.repeat(200)}`;
    expect(capNesting(code)).toBe(code);
  });

  it('reads code spans in a line of thousands of backtick runs of every length', () => {
    const line = Array.from({ length: 50_000 }, (_, i) => '`'.repeat(i % 50 === 0 ? 2 : 1)).join(' a_ ');
    expect(capNesting(line).length).toBeGreaterThanOrEqual(line.length);
  });

  it.each([
    ['inside a stray <', (n: string) => `< ${n} >`],
    ['between backtick runs of different lengths', (n: string) => `\` ${n} \`\``],
    ['after www.', (n: string) => `www.${n.replace(/ /g, '')}`],
    ['on an indented continuation line', (n: string) => `para\n    ${n}`],
  ])('caps emphasis %s too', (_, wrap) => {
    const nested = `${'*a '.repeat(3000)}x${' b*'.repeat(3000)}`;
    const html = render(wrap(nested));
    expect(html).not.toContain('<em>');
  });

  it('never touches code in a fence', () => {
    const fenced = `\`\`\`\n${'>'.repeat(100)} x\n${' '.repeat(200)}- y\n\`\`\``;
    expect(capNesting(fenced)).toBe(fenced);
    const after = capNesting(`${fenced}\n${'>'.repeat(100)} after`).split('\n').at(-1);
    expect(after).toMatch(new RegExp(`^>{${MAX_CONTAINERS_PER_LINE}} ?after$`));
  });
});
