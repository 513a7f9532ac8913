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

  it('keeps the hedge printed after a number: "+" and "plus" mean "or more"', () => {
    expect(read('the 1000+ UASC young people')).toEqual([['1000+', 1000, 'or more']]);
    expect(read('a list of 40 plus eLearning subjects')).toEqual([['40 plus', 40, 'or more']]);
    expect(read('forty plus courses')).toEqual([['forty plus', 40, 'or more']]);
    expect(read('versions (10 seconds approx.) of the films')).toEqual([['10 seconds approx.', 10, 'approximately']]);
  });

  it('does not take a sign, a sum or an age band for a trailing hedge', () => {
    expect(read('165.8 142.1 129.7 +8.7')).toEqual([['165.8', 165.8, undefined], ['142.1', 142.1, undefined], ['129.7', 129.7, undefined], ['8.7', 8.7, undefined]]);
    expect(read('26.9\t-29.1')).toEqual([['26.9', 26.9, undefined], ['-29.1', -29.1, undefined]]);
    expect(read('5 plus 3')).toEqual([['5', 5, undefined], ['3', 3, undefined]]);
    expect(read('54 plus an additional 11')).toEqual([['54', 54, undefined], ['11', 11, undefined]]);
    expect(read('over 1,800 plus')).toEqual([['over 1,800', 1800, 'over']]);
  });

  it('reads ranks and distances as their numbers', () => {
    expect(read('Kent was the joint 1st of all authorities')).toEqual([['1', 1, undefined]]);
    expect(read('would also put Kent 6th')).toEqual([['6', 6, undefined]]);
    expect(read('run over 350km around Kent')).toEqual([['over 350', 350, 'over']]);
  });

  it('does not read years, year ranges or dates as figures', () => {
    expect(read('In 2024-25, 12 children')).toEqual([['12', 12, undefined]]);
    expect(read('on 22 September we had 5')).toEqual([['5', 5, undefined]]);
    expect(read('ages 16-25')).toEqual([['16', 16, undefined], ['25', 25, undefined]]);
  });
});
