import { describe, expect, it } from 'vitest';
import { windowAround, windowAt } from './grid-window';

const g = { count: 2000, columns: 4, rowHeight: 200, spareRows: 2 };

describe('grid windows', () => {
  it('covers the rows on screen plus spare rows, with the rest as spacer rows', () => {
    // Rows 10..13 are on screen (scrollTop 2000, 700 px tall).
    expect(windowAt(2000, 700, g)).toEqual({ from: 32, to: 64, rowsBefore: 8, rowsAfter: 484 });
  });

  it('stops at the edges of the grid', () => {
    expect(windowAt(0, 700, g)).toEqual({ from: 0, to: 24, rowsBefore: 0, rowsAfter: 494 });
    expect(windowAt(200 * 499, 700, g)).toMatchObject({ to: 2000, rowsAfter: 0 });
  });

  it('centres on a cell: its row in the middle of the rows on screen, spare rows around them', () => {
    // Cell 1001 is in row 250, the middle of rows 248..252 (four rows on screen and one to
    // spare), with two spare rows on each side: rows 246..254 are in the DOM.
    expect(windowAround(1001, 4, g)).toEqual({ from: 984, to: 1020, rowsBefore: 246, rowsAfter: 245 });
    expect(windowAround(1001, 5, g)).toEqual({ from: 984, to: 1024, rowsBefore: 246, rowsAfter: 244 });
  });

  it('centres on a cell at either end as far as the grid allows, including the last of a short row', () => {
    // 2,001 cells: the last row holds only cell 2000.
    expect(windowAround(2000, 4, { ...g, count: 2001 })).toEqual({ from: 1984, to: 2001, rowsBefore: 496, rowsAfter: 0 });
    expect(windowAround(2, 4, g)).toEqual({ from: 0, to: 20, rowsBefore: 0, rowsAfter: 495 });
    expect(windowAround(0, 4, { ...g, count: 3 })).toEqual({ from: 0, to: 3, rowsBefore: 0, rowsAfter: 0 });
  });

  it('holds every cell of a small deck', () => {
    expect(windowAround(30, 4, { count: 33, columns: 4, rowHeight: 200, spareRows: 10 })).toEqual({
      from: 0,
      to: 33,
      rowsBefore: 0,
      rowsAfter: 0,
    });
  });
});
