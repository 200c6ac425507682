import { LitElement, html, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { slideStyles } from '../styles/slide-styles';
import { prismTheme } from '../styles/prism-theme';
import { fitContent } from './fit-content';
import { whenIdle } from '../controllers/when-idle';
import type { SlideLook, dressSlide } from './slide-look';
import type { dressMarp } from './marp-dress';

/** Below this scale, code blocks wrap their long lines (marked ↪) rather than shrink the slide further. */
const WRAP_CODE_BELOW = 0.8;

/** The last part of an image's path: enough for the speaker to recognise, without a long URL on the projector. */
function fileName(src: string): string {
  try {
    return decodeURIComponent(new URL(src, location.href).pathname.split('/').pop() ?? src);
  } catch {
    return src;
  }
}

/**
 * One slide of sanitized HTML on the logical canvas, scaled down when its
 * content would not fit. A missing image becomes a visible placeholder.
 *
 * @csspart content - the slide's content box
 * @csspart inline-notes - Landslide `.notes:` text, while notes are toggled on
 */
@customElement('lectern-slide')
export class LecternSlide extends LitElement {
  // In a cascade layer, so that a slide's own <style> (unlayered) wins over these defaults.
  static override styles = unsafeCSS(`@layer lectern {${slideStyles.cssText}${prismTheme.cssText}}`);

  /** Sanitized HTML; undefined while it is being rendered. */
  @property({ attribute: false }) content: string | undefined;
  /** Sanitized HTML of Landslide `.notes:` lines, shown at the foot of the slide while notes are on. */
  @property({ attribute: false }) notes: string | undefined;
  @property({ type: Number }) width = 1280;
  @property({ type: Number }) height = 720;
  /** Laid out as a title slide: centred, larger. */
  @property({ type: Boolean, reflect: true, attribute: 'title-slide' }) titleSlide = false;
  @property({ type: Boolean, reflect: true }) current = false;
  /** Classes, layout and background from the deck (slide-look.ts). */
  @property({ attribute: false }) look: SlideLook | undefined;
  /** Set by slide-look.ts, which a deck with looks loads before it is shown. */
  declare static dress: typeof dressSlide | undefined;
  /** Set by marp-look.ts, which only a Marp deck loads; dressSlide calls it. */
  declare static marp: typeof dressMarp | undefined;
  /** How far the slide is built up; Infinity (the overview's, print's) shows every step. */
  @property({ type: Number }) step = Infinity;
  /** Set by slide-steps.ts, which a deck with steps loads before it is shown: shows the slide at a step; true when its size changed. */
  declare static stepper: ((box: HTMLElement, step: number, steps: number, stepped?: boolean) => boolean) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.renderRoot.addEventListener('error', this.onError, true);
    this.renderRoot.addEventListener('load', this.onLoad, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.renderRoot.removeEventListener('error', this.onError, true);
    this.renderRoot.removeEventListener('load', this.onLoad, true);
  }

  /**
   * The HTML in the DOM. The shown slide's goes in at once; a hidden
   * neighbour's, and its fitting, wait until the page is idle, so that a key
   * press never pays for laying out the slide after next.
   */
  @state() private placed: string | undefined;
  /** Whether the content changed since it was last fitted to the canvas. */
  private unfitted = false;
  private idleWork = false;

  private frame: number | undefined;

  /** The scale the last fit chose (1: the content fits as written); undefined until fitted. `npm run check` reads it. */
  get fittedScale(): number | undefined {
    return this.lastScale;
  }
  private lastScale: number | undefined;

  protected override willUpdate(): void {
    // In the next frame, before it paints: keys pressed faster than frames place only the slide they end on.
    if (this.current && this.placed !== this.content) {
      this.frame ??= requestAnimationFrame(() => {
        this.frame = undefined;
        if (this.current) this.placed = this.content;
      });
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('placed') || changed.has('notes') || changed.has('look') || changed.has('width') || changed.has('height')) this.unfitted = true;
    if (this.current) {
      if (this.unfitted) this.fit();
    } else if ((this.unfitted || this.placed !== this.content) && this.content !== undefined && !this.idleWork) {
      this.idleWork = true;
      whenIdle(() => {
        this.idleWork = false;
        if (!this.isConnected || this.current) return;
        if (this.placed !== this.content) this.placed = this.content;
        else if (this.unfitted) this.fit();
      });
    }
  }

  override render() {
    return html`<div class="content" part="content"></div>`;
  }

  /**
   * The slide's HTML goes straight into the box (not through unsafeHTML, which
   * keeps a parsed copy of every slide it shows as a template: twice the nodes).
   */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const box = this.renderRoot.querySelector<HTMLElement>('.content');
    if (!box) return;
    // A code walk first shown at a step (not whole) scrolls in a box of its own: the slide fits again.
    if (changed.has('step') && !changed.has('placed') && LecternSlide.stepper?.(box, this.step, this.look?.steps ?? 0, true)) this.unfitted = true;
    if (!changed.has('placed') && !changed.has('notes') && !changed.has('look')) return;
    // A new look alone (each save under npm run dev makes one) dresses the slide as it stands.
    if (changed.has('placed') || changed.has('notes')) {
      box.innerHTML = this.placed ?? '';
      if (this.notes) {
        const aside = document.createElement('aside');
        aside.className = 'inline-notes';
        aside.setAttribute('part', 'inline-notes');
        aside.innerHTML = this.notes;
        box.append(aside);
      }
    }
    LecternSlide.dress?.(this, box, this.look);
    if (box.querySelector('code.language-mermaid')) void import('../diagrams/draw-diagrams').then((diagrams) => diagrams.drawDiagrams(this, box));
    if (changed.has('placed') || changed.has('notes')) LecternSlide.stepper?.(box, this.step, this.look?.steps ?? 0);
  }

  private fit(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.content');
    if (!box) return;
    this.unfitted = false;
    const style = getComputedStyle(this);
    const padX = parseFloat(style.getPropertyValue('--lectern-slide-padding-x')) || 72;
    const padY = parseFloat(style.getPropertyValue('--lectern-slide-padding-y')) || 56;
    const room = { width: this.width - 2 * padX, height: this.height - 2 * padY };
    box.style.transform = '';
    box.classList.remove('wrap-code');
    let fit = fitContent(box, room.width, room.height);
    // A code line too long to show even this small wraps instead, so the slide stays readable.
    if (fit.scale < WRAP_CODE_BELOW && box.querySelector('pre')) {
      box.classList.add('wrap-code');
      const wrapped = fitContent(box, room.width, room.height);
      if (wrapped.scale > fit.scale) fit = wrapped;
      else {
        box.classList.remove('wrap-code');
        fit = fitContent(box, room.width, room.height);
      }
    }
    if (fit.scale < 0.3 && this.placed) {
      console.warn(`Lectern: the slide "${this.getAttribute('aria-label') ?? ''}" holds so much that it is shown at ${Math.round(fit.scale * 100)}%; consider splitting it.`);
    }
    this.lastScale = fit.scale;
    const top = this.titleSlide ? Math.max((room.height - fit.height) / 2, 0) : 0;
    box.style.transform = `translate(${padX}px, ${padY + top}px) scale(${fit.scale})`;
  }

  /** An image that arrives changes the layout; one in a neighbour is decoded now, so it paints whole when shown. */
  private readonly onLoad = (event: Event): void => {
    if (!this.current && event.target instanceof HTMLImageElement) event.target.decode().catch(() => undefined);
    this.unfitted = true;
    this.requestUpdate();
  };

  private readonly onError = (event: Event): void => {
    const img = event.target;
    if (!(img instanceof HTMLImageElement)) return;
    const alt = img.getAttribute('alt') ?? '';
    const placeholder = document.createElement('span');
    placeholder.className = 'missing-image';
    placeholder.setAttribute('role', 'img');
    placeholder.setAttribute('aria-label', alt || 'missing image');
    const label = document.createElement('strong');
    label.textContent = alt || 'Image';
    const where = document.createElement('small');
    where.textContent = `not found: ${fileName(img.getAttribute('src') ?? '')}`;
    placeholder.append(label, where);
    img.replaceWith(placeholder);
    this.unfitted = true;
    this.requestUpdate();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-slide': LecternSlide;
  }
}
