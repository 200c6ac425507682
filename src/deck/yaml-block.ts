/**
 * The YAML that slide tools put in front matter: `key: value` lines, nested
 * maps by indentation, `- item` lists, `|` / `>` block scalars and comments.
 * Values stay strings (flow `{…}` / `[…]` included). Anything else means the
 * lines are not YAML of this kind, and the reader says so with `undefined`.
 *
 * The result is plain data a deck may control entirely: every map has a null
 * prototype, and `__proto__`, `constructor` and `prototype` keys are dropped.
 */

export type YamlValue = string | YamlValue[] | YamlMap;
export interface YamlMap {
  [key: string]: YamlValue;
}

const KEY = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const ITEM = /^-(?:[ \t]+(.*))?$/;
const BLOCK_SCALAR = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 16;

class NotYaml extends Error {}

function unquote(value: string): string {
  const v = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(v);
  return quoted ? (quoted[2] ?? '') : v;
}

const indentOf = (line: string): number => /^[ \t]*/.exec(line)?.[0].length ?? 0;
const isSkipped = (line: string): boolean => line.trim() === '' || /^[ \t]*#/.test(line);

class Reader {
  private i = 0;

  constructor(private readonly lines: string[]) {}

  read(): YamlMap {
    const map = this.map(0, 0);
    this.skip();
    if (this.i < this.lines.length) throw new NotYaml();
    return map;
  }

  /** Moves past blank and comment lines; the indentation of the next line, or -1 at the end. */
  private skip(): number {
    while (this.i < this.lines.length && isSkipped(this.lines[this.i] ?? '')) this.i++;
    return this.i < this.lines.length ? indentOf(this.lines[this.i] ?? '') : -1;
  }

  private map(indent: number, depth: number): YamlMap {
    if (depth > MAX_DEPTH) throw new NotYaml();
    const map = Object.create(null) as YamlMap;
    for (let at = this.skip(); at === indent; at = this.skip()) {
      const key = KEY.exec((this.lines[this.i] ?? '').slice(indent));
      if (!key) throw new NotYaml();
      this.i++;
      const value = this.value(indent, key[2]?.trim() ?? '', depth);
      const name = key[1] ?? '';
      if (!FORBIDDEN.has(name)) map[name] = value;
    }
    if (this.skip() > indent) throw new NotYaml();
    return map;
  }

  /** The value after `key:` on a line indented by `indent`: inline, a block scalar, or a nested block. */
  private value(indent: number, inline: string, depth: number): YamlValue {
    if (BLOCK_SCALAR.test(inline)) return this.blockScalar(indent, inline.startsWith('>'));
    if (inline !== '') return unquote([inline, ...this.continuation(indent)].join(' '));
    const next = this.skip();
    // A list may sit at the key's own indentation (`tags:` then `- a`), as YAML allows.
    if (next >= indent && ITEM.test((this.lines[this.i] ?? '').slice(next))) return this.list(next, depth + 1);
    if (next > indent) return this.map(next, depth + 1);
    return '';
  }

  private list(indent: number, depth: number): YamlValue[] {
    if (depth > MAX_DEPTH) throw new NotYaml();
    const items: YamlValue[] = [];
    for (let at = this.skip(); at === indent; at = this.skip()) {
      const item = ITEM.exec((this.lines[this.i] ?? '').slice(indent));
      if (!item) break;
      this.i++;
      items.push(unquote(item[1] ?? ''));
      // What hangs under an item (a map item's other keys) is taken as its continuation.
      while (this.skip() > indent) this.i++;
    }
    return items;
  }

  /** The lines of a value that go on, more indented, after its key's line. */
  private continuation(indent: number): string[] {
    const lines: string[] = [];
    while (this.i < this.lines.length) {
      const line = this.lines[this.i] ?? '';
      if (line.trim() !== '' && indentOf(line) <= indent) break;
      lines.push(line);
      this.i++;
    }
    while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
    return lines.map((line) => line.trim());
  }

  /** A `|` block keeps its lines (indented relative to the first), a `>` block folds them. */
  private blockScalar(indent: number, folded: boolean): string {
    const start = this.i;
    this.continuation(indent);
    const lines = this.lines.slice(start, this.i);
    const first = lines.find((line) => line.trim() !== '') ?? '';
    const cut = indentOf(first);
    const text = lines.map((line) => (line.trim() === '' ? '' : line.slice(Math.min(cut, indentOf(line)))));
    return folded ? text.join(' ').replace(/\s+/g, ' ').trim() : text.join('\n');
  }
}

/** The data of a YAML block, or undefined when the lines are not YAML of this kind. */
export function readYaml(lines: string[]): YamlMap | undefined {
  try {
    return new Reader(lines).read();
  } catch (error) {
    if (error instanceof NotYaml) return undefined;
    throw error;
  }
}
