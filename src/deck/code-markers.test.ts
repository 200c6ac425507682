import { describe, expect, it } from 'vitest';
import { splitIndentedCode } from './code-markers';

describe('splitIndentedCode: Landslide and CodeHilite markers', () => {
  it.each([
    ['!bash\nls -l', 'bash', 'ls -l'],
    [':::python\nimport os', 'python', 'import os'],
    ['#!ruby\nputs 1', 'ruby', 'puts 1'],
  ])('%j takes its marker as the language and drops it', (text, lang, code) => {
    expect(splitIndentedCode(text)).toMatchObject([{ lang, code }]);
  });

  it('asks for line numbers with #!lang only, as CodeHilite does', () => {
    expect(splitIndentedCode('#!python\nimport os')[0]?.numbers).toBe(true);
    expect(splitIndentedCode('!python\nimport os')[0]?.numbers).toBeFalsy();
    expect(splitIndentedCode(':::python\nimport os')[0]?.numbers).toBeFalsy();
    expect(splitIndentedCode('#!/usr/bin/python\nimport os')[0]?.numbers).toBeFalsy();
  });

  it('keeps a shebang and takes the language from its last path part', () => {
    expect(splitIndentedCode('#!/usr/bin/python\nimport os')).toEqual([
      { lang: 'python', code: '#!/usr/bin/python\nimport os' },
    ]);
    expect(splitIndentedCode('#!/usr/bin/env python3\nprint()')[0]?.lang).toBe('python');
  });

  it('starts a new block at a marker after blank lines, as on the seed "Code Sample" slide', () => {
    const text = '!bash\n\n   docker ps\n   docker ps -a\n\n\n!python\n\ndef log(self):\n    pass';
    expect(splitIndentedCode(text)).toEqual([
      { lang: 'bash', code: 'docker ps\ndocker ps -a' },
      { lang: 'python', code: 'def log(self):\n    pass' },
    ]);
  });

  it('leaves code with no marker as one plain block', () => {
    expect(splitIndentedCode('x = 1\n\n!not a marker line')).toEqual([{ lang: '', code: 'x = 1\n\n!not a marker line' }]);
  });

  it('does not treat a marker-like line inside a block as a marker', () => {
    expect(splitIndentedCode('!bash\necho hi\n!python')).toEqual([{ lang: 'bash', code: 'echo hi\n!python' }]);
  });
});
