import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/data/csv.ts';

const spec = { required: ['a', 'b'] };

describe('readCsv', () => {
  it('reads quoted cells holding commas, tabs, quotes and line breaks, and places each cell', () => {
    const text = 'a,b\n1,"x, y\tz ""q""\nsecond line"\n2,plain\n';
    const { table, problems } = readCsv(text, 'f.csv', spec);
    expect(problems).toEqual([]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      { a: '1', b: 'x, y\tz "q"\nsecond line' },
      { a: '2', b: 'plain' },
    ]);
    expect(table.rows[1]!.line).toBe(4); // the quoted line break moves the next row down
    expect(table.rows[1]!.at.b).toEqual({ line: 4, column: 3, sheet: { row: 3, column: { letter: 'B', name: 'b' } } });
  });

  it('ignores a byte-order mark and copes with CRLF line ends', () => {
    const { table, problems } = readCsv('\uFEFFa,b\r\n1,2\r\n3,4\r\n', 'f.csv', spec);
    expect(problems).toEqual([]);
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows.map((r) => [r.line, r.cells.b])).toEqual([[2, '2'], [3, '4']]);
    expect(table.rows[1]!.at.b).toEqual({ line: 3, column: 3, sheet: { row: 3, column: { letter: 'B', name: 'b' } } });
  });

  it('names every header slip in one problem, and reads no rows until the header is right', () => {
    const { problems, table } = readCsv('a,c,a\n1,2,3\n', 'f.csv', spec);
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 3, 'the header row is wrong: column B is headed "c", which is not one of this file\'s columns; column C repeats the heading "a"; there is no column "b"'],
    ]);
    expect(problems[0]!.stage).toBe('structure');
    expect(table.rows).toEqual([]);
  });

  it('reports a row with the wrong number of cells at its line', () => {
    const { problems, table } = readCsv('a,b\n1,2\n1,2,3\n4,5\n', 'f.csv', spec);
    expect(problems.map((p) => [p.line, p.message])).toEqual([[3, 'this row has 3 cells but the header has 2 columns']]);
    expect(table.rows).toHaveLength(2);
  });
});
