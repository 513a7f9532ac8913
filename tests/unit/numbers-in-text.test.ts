import { describe, expect, it } from 'vitest';
import { numbersInText } from '../../src/lib/data/numbers-in-text.ts';

const read = (text: string) => numbersInText(text).map((m) => [m.printed, m.value, m.qualifier]);

describe('numbersInText', () => {
  it('reads numbers as councils print them', () => {
    expect(read('the 1,966 children')).toEqual([['1,966', 1966, undefined]]);
    expect(read('£1,505,680.47 saved')).toEqual([['£1,505,680.47', 1505680.47, undefined]]);
    expect(read('rose to 61.2% in July')).toEqual([['61.2%', 61.2, undefined]]);
    expect(read('£1.5m and £32k')).toEqual([['£1.5m', 1500000, undefined], ['£32k', 32000, undefined]]);
    expect(read('84.2%87.4%')).toEqual([['84.2%', 84.2, undefined], ['87.4%', 87.4, undefined]]);
    expect(read('a gap of -35')).toEqual([['-35', -35, undefined]]);
  });

  it('reads numbers written as words', () => {
    expect(read('Seven children')).toEqual([['Seven', 7, undefined]]);
    expect(read('twenty-one carers')).toEqual([['twenty-one', 21, undefined]]);
    expect(read('two hundred and fifty homes')).toEqual([['two hundred and fifty', 250, undefined]]);
  });

  it('keeps the hedge printed before a number', () => {
    expect(read('over 1,800 care leavers')).toEqual([['over 1,800', 1800, 'over']]);
    expect(read('just under 300')).toEqual([['just under 300', 300, 'just under']]);
    expect(read('approximately 44% (310)')).toEqual([['approximately 44%', 44, 'approximately'], ['310', 310, undefined]]);
  });

  it('does not read years, year ranges or dates as figures', () => {
    expect(read('In 2024-25, 12 children')).toEqual([['12', 12, undefined]]);
    expect(read('on 22 September we had 5')).toEqual([['5', 5, undefined]]);
    expect(read('ages 16-25')).toEqual([['16', 16, undefined], ['25', 25, undefined]]);
  });
});
