import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Ratio } from '../deck/types';

export const CANVAS: Readonly<Record<Ratio, { width: number; height: number }>> = {
  '16:9': { width: 1280, height: 720 },
  '4:3': { width: 1024, height: 768 },
};

/**
 * A fixed logical canvas, scaled to fill its box and letterboxed.
 *
 * @cssproperty --lectern-letterbox - colour around the canvas
 * @csspart canvas - the scaled slide canvas
 */
@customElement('lectern-stage')
export class LecternStage extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      overflow: hidden;
      background: var(--lectern-letterbox, #000);
    }
    .canvas {
      position: absolute;
      left: 50%;
      top: 50%;
      overflow: hidden;
      transform-origin: 0 0;
      background: var(--lectern-background, #fff);
    }
  `;

  @property() ratio: Ratio = '16:9';
  @state() private box = { width: 0, height: 0 };

  private readonly observer = new ResizeObserver(([entry]) => {
    if (entry) this.box = { width: entry.contentRect.width, height: entry.contentRect.height };
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  override render() {
    const { width, height } = CANVAS[this.ratio];
    const scale = Math.max(Math.min(this.box.width / width, this.box.height / height), 0.01);
    const style = `width:${width}px;height:${height}px;transform:scale(${scale}) translate(-50%,-50%)`;
    return html`<div class="canvas" part="canvas" style=${style}><slot></slot></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-stage': LecternStage;
  }
}
