import { describe, expect, it } from 'vitest';
import { readLineNumbersAttribute, readLineOptions } from './line-ranges';

describe('readLineOptions', () => {
  it('reads Slidev steps, one group per |', () => {
    expect(readLineOptions('js {1-2|3|5-9}')).toEqual({ groups: [[1, 2], [3], [5, 6, 7, 8, 9]], numbers: false, start: 1 });
  });

  it('reads one highlight group without steps', () => {
    expect(readLineOptions('{2,4-6}')).toEqual({ groups: [[2, 4, 5, 6]], numbers: false, start: 1 });
  });

  it('reads * and all as a group of every line', () => {
    expect(readLineOptions('ts {*|2}')?.groups).toEqual([[], [2]]);
    expect(readLineOptions('ts {1|all}')?.groups).toEqual([[1], []]);
  });

  it('reads {lines} as numbers only', () => {
    expect(readLineOptions('python {lines}')).toEqual({ groups: [], numbers: true, start: 1 });
  });

  it("reads Slidev's options brace", () => {
    expect(readLineOptions('ts {2|3}{lines:true,startLine:5}')).toEqual({ groups: [[2], [3]], numbers: true, start: 5 });
    expect(readLineOptions('ts {lines:true}')).toEqual({ groups: [], numbers: true, start: 1 });
  });

  it('reads reveal.js brackets, which number the lines', () => {
    expect(readLineOptions('js [1-2|3]')).toEqual({ groups: [[1, 2], [3]], numbers: true, start: 1 });
    expect(readLineOptions('js []')).toEqual({ groups: [], numbers: true, start: 1 });
  });

  it('reads a reveal.js start number, groups still counting from the first line', () => {
    expect(readLineOptions('js [712: 1-2|3]')).toEqual({ groups: [[1, 2], [3]], numbers: true, start: 712 });
  });

  it('tolerates spaces inside the ranges', () => {
    expect(readLineOptions('js { 1 - 2 | 3 }')?.groups).toEqual([[1, 2], [3]]);
  });

  it('gives no highlight for bad ranges, never throwing', () => {
    for (const info of ['{3-1}', '{x}', '{0}', '{1|x}', '{1-}', '{-2}', '{1-99999999}', '[0]', '{1||2}', '{}']) {
      expect(readLineOptions(`js ${info}`)?.groups, info).toEqual([]);
    }
  });

  it('gives no highlight for ranges that would name millions of lines', () => {
    const huge = `{${Array.from({ length: 5000 }, () => '1-9999').join('|')}}`;
    expect(readLineOptions(huge)?.groups).toEqual([]);
    expect(readLineOptions(`{${Array.from({ length: 300 }, (_, i) => String(i + 1)).join('|')}}`)?.groups).toEqual([]);
    expect(readLineNumbersAttribute(Array.from({ length: 5000 }, () => '1-9999').join('|')).groups).toEqual([]);
    expect(readLineOptions('{1-9999|1-9999}')?.groups).toHaveLength(2);
  });

  it('is undefined when the info has no options', () => {
    expect(readLineOptions('js')).toBeUndefined();
    expect(readLineOptions('')).toBeUndefined();
    expect(readLineOptions('js title="a.js"')).toBeUndefined();
  });

  it('ignores what Lectern appends after the options', () => {
    expect(readLineOptions('js {1|2} lectern-steps=0,3')?.groups).toEqual([[1], [2]]);
  });
});

describe('readLineNumbersAttribute', () => {
  it('reads an empty value as numbers only', () => {
    expect(readLineNumbersAttribute('')).toEqual({ groups: [], numbers: true, start: 1 });
  });

  it('reads steps', () => {
    expect(readLineNumbersAttribute('1-2|3')).toEqual({ groups: [[1, 2], [3]], numbers: true, start: 1 });
  });

  it('gives no highlight for a bad value', () => {
    expect(readLineNumbersAttribute('3-1|2').groups).toEqual([]);
  });
});
