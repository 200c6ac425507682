import { describe, expect, it } from 'vitest';
import { parseQrLine } from './qr-line';

describe('parseQrLine', () => {
  it("reads Landslide's `.qr: size|url` line", () => {
    expect(parseQrLine('.qr: 450|https://example.org')).toEqual({ size: 450, url: 'https://example.org', raw: '.qr: 450|https://example.org' });
    expect(parseQrLine('   .QR:200 | http://example.org/a?b=1#c  ')).toMatchObject({ size: 200, url: 'http://example.org/a?b=1#c' });
  });

  it('takes only the first line of a longer text, as a tokenizer sees it', () => {
    expect(parseQrLine('.qr: 300|https://a.example\nnext paragraph')).toMatchObject({ url: 'https://a.example', raw: '.qr: 300|https://a.example\n' });
  });

  it('keeps the size between what a phone can read and what the canvas holds', () => {
    expect(parseQrLine('.qr: 1|https://a.example')?.size).toBe(64);
    expect(parseQrLine('.qr: 9999|https://a.example')?.size).toBe(2000);
  });

  it('makes no code for anything but an http(s) URL, nor for a line that says more', () => {
    for (const line of [
      '.qr: 450|javascript:alert(1)',
      '.qr: 450|data:text/html,x',
      '.qr: 450|example.org',
      '.qr: 450|https://a.example and more',
      '.qr: |https://a.example',
      '    .qr: 450|https://a.example',
      'text .qr: 450|https://a.example',
    ]) {
      expect(parseQrLine(line), line).toBeUndefined();
    }
  });
});
