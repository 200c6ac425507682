/**
 * Marp's `section` selector means the slide. In a Marp deck each slide's
 * `<style>` rules that name `section` get a twin that names the slide
 * instead: `section.lead h1` → `:host(.lead) h1`. A twin that styles the
 * slide itself (`section { … }`) keeps only what paints inside it (colours,
 * backgrounds, fonts, text alignment, custom properties): nothing that could
 * move or resize the slide. The twins are made through the CSSOM from rules
 * the sanitizer already cleaned, so no deck text is parsed as CSS again.
 */
import type { MarpStyle } from '../deck/marp-slide';
import { cleanCss } from '../render/clean-css';

const SECTION = /^section((?:\.[\w-]+|\[[\w-]+(?:[~|^$*]?=(?:"[^"]*"|'[^']*'|[\w-]+))?\])*)(.*)$/;
const PAINTS = /^(?:background(?:-[\w-]+)?|color|font(?:-[\w-]+)?|text-align|text-shadow|letter-spacing|line-height|--[\w-]+)$/;

interface Rules {
  readonly cssRules: CSSRuleList;
  insertRule(rule: string, index?: number): number;
}

/** The twin of one selector, and whether it styles the slide itself; undefined for what it cannot mean here (`section::after`). */
function twin(selector: string): [string, boolean] | undefined {
  const match = SECTION.exec(selector.trim());
  if (!match) return undefined;
  const [, compound = '', rest = ''] = match;
  const host = compound === '' ? ':host' : `:host(${compound})`;
  if (rest === '') return [host, true];
  // The slide's own children are the content box's.
  if (/^\s*>/.test(rest)) return [`${host} .content ${rest.trim()}`, false];
  return /^\s/.test(rest) ? [`${host}${rest}`, false] : undefined;
}

function copy(from: CSSStyleDeclaration, to: CSSStyleDeclaration, allowed: (name: string) => boolean): void {
  for (const name of Array.from(from)) if (allowed(name)) to.setProperty(name, from.getPropertyValue(name), from.getPropertyPriority(name));
}

function addTwins(list: Rules): void {
  for (let i = list.cssRules.length - 1; i >= 0; i--) {
    const rule = list.cssRules[i];
    if (rule instanceof CSSStyleRule && /\bsection\b/i.test(rule.selectorText)) {
      const twins = rule.selectorText.split(',').map(twin).filter((t) => t !== undefined);
      // One twin for the slide itself, one for what is inside it: each keeps what it may.
      for (const [selectors, itself] of [[twins.filter((t) => t[1]), true], [twins.filter((t) => !t[1]), false]] as const) {
        if (selectors.length === 0) continue;
        try {
          const at = list.insertRule(`${selectors.map((t) => t[0]).join(', ')} {}`, i + 1);
          const made = list.cssRules[at];
          if (made instanceof CSSStyleRule) copy(rule.style, made.style, (name) => !itself || PAINTS.test(name));
        } catch {
          // A selector the browser does not take: that twin is left out.
        }
      }
    } else if (rule instanceof CSSGroupingRule) addTwins(rule);
  }
}

/** Gives each `<style>` in the slide's box its `section` twins, once. */
export function styleSections(box: HTMLElement): void {
  for (const style of box.querySelectorAll<HTMLStyleElement>('style:not([data-sections])')) {
    style.setAttribute('data-sections', '');
    if (style.sheet) addTwins(style.sheet);
  }
}

/** Each deck's global style, made once: a sheet, or null where the deck may not style. */
const sheets = new Map<string, CSSStyleSheet | null>();

/**
 * A Marp deck's global `<style>` as a sheet for every slide: cleaned as a
 * slide's own `<style>` is, given its `section` twins, and in a layer of its
 * own, so that a slide's own `<style>` (unlayered) still wins over it, as in
 * Marp. As with a slide's `<style>`, a deck from another site gets none.
 */
export function deckSheet({ css, deckUrl }: MarpStyle): CSSStyleSheet | undefined {
  const key = `${deckUrl}\n${css}`;
  let sheet = sheets.get(key);
  if (sheet === undefined) {
    sheet = null;
    if (new URL(deckUrl, location.href).origin === location.origin) {
      sheet = new CSSStyleSheet({ baseURL: deckUrl });
      sheet.replaceSync(`@layer lectern-marp {${cleanCss(css)}}`);
      addTwins(sheet);
    }
    sheets.set(key, sheet);
  }
  return sheet ?? undefined;
}
