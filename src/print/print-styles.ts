import { css } from 'lit';
import type { Ratio } from '../deck/types';
import { CANVAS } from '../components/lectern-stage';

/** With `&notes`, each page is this much taller than the slide, and the notes share that room. */
export const NOTES_ROOM = 0.5;

/** A page: the canvas, plus the notes' room under it when notes are printed. */
export function pageSize(ratio: Ratio, notes: boolean): { width: number; height: number } {
  const { width, height } = CANVAS[ratio];
  return { width, height: notes ? Math.round(height * (1 + NOTES_ROOM)) : height };
}

/**
 * For the document itself: `@page` only works there, not in a shadow root. The
 * page box is the slide's, without margins, so that each slide is one sheet of
 * a PDF; on screen, the pages are a scrollable column on grey, like a PDF viewer.
 */
export function documentPrintStyles(size: { width: number; height: number }): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    @page { size: ${size.width}px ${size.height}px; margin: 0; }
    html, body { height: auto; background: #525659; overscroll-behavior: auto; }
    @media print { html, body { background: none; } }
  `);
  return sheet;
}

/**
 * @cssproperty --lectern-background - the page's background, as the stage's canvas
 * @cssproperty --lectern-muted - colour of the slide number
 */
export const printStyles = css`
  :host {
    display: block;
    padding: 24px 0;
  }
  .status {
    width: max-content;
    max-width: 90vw;
    margin: 0 auto 24px;
    padding: 8px 16px;
    border-radius: 6px;
    background: #15191f;
    color: #f1f3f6;
    font: 18px/1.4 var(--lectern-font, system-ui, sans-serif);
  }
  .page {
    position: relative;
    overflow: hidden;
    /* A deck's fixed or huge element stays on its own page. */
    contain: strict;
    margin: 0 auto 24px;
    background: var(--lectern-background, #fff);
    box-shadow: 0 2px 12px rgb(0 0 0 / 0.4);
    break-inside: avoid;
  }
  .page + .page {
    break-before: page;
  }
  .canvas {
    position: absolute;
    left: 0;
    top: 0;
    overflow: hidden;
  }
  .page-number {
    position: absolute;
    right: 28px;
    bottom: 18px;
    font: 20px/1 var(--lectern-font, system-ui, sans-serif);
    color: var(--lectern-muted, #4a5263);
    font-variant-numeric: tabular-nums;
  }
  .notes {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
    overflow: hidden;
    box-sizing: border-box;
    border-top: 3px solid var(--lectern-accent, #0a58b0);
    background: #f6f7f9;
    color: #1f2430;
  }
  .notes-text {
    position: absolute;
    left: 48px;
    top: 24px;
    transform-origin: 0 0;
    font: 24px/1.45 var(--lectern-font, system-ui, sans-serif);
    overflow-wrap: anywhere;
  }
  .notes-text > :first-child {
    margin-top: 0;
  }
  .notes-text > :last-child {
    margin-bottom: 0;
  }
  .empty {
    color: #4a5263;
    font-style: italic;
  }
  @media print {
    :host {
      padding: 0;
    }
    .status {
      display: none;
    }
    .page {
      margin: 0;
      box-shadow: none;
    }
  }
`;
