import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Ratio } from '../deck/types';
import type { SlideLook } from './slide-look';
import { CANVAS } from './lectern-stage';
import './lectern-stage';
import './lectern-slide';

/** A true render of one slide, scaled to whatever box it is given (presenter view, overview). */
@customElement('lectern-thumbnail')
export class LecternThumbnail extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    lectern-stage {
      width: 100%;
      height: 100%;
    }
  `;

  @property() ratio: Ratio = '16:9';
  /** Sanitized HTML of the slide. */
  @property({ attribute: false }) content: string | undefined;
  @property({ type: Boolean, attribute: 'title-slide' }) titleSlide = false;
  /** The slide's classes, layout and background. */
  @property({ attribute: false }) look: SlideLook | undefined;
  /** How far the slide is built up: all of it unless told. */
  @property({ type: Number }) step = Infinity;

  override render() {
    const size = CANVAS[this.ratio];
    return html`<lectern-stage ratio=${this.ratio}>
      <lectern-slide .content=${this.content} .look=${this.look} .step=${this.step} .width=${size.width} .height=${size.height} ?title-slide=${this.titleSlide} current></lectern-slide>
    </lectern-stage>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-thumbnail': LecternThumbnail;
  }
}
