import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDeck } from '../deck/parse-deck';
import { pdfPageTexts } from './pdf-text';

// The real `npm run export`: the built app's ?print view in Chromium, served by vite preview.
// LECTERN_OUT_DIR (a build made elsewhere than dist/) is passed on, as the e2e preview honours it.
const ROOT = join(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/export.mjs');
const SEED = 'e2e/fixtures/seed-deck/slides.md';
const seed = parseDeck(readFileSync(join(ROOT, SEED), 'utf8'));
const out = mkdtempSync(join(tmpdir(), 'lectern-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

// NFKC: Chromium writes "ff" as its ligature.
const words = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string): [number, number] => {
  const bytes = readFileSync(file);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

describe('npm run export', { timeout: 120_000 }, () => {
  it('writes the seed deck as a PDF: one canvas-sized page per slide, with the slides\' text, links and images', async () => {
    const file = join(out, 'seed.pdf');
    const { code, stderr } = await run(['--src', SEED, '--out', file]);
    expect(code).toBe(0);
    expect(stderr).toContain(`export: slide ${seed.slides.length}/${seed.slides.length}`);
    const bytes = readFileSync(file);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(seed.slides.length);
    // 1280x720 CSS pixels are 960x540 points.
    for (const page of pdf.getPages()) expect(page.getSize()).toEqual({ width: 960, height: 540 });
    const texts = (await pdfPageTexts(bytes)).map(words);
    const first = seed.slides[0]?.title ?? '';
    const last = seed.slides.at(-1)?.title ?? '';
    expect(first).toBe('Lightweight Virtualization with Docker');
    expect(texts[0]).toContain(first);
    expect(texts[0]).toContain(`1 / ${seed.slides.length}`);
    expect(texts.at(-1)).toContain(last);
    expect(texts.at(-1)).toContain(`${seed.slides.length} / ${seed.slides.length}`);
    // Each page holds its own slide: every slide's title is on its page.
    seed.slides.forEach((slide, i) => expect(texts[i]).toContain(words(slide.title)));
    // The link on the title slide is clickable.
    const annots = pdf.getPages()[0]?.node.Annots()?.asArray() ?? [];
    const uris = annots.map((ref) => pdf.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString)?.decodeText());
    expect(uris).toContain('http://mjbright.github.io/Pygre');
    // Images are in: the slide "What's a container?" shows a picture.
    const pictured = seed.slides.findIndex((slide) => /!\[[^\]]*\]\(/.test(slide.markdown));
    expect(pictured).toBeGreaterThan(0);
    const xobjects = pdf.getPages()[pictured]?.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    const images = [...(xobjects?.entries() ?? [])].filter(([, ref]) => pdf.context.lookup(ref)?.toString().includes('/Subtype /Image'));
    expect(images.length).toBeGreaterThan(0);
  });

  it('--png writes one 1280x720 PNG per slide, numbered', async () => {
    const folder = join(out, 'png');
    const { code } = await run(['--src', SEED, '--png', '--out', folder]);
    expect(code).toBe(0);
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(seed.slides.length);
    expect(files[0]).toBe('slides-01.png');
    expect(files.at(-1)).toBe(`slides-${seed.slides.length}.png`);
    for (const file of files) expect(pngSize(join(folder, file))).toEqual([1280, 720]);
  });

  it('says in one line why a deck that does not load cannot be exported, and exits 1', async () => {
    const { code, stdout, stderr } = await run(['--src', 'e2e/fixtures/empty.md', '--out', join(out, 'empty.pdf')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^export: e2e\/fixtures\/empty\.md could not be exported: The deck is empty: http:\/\/127\.0\.0\.1:\d+\/\S*empty\.md holds no text\.$/)]);
    expect(readdirSync(out)).not.toContain('empty.pdf');
  });

  it('says so and exits 2 for a deck file that does not exist', async () => {
    const { code, stderr } = await run(['--src', 'e2e/fixtures/no-such-deck.md']);
    expect(stderr.trim()).toBe('export: e2e/fixtures/no-such-deck.md: no such file');
    expect(code).toBe(2);
  });
});
