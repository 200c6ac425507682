import { html, nothing } from 'lit';
import type { Screen } from '../deck/sync-message';
import type { ReadyDeck } from '../controllers/deck-loader-controller';
import './lectern-audience';
import './lectern-overlays';

export type Overlay = 'overview' | 'toc' | 'help';

/** Everything the page shows of a loaded talk, as lectern-app holds it. */
export interface TalkView extends ReadyDeck {
  index: number;
  step: number;
  screen: Screen;
  presenter: boolean;
  renders: number;
  digits: string;
  showNotes: boolean;
  moves: number;
  overlay: Overlay | undefined;
  blockedPopup: string | undefined;
  failedView: string | undefined;
  /** `npm run dev`: why the last save is not shown. */
  editProblem: string | undefined;
  unblank: () => void;
  dismissPopup: (event: Event) => void;
}

/** The audience or presenter view of a loaded talk, with what goes over it. */
export function talkView(view: TalkView) {
  const { deck, renderer, externalHost, utf8, index, screen, presenter } = view;
  // Rarely shown, so not in the first load: each element upgrades when its code arrives (the page is online then,
  // or the offline copy has it).
  if (externalHost || !utf8) void import('./lectern-deck-notices');
  if (view.blockedPopup) void import('./lectern-popup-blocked');
  const current = deck.slides[index];
  return html`
    ${presenter
      ? html`<lectern-presenter
          .deck=${deck}
          .renderer=${renderer}
          .index=${index}
          .step=${view.step}
          .renders=${view.renders}
          .digits=${view.digits}
          .screen=${screen}
          .deckUrl=${view.url}
          .moves=${view.moves}
        ></lectern-presenter>`
      : html`<lectern-audience
          exportparts="canvas, content, counter, progress, notes"
          .deck=${deck}
          .renderer=${renderer}
          .index=${index}
          .step=${view.step}
          .renders=${view.renders}
          .digits=${view.digits}
          .showNotes=${view.showNotes}
        ></lectern-audience>`}
    ${externalHost || !utf8
      ? html`<lectern-deck-notices .externalHost=${externalHost ?? ''} ?notUtf8=${!utf8} ?presenter=${presenter}></lectern-deck-notices>`
      : nothing}
    ${screen !== 'normal' && !presenter
      ? html`<div class="blank ${screen}" role="img" aria-label="Screen blanked: press any key to bring the slide back" @click=${view.unblank}></div>`
      : nothing}
    <lectern-overlays
      .overlay=${view.overlay}
      .deck=${deck}
      .renderer=${renderer}
      .index=${index}
      .scope=${presenter ? 'presenter' : 'audience'}
    ></lectern-overlays>
    ${view.blockedPopup
      ? html`<lectern-popup-blocked .url=${view.blockedPopup} @lectern-close-overlay=${view.dismissPopup}></lectern-popup-blocked>`
      : nothing}
    ${import.meta.env.DEV && view.editProblem
      ? html`<p class="edit-problem" role="status">${`Not shown yet (the last good version stays): ${view.editProblem}`}</p>`
      : nothing}
    ${view.failedView
      ? html`<p class="load-failure" role="alert">${`Lectern could not load ${view.failedView}: check the connection, then try again.`}</p>`
      : nothing}
    <div class="visually-hidden" role="status" aria-live="polite">
      Slide ${index + 1} of ${deck.slides.length}${current?.title ? `: ${current.title}` : ''}
    </div>
  `;
}
