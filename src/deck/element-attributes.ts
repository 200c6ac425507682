/**
 * reveal.js `<!-- .element: name="value" … -->`: the attributes a comment
 * gives the element before it. The step parser (step-marks.ts) writes them
 * into an empty `<span data-lectern-attrs="…">` in the comment's place, and
 * the DOM pass (components/element-attributes.ts) moves them onto that
 * element, sanitized again there. The value is URI-encoded JSON, so nothing
 * in it can close the span or be read as Markdown.
 */
export type AttributeList = [name: string, value: string][];

/** Read by the parser only: for a fragment, the step says when; the index is no attribute of the element. */
const PARSER_ONLY = new Set(['data-fragment-index']);

const escapeMore = (text: string): string => text.replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The marker's attribute value; '' when there is nothing to give. */
export function encodeAttributes(attributes: Record<string, string>): string {
  const list: AttributeList = Object.entries(attributes).filter(([name, value]) => !PARSER_ONLY.has(name) && !(name === 'class' && value === ''));
  return list.length === 0 ? '' : escapeMore(encodeURIComponent(JSON.stringify(list)));
}

/** The pairs back from a marker; none for a value the parser did not write. */
export function decodeAttributes(value: string): AttributeList {
  try {
    const list: unknown = JSON.parse(decodeURIComponent(value));
    if (!Array.isArray(list)) return [];
    return list.filter((pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string');
  } catch {
    return [];
  }
}
