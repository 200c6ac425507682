/**
 * The transition a slide is arrived at with, from the names other tools use:
 * reveal.js `data-transition` (`none`, `fade`, `slide`, `convex`, `concave`,
 * `zoom`; `fade-in slide-out` pairs: the in-part) and Slidev `transition:`
 * (`fade`, `fade-out`, `slide-left`…, `view-transition`; `a | b` pairs: the forward one).
 * Each becomes the closest of Lectern's few short ones.
 */
export type Transition = 'none' | 'fade' | 'slide-left' | 'slide-right' | 'slide-up' | 'slide-down' | 'zoom';

const NAMES: Record<string, Transition> = {
  none: 'none',
  fade: 'fade',
  'fade-out': 'fade',
  'view-transition': 'fade',
  // reveal.js's 3D slides (`convex`, `concave`) are flat here: the content still comes in from the right.
  slide: 'slide-left',
  convex: 'slide-left',
  concave: 'slide-left',
  'slide-left': 'slide-left',
  'slide-right': 'slide-right',
  'slide-up': 'slide-up',
  'slide-down': 'slide-down',
  zoom: 'zoom',
};

/** Lectern's transition for a setting's value; undefined for a name no tool gives. */
export function transitionName(value: string): Transition | undefined {
  const first = value.trim().toLowerCase().split(/[\s|]+/)[0] ?? '';
  // reveal.js `fade-in` (of `fade-in slide-out`) is `fade`; Slidev's `fade-out` is a name of its own.
  const name = first.endsWith('-in') ? first.slice(0, -3) : first;
  return Object.hasOwn(NAMES, name) ? NAMES[name] : undefined;
}
