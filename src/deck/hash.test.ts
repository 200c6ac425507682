import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, talkUrl } from './hash';

const headings: Record<string, number> = { 'code-sample': 1, 'docker-versions': 8, '2024': 20 };
const find = (id: string): number | undefined => (Object.hasOwn(headings, id) ? headings[id] : undefined);
const read = (hash: string) => parseHash(hash, 33, find);

describe('parseHash', () => {
  it.each([
    ['#/1', 0],
    ['#/5', 4],
    ['#5', 4],
    ['#slide7', 6],
    ['#/33', 32],
    ['#/34', 32],
    ['#/99999999999999999999999', 32],
    ['#/0', 0],
    ['#/00002', 1],
    ['#/2/', 1],
    ['#/code-sample', 1],
    ['#docker-versions', 8],
    ['#2024', 20],
    ['#/2024', 32],
  ])('%j names slide index %i', (hash, index) => {
    expect(read(hash)).toEqual({ index, step: 0, presenter: false, named: true });
  });

  it.each(['#/nope', '#/-3', '#/-1', '#/1.5', '#/1e3', '#/%', '#/%E0%A4%A', '#%E0%A4%A', '#/__proto__', '#constructor', '#/+2', '#/0x10', '#/２', '', '#', '#/'])('%j names no slide: slide 1, and the window joins the talk', (hash) => {
    expect(read(hash)).toEqual({ index: 0, step: 0, presenter: false, named: false });
  });

  it.each([
    ['#presenter3', 2],
    ['#p3', 2],
    ['#p999', 32],
  ])('%j asks for the presenter view at index %i', (hash, index) => {
    expect(read(hash)).toEqual({ index, step: 0, presenter: true, named: true });
  });

  it('never throws, and always names a slide inside the deck, whatever the hash', () => {
    const hashes = ['#/%', '#%%%', `#/${'9'.repeat(400)}`, `#${'/'.repeat(10_000)}`, '#/\u0000', '#/\uD800', `#/${'%41'.repeat(5000)}`];
    for (const hash of hashes) {
      const { index } = read(hash);
      expect(Number.isInteger(index) && index >= 0 && index < 33).toBe(true);
    }
  });

  it('clamps into an empty deck without throwing', () => {
    expect(parseHash('#/5', 0, find)).toEqual({ index: 0, step: 0, presenter: false, named: true });
  });

  it('writes the canonical 1-based form', () => {
    expect(formatHash(0)).toBe('#/1');
    expect(formatHash(32)).toBe('#/33');
  });

  it.each([
    ['#/5/2', 4, 2],
    ['#/5/0', 4, 0],
    ['#5/3', 4, 3],
    ['#/5/2/', 4, 2],
    ['#/99/4', 32, 4],
  ])('%j names slide index %i at step %i', (hash, index, step) => {
    expect(read(hash)).toEqual({ index, step, presenter: false, named: true });
  });

  it.each(['#/5/-1', '#/5/x', '#/5/1/2', '#/5/9999999'])('%j names no step it cannot read, and so no slide', (hash) => {
    expect(read(hash).step).toBe(0);
  });

  it('writes a step only past step 0, and reads back what it writes', () => {
    expect(formatHash(4, 0)).toBe('#/5');
    expect(formatHash(4, 2)).toBe('#/5/2');
    expect(read(formatHash(4, 2))).toEqual({ index: 4, step: 2, presenter: false, named: true });
  });
});

describe('talkUrl', () => {
  it('adds ?presenter and keeps src= and the slide', () => {
    expect(talkUrl('http://h/talk/?src=decks%2Fa.md#/4', 6)).toBe('http://h/talk/?src=decks%2Fa.md&presenter#/7');
    expect(talkUrl('http://h/', 0)).toBe('http://h/?presenter#/1');
    expect(talkUrl('http://h/?presenter#/2', 1)).toBe('http://h/?presenter#/2');
    expect(talkUrl('http://h/#/4/2', 3, 2)).toBe('http://h/?presenter#/4/2');
  });

  it('gives an audience window of the same deck, at the same slide and step, without ?presenter', () => {
    expect(talkUrl('http://h/talk/?src=decks%2Fa.md&presenter#/4', 6, 0, false)).toBe('http://h/talk/?src=decks%2Fa.md#/7');
    expect(talkUrl('http://h/?presenter&theme=dark#/2', 1, 3, false)).toBe('http://h/?theme=dark#/2/3');
    expect(talkUrl('http://h/#/2', 4, 0, false)).toBe('http://h/#/5');
  });
});
