/** Turns a line of inline Markdown into the plain text a reader sees. */
export function plainText(markdown: string): string {
  // Titles are short; capping the input keeps the patterns below from backtracking on huge lines.
  return markdown
    .slice(0, 500)
    .replace(/<(https?:\/\/[^>\s]+|[^>\s@]+@[^>\s]+)>/g, '$1')
    .replace(/<!--[\s\S]*?-->|<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/(\*{1,3}|_{1,3}|~~)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * GitHub's heading slug: lowercase, punctuation dropped, each space a hyphen.
 * Letters, marks, numbers, connectors and hyphens survive, as in github-slugger.
 */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Hands out unique slugs in document order: `a`, `a-1`, `a-2`. */
export class Slugger {
  private readonly seen = new Set<string>();

  unique(text: string): string {
    const base = slug(text);
    let id = base;
    for (let n = 1; this.seen.has(id); n++) id = `${base}-${n}`;
    this.seen.add(id);
    return id;
  }
}
