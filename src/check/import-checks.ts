import { findImports } from '../deck/slide-imports';
import type { DeckFiles, Finding } from './finding';

/**
 * Slidev's `src:` imports, as the check sees them: a file that is not there is an
 * error on the `src:` line; the importing slide's own (ignored) content is no empty
 * slide. The imported files are checked as decks of their own (every deck under slides/).
 */
export function importChecks(source: string, files: DeckFiles, findings: Finding[]): Finding[] {
  const sites = findImports(source);
  if (sites.length === 0) return findings;
  const inSite = (line: number): boolean => sites.some((site) => line > site.from && line <= site.to + 1);
  const kept = findings.filter((f) => !(f.level === 'warning' && /^slide \d+ is empty/.test(f.message) && inSite(f.line)));
  const missing = sites.flatMap((site): Finding[] => {
    if (/^[a-z][\w+.-]*:|^\/\//i.test(site.path)) return [];
    let path = site.path.replace(/^\.\//, '');
    try {
      path = decodeURIComponent(path);
    } catch {
      // Left as written.
    }
    return files.kind(path) === 'file' ? [] : [{ line: site.from + 1, level: 'error', message: `imported file not found: ${site.path}` }];
  });
  return [...kept, ...missing];
}
