import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/lib/data/period.ts';

describe('parsePeriod', () => {
  it('reads dates at any precision as the days they cover', () => {
    expect(parsePeriod('2025-03-31')).toEqual({ kind: 'date', start: '2025-03-31', end: '2025-03-31' });
    expect(parsePeriod('2024-02')).toEqual({ kind: 'date', start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2017')).toEqual({ kind: 'date', start: '2017-01-01', end: '2017-12-31' });
  });

  it('reads intervals', () => {
    expect(parsePeriod('2018-04-01/2019-03-31')).toEqual({ kind: 'interval', start: '2018-04-01', end: '2019-03-31' });
    expect(parsePeriod('2024/2025')).toEqual({ kind: 'interval', start: '2024-01-01', end: '2025-12-31' });
  });

  it('explains what is wrong', () => {
    expect(parsePeriod('2023-02-29')).toEqual({ error: '"2023-02-29" is not a real date in the form YYYY-MM-DD, YYYY-MM or YYYY' });
    expect(parsePeriod('31/03/2025')).toHaveProperty('error');
    expect(parsePeriod('2019-04-01/2018-03-31')).toEqual({ error: '"2019-04-01/2018-03-31" ends before it starts' });
    expect(parsePeriod('2019/2020/2021')).toEqual({ error: '"2019/2020/2021" has more than one "/"' });
  });
});
