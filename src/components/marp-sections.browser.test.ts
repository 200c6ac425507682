import { afterEach, describe, expect, it } from 'vitest';
import { sanitize } from '../render/sanitize';
import { styleSections } from './marp-sections';

const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

/** A slide-like host: a shadow root holding a content box with the deck's (sanitized) HTML. */
function slide(html: string, className = ''): { host: HTMLElement; box: HTMLElement } {
  const host = document.createElement('div');
  host.className = className;
  host.style.position = 'absolute';
  document.body.append(host);
  hosts.push(host);
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.className = 'content';
  box.innerHTML = sanitize(html, { deckUrl: location.href, styles: true });
  root.append(box);
  styleSections(box);
  return { host, box };
}

describe('Marp section selectors', () => {
  it('section styles the slide: paint, fonts and alignment, never its place or size', () => {
    const { host } = slide('<style>section { background-color: rgb(1, 2, 3); color: rgb(4, 5, 6); text-align: center; position: fixed; top: 5px; width: 10px; z-index: 99; --accent: red; }</style><p>x</p>');
    const style = getComputedStyle(host);
    expect(style.backgroundColor).toBe('rgb(1, 2, 3)');
    expect(style.color).toBe('rgb(4, 5, 6)');
    expect(style.textAlign).toBe('center');
    expect(style.getPropertyValue('--accent').trim()).toBe('red');
    expect(style.position).toBe('absolute');
    expect(style.zIndex).toBe('auto');
    expect(style.width).not.toBe('10px');
  });

  it('classes and descendants: section.lead h1, section > p', () => {
    const { box } = slide('<style>section.lead h1 { color: rgb(200, 0, 0); } section > p { color: rgb(0, 0, 200); }</style><h1>T</h1><p>p</p>', 'lead');
    expect(getComputedStyle(box.querySelector('h1') as Element).color).toBe('rgb(200, 0, 0)');
    expect(getComputedStyle(box.querySelector('p') as Element).color).toBe('rgb(0, 0, 200)');
    const other = slide('<style>section.lead h1 { color: rgb(200, 0, 0); }</style><h1>T</h1>');
    expect(getComputedStyle(other.box.querySelector('h1') as Element).color).not.toBe('rgb(200, 0, 0)');
  });

  it('inside @media too; section::after and unknown forms are left as they were', () => {
    const { host, box } = slide('<style>@media screen { section { color: rgb(9, 9, 9); } } section::after { content: "x"; }</style><p>p</p>');
    expect(getComputedStyle(host).color).toBe('rgb(9, 9, 9)');
    expect(getComputedStyle(host, '::after').content).toBe('none');
    const sheet = (box.querySelector('style') as HTMLStyleElement).sheet as CSSStyleSheet;
    expect([...sheet.cssRules].map((rule) => rule.cssText).join('\n')).not.toMatch(/:host::after/);
  });

  it('runs once per style element', () => {
    const { box } = slide('<style>section { color: rgb(1, 1, 1); }</style>');
    styleSections(box);
    const sheet = (box.querySelector('style') as HTMLStyleElement).sheet as CSSStyleSheet;
    expect(sheet.cssRules).toHaveLength(2);
  });
});
