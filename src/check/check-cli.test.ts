import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDeck } from '../../bench/generate-deck.mjs';
import { describe, expect, it } from 'vitest';

// The real `npm run check`: Node, Vite, the app's parser, and Chromium for the fit check.
const ROOT = join(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/check.mjs');
const FIXTURES = join(ROOT, 'e2e/fixtures/check');

interface Run {
  code: number | null;
  stdout: string[];
  stderr: string;
}

function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ code, stdout: stdout.split('\n').filter((l) => l !== ''), stderr });
    });
  });
}

describe('npm run check', { timeout: 120_000 }, () => {
  it('prints each mistake as file:line: level: message, relative to the current folder, and fails on errors', async () => {
    const decks = readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).sort();
    const { code, stdout } = await run(decks, { cwd: FIXTURES });
    expect(stdout.map((line) => line.replace(/shrunk to \d+%/, 'shrunk to N%'))).toEqual([
      'empty-slide.md:3: warning: slide 2 is empty (lines 3-5)',
      'missing-heading.md:3: error: no heading with id "setup" (link #setup)',
      'missing-image.md:9: error: image not found: images/before.png',
      'missing-link.md:4: error: link target not found: handout.pdf',
      'missing-src.md:4: error: ?src= deck not found: fixtures/check/next-talk.md',
      'notes-typos.md:5: warning: "Notes" is shown on the slide; write "Notes:" to start speaker notes',
      'notes-typos.md:14: warning: "??" is shown on the slide; the notes marker is "???"',
      'shrunk.md:7: warning: slide 2 is shrunk to N% to fit (under 60% is hard to read); split it or cut it down',
      'unknown-language.md:9: error: unknown code language "pyhton"',
      'wrong-fence.md:5: warning: "~~~" does not close the ``` fence opened on line 3; the code runs on to the next ---',
    ]);
    const shrunk = Number(/shrunk to (\d+)%/.exec(stdout.join('\n'))?.[1]);
    expect(shrunk).toBeGreaterThan(10);
    expect(shrunk).toBeLessThan(60);
    expect(code).toBe(1);
  });

  it('passes a deck with warnings only', async () => {
    const { code, stdout } = await run(['e2e/fixtures/check/empty-slide.md', 'e2e/fixtures/check/wrong-fence.md']);
    expect(stdout).toHaveLength(2);
    expect(code).toBe(0);
  });

  it('checks every deck under the slides folder when given none: the seed deck has no errors', async () => {
    const { code, stdout } = await run([], { env: { LECTERN_SLIDES_DIR: 'e2e/fixtures/seed-deck' } });
    // Its "Using the REST API" slide really is shown at 56% in the app: the one thing worth telling its author.
    expect(stdout.map((line) => line.replace(/shrunk to \d+%/, 'shrunk to N%'))).toEqual([
      'e2e/fixtures/seed-deck/slides.md:223: warning: slide 20 is shrunk to N% to fit (under 60% is hard to read); split it or cut it down',
    ]);
    expect(code).toBe(0);
  });

  it('shows how far it is on a large deck, on stderr', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lectern-check-'));
    try {
      writeFileSync(join(folder, 'big.md'), generateDeck(400));
      const { code, stdout, stderr } = await run(['big.md'], { cwd: folder });
      // Progress on the way, not only at the end.
      expect(stderr).toMatch(/check: fitting big\.md: ([0-9]|[1-9][0-9]|[1-3][0-9]{2})\/400 slides\n/);
      expect(stderr).toContain('check: fitting big.md: 400/400 slides');
      expect(stdout).toEqual([]);
      expect(code).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says so and exits 2 for a file that does not exist', async () => {
    const { code, stdout, stderr } = await run(['e2e/fixtures/check/no-such-deck.md']);
    expect(stderr).toContain('check: e2e/fixtures/check/no-such-deck.md: no such file');
    expect(stdout).toEqual([]);
    expect(code).toBe(2);
  });

  it('still checks everything else when Chromium is missing, and says what it skipped', async () => {
    const { code, stdout, stderr } = await run(['e2e/fixtures/check/shrunk.md', 'e2e/fixtures/check/missing-image.md'], {
      env: { CHROMIUM_PATH: '/nonexistent/chromium' },
    });
    expect(stderr).toContain('Chromium could not start, so slides are not checked for shrinking to fit');
    expect(stdout).toEqual(['e2e/fixtures/check/missing-image.md:9: error: image not found: images/before.png']);
    expect(code).toBe(1);
  });
});
