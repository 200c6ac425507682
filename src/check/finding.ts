/** One thing `npm run check` tells the author, on a line of the deck file. */
export interface Finding {
  /** 1-based line of the deck file. */
  line: number;
  level: 'error' | 'warning';
  message: string;
}

/** What is at a path relative to the deck's folder: a file, a folder, or nothing. */
export type PathKind = 'file' | 'folder' | undefined;

/** The files around a deck, as the check may ask about them (the disk in Node, a stub in tests). */
export interface DeckFiles {
  /** `path` is decoded, relative to the deck's folder, and may start with `../`. */
  kind(path: string): PathKind;
}

export const byLine = (a: Finding, b: Finding): number => a.line - b.line;

/** `file:line: level: message`, the form editors and CI logs link to. */
export const formatFinding = (file: string, f: Finding): string => `${file}:${f.line}: ${f.level}: ${f.message}`;
