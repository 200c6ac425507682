import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DeckFiles, PathKind } from './finding';

/** The files beside a deck on disk, for the CLI and the dev server. */
export function diskFiles(deckPath: string): DeckFiles {
  const folder = dirname(resolve(deckPath));
  return {
    kind(path: string): PathKind {
      try {
        const stat = statSync(resolve(folder, path));
        return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
