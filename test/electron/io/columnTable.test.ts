// The column table a streamed CSV is held in: every cell reads back as it was pushed, through the
// two-byte ids and after a column outgrows them (more than 65,535 values), ragged rows included.

import { describe, expect, it } from 'vitest';
import { cellAt, columnCells, isBlankRow, rowCount } from '@shared/io/table';
import { isBlank } from '@shared/io/values';
import { ColumnTableBuilder } from '../../../electron/io/columnTable';

const clean = (text: string) => (text.trim() === '' ? null : text);

describe('a column table', () => {
  it('reads back every cell, across growth and a column that outgrows two-byte ids', () => {
    const builder = new ColumnTableBuilder();
    const rows: string[][] = [];
    for (let i = 0; i < 70_000; i++) {
      // A note unique per row (70,000 values), a day from a short list, a blank now and then, and a ragged fourth cell.
      const row = [`Row ${i} – Zoë 🎨`, `0${1 + (i % 9)}.11.2026`, i % 5 === 0 ? ' ' : '7,5'];
      if (i % 1000 === 0) row.push('extra');
      rows.push(row);
      builder.push(row, clean);
    }
    builder.push(['', '  '], clean); // a final newline's empty row is dropped
    const table = builder.build(['Notes', 'Date', 'Hours'], ',');
    expect(rowCount(table)).toBe(70_000);
    for (const i of [0, 1, 999, 1000, 65_535, 65_536, 69_999]) {
      expect([0, 1, 2, 3].map((c) => cellAt(table, i, c))).toEqual([rows[i][0], rows[i][1], clean(rows[i][2]), rows[i][3] ?? null]);
    }
    expect([...columnCells(table, 3)].filter((c) => c !== null)).toHaveLength(70);
    expect(isBlankRow(table, 5, isBlank)).toBe(false);
  });
});
