/** What the check asks the measuring page, and what it answers. */
export interface MeasureRequest {
  source: string;
  /** The deck's URL on the check's server: images load from beside it, as in the app. */
  deckUrl: string;
  /** Report slides that shrink below this scale. */
  below: number;
  /** The slides to measure: `from` (0-based) up to `to`, so that several pages can share a deck. */
  from: number;
  to: number;
  /** Every slide through `<lectern-slide>` itself, without the one-layout screen (slower: what the screen is tested against). */
  exact?: boolean;
}

export interface ShrunkSlide {
  /** 0-based slide index. */
  index: number;
  scale: number;
}
