import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { parseDeck } from '../deck/parse-deck';
import type { Ratio } from '../deck/types';
import { takeRenderer } from '../boot';
import { deckPath, pageDeckList, type DeckEntry } from '../load/deck-list';
import { deckHref } from '../load/deck-link';
import { fetchDeck, type DeckText } from '../load/deck-source';
import type { MarkdownRenderer } from '../render/markdown-renderer';
import { SlideRenderer } from '../render/render-slide';
import { deckListStyles } from '../styles/deck-list-styles';
import './lectern-thumbnail';

type Preview = { ratio: Ratio; html: string } | { failed: string };

const slides = (n: number): string => `${n} slide${n === 1 ? '' : 's'}`;

/**
 * The decks in `slides/`, shown in place of a talk when there are several and
 * the address names none: each is a link that opens it, with its title, its
 * length and its first slide (fetched and rendered once its card is near the
 * screen).
 *
 * @cssproperty --lectern-list-background - the page behind the cards
 */
@customElement('lectern-deck-list')
export class LecternDeckList extends LitElement {
  static override styles = deckListStyles;

  /** Sorted by the build; by default the list the page was served with. */
  @property({ attribute: false }) decks: readonly DeckEntry[] = pageDeckList() ?? [];
  @state() private previews: ReadonlyMap<string, Preview> = new Map();
  private markdown: MarkdownRenderer | undefined;
  /**
   * One thumbnail renders at a time: a deck's reference links are set on the
   * shared renderer, and must not apply to another deck's first slide.
   */
  private rendering: Promise<unknown> = Promise.resolve();
  private readonly asked = new Set<string>();
  private readonly observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: '50% 0px' });

  override connectedCallback(): void {
    super.connectedCallback();
    document.title = 'Decks · Lectern';
    // npm run dev: a deck added or edited in slides/ shows at once (the page's list is read on each load).
    import.meta.hot?.on('lectern:deck-changed', () => location.reload());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  protected override updated(): void {
    for (const item of this.renderRoot.querySelectorAll<HTMLElement>('li[data-file]')) {
      if (!this.asked.has(item.dataset.file ?? '')) this.observer.observe(item);
    }
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const file = (entry.target as HTMLElement).dataset.file;
      if (!entry.isIntersecting || file === undefined || this.asked.has(file)) continue;
      this.asked.add(file);
      this.observer.unobserve(entry.target);
      void this.preview(file);
    }
  }

  /** Downloads run side by side; rendering waits its turn. */
  private async preview(file: string): Promise<void> {
    const text = await fetchDeck(new URL(deckPath(file), location.href));
    const shown = this.rendering.then(() => this.renderFirstSlide(text));
    this.rendering = shown.catch(() => undefined);
    const preview = await shown.catch((error: unknown): Preview => {
      console.error(`Lectern: the first slide of ${file} could not be shown.`, error);
      return { failed: 'No preview' };
    });
    this.previews = new Map(this.previews).set(file, preview);
  }

  private async renderFirstSlide(text: DeckText): Promise<Preview> {
    if (!text.ok) return { failed: text.title };
    const deck = parseDeck(text.text);
    this.markdown ??= takeRenderer();
    // A deck redirected to another site gets no <style>, as in the talk itself.
    const renderer = new SlideRenderer(deck, text.url, this.markdown, new URL(text.url).origin === location.origin);
    return { ratio: deck.meta.ratio, html: await renderer.render(0) };
  }

  private thumbnail(file: string) {
    const preview = this.previews.get(file);
    if (!preview) return '';
    if ('failed' in preview) return preview.failed;
    return html`<lectern-thumbnail ratio=${preview.ratio} .content=${preview.html} title-slide></lectern-thumbnail>`;
  }

  override render() {
    return html`<main>
      <header>
        <h1>Decks</h1>
        <p>${this.decks.length} decks in <code>slides/</code>. Choose the talk to open.</p>
      </header>
      <ul role="list">
        ${this.decks.map(
          (deck) => html`<li data-file=${deck.file}>
            <a href=${deckHref(location.search, deck.file)}>
              <span class="thumb" aria-hidden="true" inert>${this.thumbnail(deck.file)}</span>
              <span class="title">${deck.title}</span>
              <span class="about"><span>${slides(deck.slides)}</span><code>${deck.file}</code></span>
            </a>
          </li>`,
        )}
      </ul>
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-deck-list': LecternDeckList;
  }
}
