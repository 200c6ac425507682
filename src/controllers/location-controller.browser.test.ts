import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HashTarget } from '../deck/hash';
import { mountHost } from '../test/test-host';
import { LocationController } from './location-controller';

const page = location.pathname + location.search;
const headings: Record<string, number> = { intro: 2 };
let targets: HashTarget[];
let controller: LocationController;

/** Changes the hash as a user or an in-deck link would, and waits for the browser's hashchange. */
async function navigate(hash: string): Promise<void> {
  const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await changed;
}

beforeEach(() => {
  targets = [];
  controller = new LocationController(mountHost(), { onHash: (target) => targets.push(target) });
});

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', page);
});

describe('LocationController', () => {
  it('writes the slide into the hash once it has painted, without adding history entries', async () => {
    const before = history.length;
    controller.reflect(4);
    await vi.waitFor(() => expect(location.hash).toBe('#/5'));
    controller.reflect(5);
    await vi.waitFor(() => expect(location.hash).toBe('#/6'));
    expect(history.length).toBe(before);
  });

  it('writes only the last of moves made before a frame painted', async () => {
    const write = vi.spyOn(history, 'replaceState');
    for (let i = 1; i <= 20; i++) controller.reflect(i);
    await vi.waitFor(() => expect(location.hash).toBe('#/21'));
    expect(write).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('never overwrites a hash changed since it last wrote one', async () => {
    controller.setDeck(40, () => undefined);
    controller.reflect(2);
    // Changed by someone else before the write, its hashchange not yet handled.
    history.replaceState(null, '', '#/30');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    expect(location.hash).toBe('#/30');
  });

  it('keeps going when the browser refuses to rewrite the URL again (Safari, after 100 calls in 30 s)', async () => {
    const refuse = vi.spyOn(history, 'replaceState').mockImplementation(() => {
      throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
    });
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    expect(() => controller.reflect(7)).not.toThrow();
    await vi.waitFor(() => expect(refuse).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve));
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    vi.restoreAllMocks();
  });

  it('ignores hash changes until it knows the deck, then reads them as slide targets', async () => {
    await navigate('#/3');
    expect(targets).toEqual([]);
    controller.setDeck(10, (id) => headings[id]);
    await navigate('#/7');
    await navigate('#intro');
    await navigate('#/99');
    await navigate('#/5/2');
    expect(targets).toEqual([
      { index: 6, step: 0, presenter: false, named: true },
      { index: 2, step: 0, presenter: false, named: true },
      { index: 9, step: 0, presenter: false, named: true },
      { index: 4, step: 2, presenter: false, named: true },
    ]);
  });

  it('writes the step of a slide built up in steps, and keeps it when the hash is emptied', async () => {
    controller.setDeck(10, () => undefined);
    controller.reflect(3, 2);
    await vi.waitFor(() => expect(location.hash).toBe('#/4/2'));
    await navigate('');
    await vi.waitFor(() => expect(location.hash).toBe('#/4/2'));
    controller.reflect(3, 0);
    await vi.waitFor(() => expect(location.hash).toBe('#/4'));
  });

  it('keeps the slide when the hash is emptied (a bare # link)', async () => {
    controller.setDeck(10, () => undefined);
    controller.reflect(3);
    await vi.waitFor(() => expect(location.hash).toBe('#/4'));
    await navigate('');
    expect(targets).toEqual([]);
    await vi.waitFor(() => expect(location.hash).toBe('#/4'));
  });

  it('stops listening when its host leaves the page', async () => {
    controller.setDeck(10, () => undefined);
    document.body.replaceChildren();
    await navigate('#/2');
    expect(targets).toEqual([]);
  });
});
