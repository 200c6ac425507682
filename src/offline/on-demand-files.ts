/** What of a built chunk the walk needs (Rollup's OutputChunk has all of it; an asset has none). */
export interface BuiltFile {
  fileName: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  imports?: readonly string[];
  dynamicImports?: readonly string[];
  viteMetadata?: { importedCss: ReadonlySet<string>; importedAssets: ReadonlySet<string> };
}

function reach(bundle: Record<string, BuiltFile>, from: readonly string[], stop: string | undefined, into: Set<string>): Set<string> {
  const queue = [...from];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (name === stop || into.has(name)) continue;
    into.add(name);
    const file = bundle[name];
    if (!file) continue;
    queue.push(...(file.imports ?? []), ...(file.dynamicImports ?? []));
    queue.push(...(file.viteMetadata?.importedCss ?? []), ...(file.viteMetadata?.importedAssets ?? []));
  }
  return into;
}

/**
 * The files that only the module `module` (a path ending) leads to: its own
 * chunk and everything it imports, at once or later, that nothing else
 * in the app does. These are fetched only by a deck that needs them.
 */
export function onDemandFiles(bundle: Record<string, BuiltFile>, module: string): string[] {
  const root = Object.values(bundle).find((file) => file.facadeModuleId?.endsWith(module));
  if (!root) return [];
  const entries = Object.values(bundle).filter((file) => file.isEntry).map((file) => file.fileName);
  const elsewhere = reach(bundle, entries, root.fileName, new Set());
  return [...reach(bundle, [root.fileName], undefined, new Set())].filter((name) => !elsewhere.has(name));
}
