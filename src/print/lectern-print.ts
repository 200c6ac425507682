import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DeckLoaderController, type ReadyDeck } from '../controllers/deck-loader-controller';
import { CANVAS } from '../components/lectern-stage';
import '../components/lectern-error';
import { documentPrintStyles, pageSize, printStyles } from './print-styles';
import { printPage, settlePage, type PageContent } from './print-page';
import { diagramsDrawn } from '../diagrams/diagrams-drawn';
import { PrintProgressEvent, printState } from './print-progress';
import { fontsSettled, showTheme } from './print-theme';

/** Slides the worker is asked to render at once. */
const CHUNK = 16;
/** Time to place and fit one group of slides (two frames, see settlePage) under which the next group may be larger. */
const FRAME_BUDGET_MS = 60;

/**
 * `?print`: every slide of the deck, one per page at the canvas size, with its
 * number, for the browser's own print or "Save as PDF" (and `npm run export`).
 * `&notes` adds each slide's notes under it; a slide built up in steps prints whole, or with `&steps` once per step. No keys, no navigation: the app
 * is not started. When every page is laid out, fitted and has its images,
 * `<html data-lectern-print="ready">` tells a script it may print.
 *
 * @fires lectern-print-progress - on the document, after each group of pages
 */
@customElement('lectern-print')
export class LecternPrint extends LitElement {
  static override styles = printStyles;

  @state() private done = 0;
  @state() private ready = false;
  private readonly notes = new URL(location.href).searchParams.has('notes');
  /** `&steps`: a slide built up in steps gets a page for each step; else one page in its final state. */
  private readonly steps = new URL(location.href).searchParams.has('steps');
  private readonly loader = new DeckLoaderController(
    this,
    (deck) =>
      this.layOut(deck).catch((error: unknown) => {
        console.error('Lectern: the slides could not be laid out for print.', error);
        printState('error', `The slides could not be laid out for print: ${error instanceof Error ? error.message : String(error)}`);
      }),
    // A saved deck (npm run dev) is not re-laid out: reload the page to print it again.
    () => undefined,
  );

  override render() {
    const status = this.loader.status;
    if (status.kind === 'loading') return html`<p class="status" role="status">Loading ${status.url || 'the deck'}…</p>`;
    if (status.kind === 'error') {
      return html`<lectern-error .heading=${status.title} .detail=${status.detail} .advice=${status.advice}></lectern-error>`;
    }
    const count = status.deck.slides.length;
    const message = this.ready
      ? `${count} ${count === 1 ? 'slide' : 'slides'}, ${this.steps ? 'one page per step' : 'one per page'}: print this page, or save it as PDF (no margins, background graphics on).`
      : `Laying out slide ${this.done} of ${count}…`;
    return html`<p class="status" role="status">${message}</p>
      <div class="pages"></div>`;
  }

  protected override updated(): void {
    const status = this.loader.status;
    if (status.kind === 'error') printState('error', `${status.title}: ${status.detail}`);
  }

  private async layOut(ready: ReadyDeck): Promise<void> {
    const { deck, renderer, url } = ready;
    printState('loading');
    document.documentElement.dataset.lecternPrintDeck = url;
    const title = deck.meta.title ?? deck.slides[0]?.title;
    if (title) document.title = title;
    await showTheme(ready);
    const canvas = CANVAS[deck.meta.ratio];
    const page = pageSize(deck.meta.ratio, this.notes);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, documentPrintStyles(page)];
    await this.updateComplete;
    const box = this.renderRoot.querySelector('.pages');
    if (!box) return;
    const count = deck.slides.length;
    // Held here, not only in the renderer's cache, which keeps the last few hundred parts.
    const contents = (from: number): Promise<PageContent[]> =>
      Promise.all(
        deck.slides.slice(from, from + CHUNK).map(async ({ index, steps = 0 }) => {
          const [slide, notes, inline] = await Promise.all([
            renderer.render(index),
            this.notes ? renderer.render(index, 'notes') : '',
            this.notes ? renderer.render(index, 'inlineNotes') : '',
          ]);
          const content = { index, count, slide, look: deck.slides[index], notes: this.notes ? notes + inline : undefined, numbers: deck.numbers };
          if (!this.steps || steps === 0) return [content];
          return Array.from({ length: steps + 1 }, (_, step) => ({ ...content, step, steps }));
        }),
      ).then((pages) => pages.flat());
    let next = contents(0);
    let perFrame = 1;
    for (let from = 0; from < count; from += CHUNK) {
      const batch = await next;
      // The worker renders the next slides while these are laid out.
      if (from + CHUNK < count) next = contents(from + CHUNK);
      for (let i = 0; i < batch.length; ) {
        const group = batch.slice(i, i + perFrame);
        i += group.length;
        const sheets = group.map((content) => printPage(content, page, canvas));
        box.append(...sheets);
        const start = performance.now();
        await Promise.all(sheets.map(settlePage));
        // As many slides placed and fitted per frame as keep the page responsive: heavy slides go one at a time.
        perFrame = performance.now() - start < FRAME_BUDGET_MS ? Math.min(perFrame * 2, CHUNK) : Math.max(Math.floor(perFrame / 2), 1);
        this.done = (group[group.length - 1]?.index ?? from) + 1;
        document.dispatchEvent(new PrintProgressEvent(this.done, count));
      }
    }
    await diagramsDrawn(box.querySelectorAll('lectern-slide'));
    await fontsSettled(box.querySelectorAll('lectern-slide'));
    this.ready = true;
    await this.updateComplete;
    printState('ready');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-print': LecternPrint;
  }
}
