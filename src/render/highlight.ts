import Prism from 'prismjs';
import { GRAMMARS, grammarName } from './prism-languages';

const loading = new Map<string, Promise<void>>();

function loadGrammar(name: string): Promise<void> {
  let pending = loading.get(name);
  if (!pending) {
    const grammar = GRAMMARS[name];
    pending = (async () => {
      if (!grammar) return;
      await Promise.all((grammar.requires ?? []).map(loadGrammar));
      await grammar.load();
    })();
    loading.set(name, pending);
  }
  return pending;
}

/** Loads the grammars these languages need; a grammar that fails to load leaves its code plain. */
export async function loadLanguages(langs: Iterable<string>): Promise<void> {
  const names = new Set<string>();
  for (const lang of langs) {
    const name = grammarName(lang);
    if (name) names.add(name);
  }
  await Promise.all([...names].map((n) => loadGrammar(n).catch(() => undefined)));
}

/** Highlighted HTML, or undefined when the language is unknown or not loaded. */
export function highlight(code: string, lang: string): string | undefined {
  const name = grammarName(lang);
  const grammar = name ? Prism.languages[name] : undefined;
  return grammar && name ? Prism.highlight(code, grammar, name) : undefined;
}
