/**
 * Views that are not on the first screen, each fetched the first time it is
 * shown, so the first slide waits only for what it needs. (Error messages and
 * notices stay in the first bundle: they must show when the network does not.)
 * An element rendered
 * before its module arrives upgrades in place, keeping the properties it was given.
 */
const MODULES = {
  'lectern-presenter': () => import('./lectern-presenter'),
  'lectern-overview': () => import('./lectern-overview'),
  'lectern-toc': () => import('./lectern-toc'),
  'lectern-help': () => import('./lectern-help'),
} as const;

export type OnDemandView = keyof typeof MODULES;

const loads = new Map<OnDemandView, Promise<void>>();

/** Loads the module defining `tag`; a failed load is tried again on the next call. */
export function loadView(tag: OnDemandView): Promise<void> {
  let load = loads.get(tag);
  if (!load) {
    load = MODULES[tag]().then(
      () => undefined,
      (error: unknown) => {
        loads.delete(tag);
        throw error;
      },
    );
    loads.set(tag, load);
  }
  return load;
}

/** Whether the view's module has arrived, so the element shown is live. */
export const isLoaded = (tag: OnDemandView): boolean => customElements.get(tag) !== undefined;
