import { describe, expect, it } from 'vitest';
import { formatFigure, formatValue } from '../../src/lib/site/format.ts';

describe('formatValue', () => {
  it('writes each unit as people read it', () => {
    expect(formatValue(1966, 'count')).toBe('1,966');
    expect(formatValue(61.2, 'percent')).toBe('61.2%');
    expect(formatValue(129.7, 'days')).toBe('129.7 days');
    expect(formatValue(6, 'hours')).toBe('6 hours');
    expect(formatValue(10, 'seconds')).toBe('10 seconds');
    expect(formatValue(350, 'km')).toBe('350 km');
  });

  it('gives a difference in days its sign either way', () => {
    expect(formatValue(8.7, 'days-change')).toBe('+8.7 days');
    expect(formatValue(-25.8, 'days-change')).toBe('−25.8 days');
    expect(formatValue(-1, 'days-change')).toBe('−1 day');
    expect(formatValue(0, 'days-change')).toBe('0 days');
  });

  it('writes a rank as an ordinal', () => {
    expect([1, 2, 3, 4, 6, 11, 12, 13, 21, 22, 101].map((n) => formatValue(n, 'rank')))
      .toEqual(['1st', '2nd', '3rd', '4th', '6th', '11th', '12th', '13th', '21st', '22nd', '101st']);
  });
});

describe('formatFigure', () => {
  it('puts a hedge where the source put it', () => {
    expect(formatFigure({ value: 1800, qualifier: 'over' }, 'count')).toBe('over 1,800');
    expect(formatFigure({ value: 1000, qualifier: 'or more' }, 'count')).toBe('1,000 or more');
    expect(formatFigure({ value: 10, qualifier: 'approximately' }, 'seconds')).toBe('approximately 10 seconds');
    expect(formatFigure({ value: 7, qualifier: undefined }, 'count')).toBe('7');
  });
});
