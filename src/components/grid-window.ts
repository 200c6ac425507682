/**
 * Which cells of a long grid to put in the DOM: the rows on screen and a few
 * spare rows around them, with the rows left out stood in for by spacers.
 */
export interface GridWindow {
  /** First cell in the DOM. */
  from: number;
  /** One past the last cell in the DOM. */
  to: number;
  /** Rows left out above and below. */
  rowsBefore: number;
  rowsAfter: number;
}

export interface GridGeometry {
  count: number;
  columns: number;
  /** Height of a row plus the gap under it. */
  rowHeight: number;
  spareRows: number;
}

/** The window whose middle row holds cell `index`. */
export function windowAround(index: number, viewRows: number, g: GridGeometry): GridWindow {
  const row = Math.floor(index / g.columns);
  return windowOfRows(row - Math.floor(viewRows / 2), row + Math.ceil(viewRows / 2), g);
}

/** The window for a scroll position. */
export function windowAt(scrollTop: number, viewHeight: number, g: GridGeometry): GridWindow {
  const first = Math.floor(scrollTop / g.rowHeight);
  const last = Math.floor((scrollTop + viewHeight) / g.rowHeight);
  return windowOfRows(first, last, g);
}

function windowOfRows(firstRow: number, lastRow: number, g: GridGeometry): GridWindow {
  const rows = Math.ceil(g.count / g.columns);
  const top = Math.min(Math.max(firstRow - g.spareRows, 0), Math.max(rows - 1, 0));
  const bottom = Math.min(Math.max(lastRow + g.spareRows, top), rows - 1);
  return {
    from: top * g.columns,
    to: Math.min((bottom + 1) * g.columns, g.count),
    rowsBefore: top,
    rowsAfter: Math.max(rows - bottom - 1, 0),
  };
}
