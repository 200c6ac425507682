/** Every element named `tag` in the page, inside shadow roots too: slides sit several shadow roots down. */
export function deepQuery(tag: string, root: ParentNode = document): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.localName === tag) found.push(element);
    if (element.shadowRoot) found.push(...deepQuery(tag, element.shadowRoot));
  }
  return found;
}
