import { GRAMMARS, grammarName } from './prism-languages';

type Prism = typeof import('prismjs');

/** Prism itself arrives with the first slide that has code in a language it knows: a title slide does not wait for it. */
let prism: Prism | undefined;
let prismLoading: Promise<void> | undefined;

function loadPrism(): Promise<void> {
  prismLoading ??= import('prismjs').then(
    (module) => {
      prism = module.default;
    },
    (error: unknown) => {
      prismLoading = undefined;
      throw error;
    },
  );
  return prismLoading;
}

const loading = new Map<string, Promise<void>>();

function loadGrammar(name: string): Promise<void> {
  let pending = loading.get(name);
  if (!pending) {
    const grammar = GRAMMARS[name];
    pending = (async () => {
      if (!grammar) return;
      await loadPrism();
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
  const grammar = name ? prism?.languages[name] : undefined;
  return grammar && name && prism ? prism.highlight(code, grammar, name) : undefined;
}
