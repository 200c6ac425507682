/**
 * What is left of a slide's `<style>` once it can neither fetch nor reach
 * outside its slide: `@import`, `@font-face`, `@property` and every rule that
 * targets the slide's host (`:host`, `::slotted`, `::part`) are removed.
 * Everything else is scoped by the slide's shadow root.
 */

const DROPPED_AT_RULES = ['CSSImportRule', 'CSSFontFaceRule', 'CSSPropertyRule', 'CSSPageRule', 'CSSNamespaceRule'];
const REACHES_OUT = /:host|::?slotted|::?part\b/i;

interface RuleList {
  readonly cssRules: CSSRuleList;
  deleteRule(index: number): void;
}

const hasRules = (rule: CSSRule): rule is CSSRule & RuleList =>
  'cssRules' in rule && 'deleteRule' in rule && typeof rule.deleteRule === 'function';

const dropped = (rule: CSSRule): boolean =>
  DROPPED_AT_RULES.includes(rule.constructor.name) ||
  // What comes before the rule's block: a selector, or an at-rule's prelude such as `@scope (:host)`.
  REACHES_OUT.test(rule.cssText.slice(0, rule.cssText.indexOf('{')));

function prune(list: RuleList): void {
  for (let i = list.cssRules.length - 1; i >= 0; i--) {
    const rule = list.cssRules[i];
    if (!rule) continue;
    if (dropped(rule)) list.deleteRule(i);
    else if (hasRules(rule)) prune(rule);
  }
}

// A document with no window: a <style> in it is parsed but never fetches anything.
let inert: Document | undefined;

/** The CSS that may stay; nothing at all if it cannot be read. */
export function cleanCss(text: string): string {
  inert ??= document.implementation.createHTMLDocument('');
  const style = inert.createElement('style');
  style.textContent = text;
  inert.head.append(style);
  try {
    const sheet = style.sheet;
    if (!sheet) return '';
    // Top-level rules are filtered, not deleted: a sheet refuses to delete its @namespace rules.
    const kept = Array.from(sheet.cssRules).filter((rule) => !dropped(rule));
    for (const rule of kept) if (hasRules(rule)) prune(rule);
    return kept.map((rule) => rule.cssText).join('\n');
  } catch (error) {
    console.warn('Lectern: a slide\'s <style> could not be read and is left out.', error);
    return '';
  } finally {
    style.remove();
  }
}
