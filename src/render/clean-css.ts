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

function prune(list: RuleList): void {
  for (let i = list.cssRules.length - 1; i >= 0; i--) {
    const rule = list.cssRules[i];
    if (!rule) continue;
    const type = rule.constructor.name;
    // What comes before the rule's block: a selector, or an at-rule's prelude such as `@scope (:host)`.
    const prelude = rule.cssText.slice(0, rule.cssText.indexOf('{'));
    if (DROPPED_AT_RULES.includes(type) || REACHES_OUT.test(prelude)) list.deleteRule(i);
    else if (hasRules(rule)) prune(rule);
  }
}

// A document with no window: a <style> in it is parsed but never fetches anything.
let inert: Document | undefined;

export function cleanCss(text: string): string {
  inert ??= document.implementation.createHTMLDocument('');
  const style = inert.createElement('style');
  style.textContent = text;
  inert.head.append(style);
  try {
    const sheet = style.sheet;
    if (!sheet) return '';
    prune(sheet);
    return Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n');
  } finally {
    style.remove();
  }
}
