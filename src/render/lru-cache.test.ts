import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache';

describe('LruCache', () => {
  it('holds at most its capacity, forgetting the least recently used entry first', () => {
    const cache = new LruCache<number, string>(3);
    for (const n of [1, 2, 3]) cache.set(n, `v${n}`);
    expect(cache.get(1)).toBe('v1');
    cache.set(4, 'v4');
    expect(cache.size).toBe(3);
    expect(cache.has(2)).toBe(false);
    expect([1, 3, 4].map((n) => cache.get(n))).toEqual(['v1', 'v3', 'v4']);
  });

  it('replaces a value without growing', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('a', 2);
    cache.set('b', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBe(2);
  });
});
