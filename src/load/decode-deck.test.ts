import { describe, expect, it } from 'vitest';
import { decodeDeck } from './decode-deck';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeDeck', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeDeck(utf8('# Grüße'))).toEqual({ text: '# Grüße', valid: true, binary: false });
    expect(decodeDeck(utf8('\uFEFF# Hi')).text).toBe('# Hi');
  });

  it('reads UTF-16 that starts with its byte-order mark, either way round', () => {
    expect(decodeDeck(bytes(0xff, 0xfe, 0x23, 0, 0x20, 0, 0xe9, 0))).toEqual({ text: '# é', valid: true, binary: false });
    expect(decodeDeck(bytes(0xfe, 0xff, 0, 0x23, 0, 0x20, 0, 0xe9))).toEqual({ text: '# é', valid: true, binary: false });
  });

  it('decodes Latin-1 with U+FFFD for what it cannot read, and says it is not valid', () => {
    // "# Café" saved as Latin-1: é is the single byte 0xE9.
    expect(decodeDeck(bytes(0x23, 0x20, 0x43, 0x61, 0x66, 0xe9))).toEqual({ text: '# Caf\uFFFD', valid: false, binary: false });
  });

  it('calls NUL bytes in something that is not UTF-8 binary, but keeps a stray NUL in valid text', () => {
    expect(decodeDeck(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d)).binary).toBe(true);
    expect(decodeDeck(utf8('# a\u0000b'))).toEqual({ text: '# a\u0000b', valid: true, binary: false });
  });
});
