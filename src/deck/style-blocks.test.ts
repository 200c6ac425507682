import { describe, expect, it } from 'vitest';
import { scanBlocks } from './block-scanner';
import { styleLines } from './style-blocks';

const of = (text: string): boolean[] => {
  const lines = text.split('\n');
  return styleLines(lines, scanBlocks(lines).kinds);
};

describe('styleLines', () => {
  it('marks a style block, its tags included', () => {
    expect(of('# A\n<style>\n* { color: navy }\n</style>\n* item')).toEqual([false, true, true, true, false]);
  });
  it('reads <style scoped> and a block on one line', () => {
    expect(of('<style scoped>h1 { color: red }</style>\ntext')).toEqual([true, false]);
  });
  it('leaves style in code alone, and <styles> is no style', () => {
    expect(of('```\n<style>\n```\n<styles>\n* x')).toEqual([false, false, false, false, false]);
  });
});
