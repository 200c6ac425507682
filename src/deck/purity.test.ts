import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/deck is the pure core: it must run anywhere, with no browser, no Lit and no I/O.
const FORBIDDEN = [
  /from ['"]lit/,
  /from ['"]dompurify/,
  /from ['"]prismjs/,
  /\b(window|document|localStorage|sessionStorage|navigator|location|fetch|customElements|HTMLElement|BroadcastChannel)\b/,
];

describe('src/deck stays pure', () => {
  const dir = import.meta.dirname;
  const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it.each(modules)('%s uses no DOM, browser or Lit API', (file) => {
    const code = readFileSync(join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/(?<!from )'(?:[^'\\\n]|\\.)*'/g, "''");
    for (const pattern of FORBIDDEN) expect(code).not.toMatch(pattern);
  });
});
