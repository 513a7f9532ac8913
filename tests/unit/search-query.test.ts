// What the search page makes of a typed query before Pagefind is asked, and how search knows a
// page's other names: pure functions, checked on made-up words and on the real glossary.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, contentLayout, readGlossary } from '../../src/lib/content/index.ts';
import { otherNames, vocabulary } from '../../src/lib/site/search-terms.ts';
import { correctedQuery, editDistance, meaningfulWords, nameMatch, numberKey } from '../../src/scripts/search-query.ts';

describe('a typed query', () => {
  it('drops leading question words, but never the whole query', () => {
    expect(meaningfulWords('how many children in care?')).toBe('children in care');
    expect(meaningfulWords('  what is  kinship care ')).toBe('kinship care');
    expect(meaningfulWords('how ')).toBe('how');
  });

  it('reads a number written as a spreadsheet or a person would, and nothing else', () => {
    expect(['1,966', '1966', ' 1966 ', '£1,966', '61.2%', '1,966.0'].map(numberKey)).toEqual(['1966', '1966', '1966', '1966', '61.2', '1966']);
    expect(['19,66', 'care 1966', '1,9666', ''].map(numberKey)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('offers the site\'s own word for a misspelt one, and leaves known words, numbers and prefixes alone', () => {
    const words = vocabulary(['Fostering households', 'Foster carers approved', 'Adoption orders', 'Kinship care']);
    expect(correctedQuery('fostr', words)).toBe('foster');
    expect(correctedQuery('adopton orders', words)).toBe('adoption orders');
    expect(correctedQuery('kinshp', words)).toBe('kinship');
    expect(correctedQuery('foster', words)).toBeUndefined();
    expect(correctedQuery('fost 2025', words)).toBeUndefined();
    expect(correctedQuery('zebra', words)).toBeUndefined();
    expect(editDistance('adoptoin', 'adoption', 2)).toBe(1);
  });

  it('ranks a name the query is above a name that only contains it', () => {
    expect(nameMatch('children in care', ['Children in care'])).toBe(2);
    expect(nameMatch('foster carers', ['Foster carers approved'])).toBeGreaterThan(1);
    expect(nameMatch('foster carers', ['Foster carers approved'])).toBeLessThan(2);
    expect(nameMatch('total placement service', ['the Total Placement Service'])).toBe(2);
    expect(nameMatch('adoption', ['Children in care'])).toBe(0);
  });
});

describe('other names', () => {
  const { entries } = readGlossary(path.join(CONTENT_DIR, contentLayout.glossary), `content/${contentLayout.glossary}`);

  it('come from the glossary, so both forms of a name find the same page', () => {
    expect(otherNames('Children in care', entries)).toEqual(expect.arrayContaining(['LAC', 'CLA']));
    expect(otherNames('Unaccompanied asylum-seeking children in care', entries)).toContain('UASC');
    expect(otherNames('Placement orders granted', entries)).toEqual([]);
  });
});
