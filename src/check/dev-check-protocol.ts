import type { Finding } from './finding';

/** A finding as the dev badge lists it: with the slide to go to. */
export interface SlideFinding extends Finding {
  /** 1-based slide number. */
  slide: number;
}

export interface DevCheckReply {
  findings: SlideFinding[];
}

/** Where the dev page asks for the findings of the deck it shows (see check-plugin.ts). */
export const CHECK_ENDPOINT = '/@lectern/check';
