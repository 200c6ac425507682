import type { Heading } from '../deck/types';
import type { RenderPhase } from './markdown-to-html';

/** What the page asks of the render worker. */
export type RenderRequest =
  /** The deck's reference-link definitions, sent once to each new worker. */
  | { type: 'links'; links: string }
  | { type: 'render'; id: number; markdown: string; headings: Heading[] };

/**
 * From the worker: that it has loaded (`ready`), where a render request is
 * (`phase`), or its answer: HTML not yet sanitized, or why there is none.
 */
export type RenderReply =
  | { ready: true }
  | { id: number; phase: RenderPhase }
  | { id: number; html: string }
  | { id: number; error: string };
