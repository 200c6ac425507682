import { afterEach, expect, it, vi } from 'vitest';
import { parseDeck } from '../deck/parse-deck';
import { MarkdownRenderer } from '../render/markdown-renderer';
import { SlideRenderer } from '../render/render-slide';
import './lectern-overview';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

it('opens on the current slide with no Lit warning about updates scheduled after an update', async () => {
  const warn = vi.spyOn(console, 'warn');
  const source = Array.from({ length: 40 }, (_, i) => `# Slide ${i + 1}\n\nText ${i + 1}`).join('\n---\n');
  const deck = parseDeck(source);
  const overview = document.createElement('lectern-overview');
  overview.deck = deck;
  overview.renderer = new SlideRenderer(deck, location.href, new MarkdownRenderer(), true);
  overview.index = 25;
  document.body.append(overview);
  await vi.waitFor(() => {
    const focused = overview.shadowRoot?.activeElement;
    expect(focused?.textContent).toContain('Slide 26');
  });
  await vi.waitFor(() => expect(overview.shadowRoot?.querySelector('.cell[aria-current] lectern-thumbnail')).not.toBeNull());
  const warnings = warn.mock.calls.map((call) => String(call[0]));
  expect(warnings.filter((w) => w.includes('scheduled an update'))).toEqual([]);
});
