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

  it('centres on a cell, including the last one of a short row', () => {
    const w = windowAround(1999, 4, g);
    expect(w.from).toBeLessThanOrEqual(1999);
    expect(w.to).toBe(2000);
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
