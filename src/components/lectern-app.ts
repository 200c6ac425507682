import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { isMove, type Action } from '../deck/keymap';
import type { Deck } from '../deck/types';
import { talkUrl } from '../deck/hash';
import { partsNear } from '../render/render-slide';
import { DeckLoaderController } from '../controllers/deck-loader-controller';
import { KeyboardController } from '../controllers/keyboard-controller';
import { SwipeController } from '../controllers/swipe-controller';
import { TalkController } from '../controllers/talk-controller';
import { RenderNearController } from '../controllers/render-near-controller';
import { AfterFirstSlideController } from '../controllers/after-first-slide-controller';
import { cycleTheme, startThemes } from '../themes/start-themes';
import { listedStylesheet } from '../load/deck-list';
import { CloseOverlayEvent, GotoEvent, IntentEvent, ViewLoadFailedEvent } from '../events';
import { appStyles } from '../styles/app-styles';
import { visuallyHidden } from '../styles/shared-styles';
import { NEIGHBOURS } from './lectern-audience';
import { openTalkWindow, toggleFullscreen } from './window-actions';
import { loadView } from './on-demand';
import { talkView, type Overlay } from './talk-view';
import './lectern-error';

/**
 * The deck app: loads the deck, applies every intent (keys, swipes, clicks,
 * overlays) to the talk, and shows the audience view, or the presenter view
 * with `?presenter` in the URL.
 */
@customElement('lectern-app')
export class LecternApp extends LitElement {
  static override styles = [appStyles, visuallyHidden];

  @state() private digits = '';
  @state() private presenter = new URL(location.href).searchParams.has('presenter');
  @state() private showNotes = false;
  @state() private overlay: Overlay | undefined;
  /** Counts finished renders, so the views re-read the renderer. */
  @state() private renders = 0;
  /** The presenter URL, while the browser has blocked the window that should show it. */
  @state() private blockedPopup: string | undefined;
  /** A view whose code could not be fetched (offline?), named until the next key. */
  @state() private failedView: string | undefined;

  /** Moves of the talk while this is the presenter view (joining is not one): the first starts its timer. */
  @state() private moves = 0;
  private readonly talk = new TalkController(this, {
    // Any move of the talk, here or in another window, starts the presenter's timer; joining does not.
    onMove: (_, source, changed) => {
      if (this.presenter && source !== 'join' && changed) this.moves++;
      this.near.request();
    },
    onPresenterLink: (index) => {
      if (this.presenter) return;
      history.replaceState(history.state, '', talkUrl(location.href, index));
      this.presenter = true;
    },
  });
  private readonly loader = new DeckLoaderController(
    this,
    (ready) => {
      const { deck, url } = ready;
      this.talk.start(deck, url);
      this.showTitle(deck);
      // A listed deck's `theme.css`, found by the build, is its stylesheet when it names none.
      deck.meta.css ??= listedStylesheet(url);
      const later = (task: () => void): void => this.afterFirstSlide.run(task);
      startThemes(ready, later);
      // Production builds keep the talk for offline use (src/offline/).
      if (import.meta.env.PROD) later(() => void import('../offline/keep-offline').then((offline) => offline.keepOffline(url, this.presenter, deck.meta.css)));
    },
    ({ deck }) => {
      this.talk.replaceDeck(deck);
      this.showTitle(deck);
    },
  );

  constructor() {
    super();
    new KeyboardController(this, {
      scope: () => (this.presenter ? 'presenter' : 'audience'),
      onKey: () => this.takeKey(),
      onAction: (action) => this.act(action),
      onGoto: (n) =>
        this.talk.whenSettled(() => {
          // remark's `count: false`: the number typed is the one shown (the first slide that has it), not a place.
          const numbers = this.loader.status.kind === 'ready' ? this.loader.status.deck.numbers : undefined;
          this.talk.go(numbers ? numbers.findIndex((shown) => shown >= n) >>> 0 : n - 1, 'local');
        }),
      onDigits: (digits) => (this.digits = digits),
    });
    new SwipeController(this, (action) => this.act(action));
    this.addEventListener(IntentEvent.type, (event) => this.act(event.action));
    this.addEventListener(GotoEvent.type, (event) => {
      this.overlay = undefined;
      this.talk.whenSettled(() => this.talk.go(event.index, 'local'));
    });
    this.addEventListener(CloseOverlayEvent.type, () => (this.overlay = undefined));
    this.addEventListener(ViewLoadFailedEvent.type, (event) => this.viewFailed(event.view, event.error));
    // `npm run dev` only: a saved deck or image updates this page in place.
    if (import.meta.env.DEV) void import('../live/live-edit-controller').then(({ LiveEditController }) => new LiveEditController(this, this.loader, () => this.renders++));
  }

  private showTitle(deck: Deck): void {
    const title = deck.meta.title ?? deck.slides[0]?.title ?? 'Lectern';
    document.title = this.presenter ? `${title} (presenter)` : title;
  }

  private readonly afterFirstSlide = new AfterFirstSlideController(
    this,
    () => this.loader.status.kind === 'ready' && this.loader.status.renderer.peek(this.talk.index) !== undefined,
  );

  private readonly near = new RenderNearController(
    this,
    () => {
      const status = this.loader.status;
      if (status.kind !== 'ready') return undefined;
      const show = { neighbours: NEIGHBOURS, presenter: this.presenter, notes: this.showNotes };
      return { renderer: status.renderer, parts: partsNear(this.talk.index, status.deck.slides.length, show) };
    },
    () => this.renders++,
  );

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('presenter') && this.presenter) loadView('lectern-presenter').catch((error: unknown) => this.viewFailed('the presenter view', error));
  }

  private viewFailed(view: string, error: unknown): void {
    console.error(`Lectern: ${view} could not be loaded.`, error);
    this.overlay = undefined;
    this.failedView = view;
  }

  /** A blank screen takes the next key to come back; an open overlay keeps keys to itself. */
  private takeKey(): boolean {
    this.failedView = undefined;
    if (this.talk.screen !== 'normal') {
      this.talk.setScreen('normal');
      return true;
    }
    return this.overlay !== undefined;
  }

  private act(action: Action): void {
    const ready = this.loader.status.kind === 'ready';
    // A move made before this window knows where the talk is would be undone by the talk's answer: hold it.
    if (!this.talk.settled && (isMove(action) || !ready)) return this.talk.whenSettled(() => this.act(action));
    if (!ready) return;
    const { talk } = this;
    // The timer and the notes size are the presenter view's own (its code may still be on its way).
    const presenter = (): void =>
      void customElements.whenDefined('lectern-presenter').then(() => this.renderRoot.querySelector('lectern-presenter')?.act(action));
    if (isMove(action) && (this.overlay || talk.screen !== 'normal')) {
      // A swipe or click on a blank screen brings the slide back, it does not move behind it.
      if (!this.overlay) talk.setScreen('normal');
      return;
    }
    const actions: Record<Action, () => void> = {
      next: () => talk.forward(),
      previous: () => talk.back(),
      first: () => talk.go(0, 'local'),
      last: () => talk.go(Infinity, 'local'),
      toggleNotes: () => {
        this.showNotes = !this.showNotes;
        this.near.request();
      },
      openPresenter: () => this.openWindow(true),
      cloneWindow: () => this.openWindow(false),
      mirror: () => this.toggleAttribute('mirrored'),
      overview: () => (this.overlay = 'overview'),
      toc: () => (this.overlay = 'toc'),
      help: () => (this.overlay = 'help'),
      blackout: () => talk.setScreen(talk.screen === 'black' ? 'normal' : 'black'),
      whiteout: () => talk.setScreen(talk.screen === 'white' ? 'normal' : 'white'),
      fullscreen: toggleFullscreen,
      theme: cycleTheme,
      notesBigger: presenter,
      notesSmaller: presenter,
      pauseTimer: presenter,
      resetTimer: presenter,
    };
    actions[action]();
  }

  private openWindow(presenter: boolean): void {
    if (this.loader.status.kind === 'ready') this.blockedPopup = openTalkWindow(this.talk.index, this.talk.step, this.loader.status.url, presenter);
  }

  override render() {
    const status = this.loader.status;
    if (status.kind === 'loading') {
      return html`<p class="loading" role="status">${status.url ? `Loading ${status.url}…` : 'Loading…'}</p>`;
    }
    if (status.kind === 'error') {
      return html`<lectern-error .heading=${status.title} .detail=${status.detail} .advice=${status.advice}></lectern-error>`;
    }
    return talkView({
      ...status,
      index: this.talk.index,
      step: this.talk.step,
      screen: this.talk.screen,
      presenter: this.presenter,
      renders: this.renders,
      digits: this.digits,
      showNotes: this.showNotes,
      moves: this.moves,
      overlay: this.overlay,
      blockedPopup: this.blockedPopup,
      failedView: this.failedView,
      editProblem: this.loader.editProblem,
      unblank: () => this.talk.setScreen('normal'),
      dismissPopup: this.dismissPopup,
    });
  }

  private readonly dismissPopup = (event: Event): void => {
    event.stopPropagation();
    this.blockedPopup = undefined;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lectern-app': LecternApp;
  }
}
