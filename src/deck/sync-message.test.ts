import { describe, expect, it } from 'vitest';
import { channelName, readSyncMessage } from './sync-message';

describe('readSyncMessage', () => {
  it('accepts well-formed messages', () => {
    expect(readSyncMessage({ v: 1, type: 'goto', from: 'a1', index: 3 }, 10)).toEqual({ v: 1, type: 'goto', from: 'a1', index: 3, lead: false });
    expect(readSyncMessage({ v: 1, type: 'goto', from: 'a1', index: 3, lead: true }, 10)).toMatchObject({ lead: true });
    expect(readSyncMessage({ v: 1, type: 'goto', from: 'a1', index: 3, lead: 'yes' }, 10)).toMatchObject({ lead: false });
    expect(readSyncMessage({ v: 1, type: 'hello', from: 'a1' }, 10)).toEqual({ v: 1, type: 'hello', from: 'a1' });
    expect(readSyncMessage({ v: 1, type: 'state', from: 'a1', to: 'b2', index: 0, extra: 1 }, 10)).toEqual({
      v: 1,
      type: 'state',
      from: 'a1',
      to: 'b2',
      index: 0,
      screen: 'normal',
      known: true,
    });
    expect(readSyncMessage({ v: 1, type: 'state', from: 'a1', to: 'b2', index: 2, screen: 'black', known: false }, 10)).toMatchObject({
      screen: 'black',
      known: false,
    });
    expect(readSyncMessage({ v: 1, type: 'screen', from: 'a1', screen: 'black' }, 10)).toEqual({
      v: 1,
      type: 'screen',
      from: 'a1',
      screen: 'black',
    });
  });

  it.each([
    null,
    undefined,
    'goto 3',
    42,
    [1, 'goto'],
    {},
    { v: 2, type: 'goto', from: 'a', index: 1 },
    { v: '1', type: 'goto', from: 'a', index: 1 },
    { v: 1, type: 'goto', from: 'a', index: 10 },
    { v: 1, type: 'goto', from: 'a', index: -1 },
    { v: 1, type: 'goto', from: 'a', index: 1.5 },
    { v: 1, type: 'goto', from: 'a', index: '3' },
    { v: 1, type: 'goto', from: 'a', index: 1e308 },
    { v: 1, type: 'goto', from: 'a', index: Number.NaN },
    { v: 1, type: 'goto', from: '', index: 1 },
    { v: 1, type: 'goto', from: 'x'.repeat(65), index: 1 },
    { v: 1, type: 'goto', from: { toString: (): string => 'a' }, index: 1 },
    { v: 1, type: 'state', from: 'a', index: 1 },
    { v: 1, type: 'explode', from: 'a' },
    { v: 1, type: '__proto__', from: 'a' },
    { v: 1, type: 'screen', from: 'a', screen: 'purple' },
    { v: 1, type: 'screen', from: 'a' },
  ])('ignores %j', (data) => {
    expect(readSyncMessage(data, 10)).toBeUndefined();
  });
});

describe('channelName', () => {
  it('is one per deck URL, whatever the hash', () => {
    expect(channelName('http://h/a/slides.md#x')).toBe(channelName('http://h/a/slides.md'));
    expect(channelName('http://h/a/slides.md')).not.toBe(channelName('http://h/b/slides.md'));
  });
});
