import { describe, expect, it } from 'vitest';
import { hasDiagrams } from './has-diagrams';

describe('hasDiagrams', () => {
  it.each([
    ['a backtick fence', '# A\n\n```mermaid\ngraph TD\n```\n'],
    ['a tilde fence', '~~~ mermaid\ngraph TD\n~~~'],
    ['any case', '```Mermaid\ngraph TD\n```'],
    ['in a list item', '- one\n  ```mermaid\n  graph TD\n  ```'],
    ['in a quote', '> ```mermaid\n> graph TD\n> ```'],
    ['with attributes after the language', '```mermaid {theme=dark}\ngraph TD\n```'],
  ])('finds %s', (_, markdown) => expect(hasDiagrams(markdown)).toBe(true));

  it.each([
    ['no fence', '# Mermaid\n\nA talk about mermaid diagrams.'],
    ['another language', '```js\nmermaid.render()\n```'],
    ['a longer language name', '```mermaid-js\ngraph TD\n```'],
    ['inline code', 'Write `mermaid` after the fence.'],
  ])('finds none with %s', (_, markdown) => expect(hasDiagrams(markdown)).toBe(false));
});
