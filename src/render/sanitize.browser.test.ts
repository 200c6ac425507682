import { describe, expect, it } from 'vitest';
import { sanitize } from './sanitize';

describe('sanitize', () => {
  it('drops script', () => {
    expect(sanitize('<p>a</p><script>x()</script>', 'http://h/deck/slides.md')).toBe('<p>a</p>');
  });
});
