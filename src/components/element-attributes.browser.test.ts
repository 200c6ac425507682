import { afterEach, expect, it } from 'vitest';
import { markdownToHtml } from '../render/markdown-to-html';
import { parseLinkDefinitions } from '../render/markdown';
import { sanitize } from '../render/sanitize';
import { parseDeck } from '../deck/parse-deck';
import { withSteps } from '../deck/slide-steps';
import { giveElementAttributes } from './element-attributes';

afterEach(() => {
  document.body.replaceChildren();
});

/** The slide's box after the parser, marked, the sanitizer and the attribute pass, in a shadow root as on a slide. */
async function box(markdown: string): Promise<HTMLElement> {
  const slide = withSteps(parseDeck(markdown), markdown).slides[0]?.markdown ?? '';
  const host = document.createElement('div');
  document.body.append(host);
  const content = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(content);
  content.innerHTML = sanitize(await markdownToHtml(slide, parseLinkDefinitions(''), []), { deckUrl: location.href, styles: true });
  giveElementAttributes(content);
  return content;
}

it('follows reveal.js: the element before the comment, else the one it is in; after a list, the last item', async () => {
  const content = await box(
    ['# Heading <!-- .element: class="h" -->', '', 'Plain <!-- .element: class="p" -->', '', '![pic](p.png) <!-- .element: class="i" -->', '', 'Some *word* <!-- .element: class="w" -->', '', '- a', '- b', '', '<!-- .element: class="last" -->'].join('\n'),
  );
  expect(content.querySelector('h1')?.className).toBe('h');
  expect(content.querySelector('p')?.className).toBe('p');
  expect(content.querySelector('img')?.className).toBe('i');
  expect(content.querySelector('em')?.className).toBe('w');
  expect([...content.querySelectorAll('li')].map((li) => li.className)).toEqual(['', 'last']);
  // No marker, and no empty paragraph, is left behind.
  expect(content.querySelectorAll('span, p:empty')).toHaveLength(0);
});

it('gives only what the sanitizer allows, and a style that fetches nothing', async () => {
  const content = await box(
    'Text <!-- .element: onclick="alert(1)" onmouseover=x href="javascript:alert(1)" src="//evil.example/x" data-lectern-shows="9" style="color: red; background: url(https://evil.example/t.png); width: expression(1)" title="t" data-id="d" -->',
  );
  const p = content.querySelector('p');
  expect(p?.getAttributeNames().sort()).toEqual(['data-id', 'style', 'title']);
  expect(p?.style.color).toBe('red');
  expect(p?.getAttribute('style')).not.toMatch(/url|expression/);
});

it('keeps an id only when the slide has no element with it already', async () => {
  const content = await box('<h2 id="taken">Raw heading</h2>\n\nOne <!-- .element: id="taken" -->\n\nTwo <!-- .element: id="free" -->');
  expect([...content.querySelectorAll('#taken')].map((element) => element.localName)).toEqual(['h2']);
  expect(content.querySelector('#free')?.textContent?.trim()).toBe('Two');
});
