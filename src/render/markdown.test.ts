import { describe, expect, it } from 'vitest';
import { parseDeck } from '../deck/parse-deck';
import { codeLanguages, lexSlide, parseLinkDefinitions, renderTokens } from './markdown';
import { loadLanguages } from './highlight';

async function renderDeck(source: string): Promise<string[]> {
  const deck = parseDeck(source);
  const links = parseLinkDefinitions(deck.linkDefinitions);
  return Promise.all(
    deck.slides.map(async (slide) => {
      const tokens = lexSlide(slide.markdown, links);
      await loadLanguages(codeLanguages(tokens));
      return renderTokens(tokens, slide.headings);
    }),
  );
}

describe('rendering slides with marked (GFM)', () => {
  it('resolves a reference link defined on another slide', async () => {
    const [first, second] = await renderDeck('See [the docs][docs].\n---\n[docs]: https://example.com/docs "Docs"\n');
    expect(first).toContain('<a href="https://example.com/docs" title="Docs">the docs</a>');
    expect(second).not.toContain('docs');
  });

  it('renders GFM tables, strikethrough, task lists and autolinks', async () => {
    const [html] = await renderDeck('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~\n\n- [x] done\n\nhttps://example.com');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>gone</del>');
    expect(html).toMatch(/<input checked="" disabled="" type="checkbox"/);
    expect(html).toContain('<a href="https://example.com">https://example.com</a>');
  });

  it('gives headings the deck-wide ids of the model', async () => {
    const html = await renderDeck('# Intro\n---\n# Intro\n## Docker & Friends!');
    expect(html[0]).toContain('<h1 id="intro">Intro</h1>');
    expect(html[1]).toContain('<h1 id="intro-1">Intro</h1>');
    expect(html[1]).toContain('<h2 id="docker--friends">Docker &amp; Friends!</h2>');
  });
});

describe('code blocks', () => {
  it('highlights a fenced block with Prism token spans and a language class', async () => {
    const [html] = await renderDeck('```python\ndef f(x):\n    return "s"\n```');
    expect(html).toContain('<code class="language-python">');
    expect(html).toContain('<span class="token keyword">def</span>');
    expect(html).toContain('<span class="token string">"s"</span>');
  });

  it('splits the seed "Code Sample" block into a bash block and a python block', async () => {
    const source = '# Code Sample\n\n    !bash\n\n       docker ps -a\n\n\n    !python\n\n    def log(self):\n        pass\n';
    const [html = ''] = await renderDeck(source);
    const blocks = html.match(/<pre class="language-(\w+)">/g);
    expect(blocks).toEqual(['<pre class="language-bash">', '<pre class="language-python">']);
    expect(html).not.toContain('!bash');
    expect(html).toContain('<span class="token keyword">def</span>');
  });

  // Each sample has a token only its own grammar gives, so a missing or wrong grammar fails.
  it.each([
    ['javascript', 'const x = async () => await y;', 'keyword', 'await'],
    ['typescript', 'let n: number = 1;', 'builtin', 'number'],
    ['json', '{"a": 1}', 'property', '"a"'],
    ['yaml', 'key: value', 'key atrule', 'key'],
    ['docker', 'FROM debian:12', 'keyword', 'FROM'],
    ['go', 'func main() { defer f() }', 'keyword', 'defer'],
    ['html', '<p class="x">hi</p>', 'attr-name', 'class'],
    ['css', 'a { color: red; }', 'property', 'color'],
    ['sql', 'SELECT * FROM t;', 'keyword', 'SELECT'],
    ['diff', '+added\n-removed', 'prefix inserted', '+'],
    ['ruby', 'def f; end', 'keyword', 'end'],
    ['rust', 'fn main() { let mut x = 1; }', 'keyword', 'mut'],
    ['java', 'public class A {}', 'keyword', 'public'],
    ['c', 'int main(void) { return 0; }', 'keyword', 'int'],
    ['cpp', 'template<class T> T f();', 'keyword', 'template'],
    ['kotlin', 'fun main() { val x = 1 }', 'keyword', 'val'],
    ['php', '<?php echo $x; ?>', 'variable', '$x'],
    ['toml', '[table]\nkey = "v"', 'table class-name', 'table'],
    ['sh', 'echo "$HOME"', 'environment constant', '$HOME'],
  ])('loads the %s grammar and highlights with it', async (lang, code, token, text) => {
    const [html] = await renderDeck(`\`\`\`${lang}\n${code}\n\`\`\``);
    expect(html).toContain(`<span class="token ${token}">${text}</span>`);
  });

  it('renders an unknown language as plain escaped code', async () => {
    const [html] = await renderDeck('```klingon\n<b>Qapla\'</b>\n```');
    expect(html).toBe('<pre class="language-klingon"><code class="language-klingon"><span class="line">&#60;b&#62;Qapla&#39;&#60;/b&#62;</span></code></pre>\n');
  });
});
