// The committed query set: what readers type, and the page each query must bring into the first
// three results. It holds the queries of issue 21 and the site's abbreviations, misspellings,
// headings and numbers. A number is never typed here: it is read from the data.
import { loadDataset } from '../../src/lib/data/index.ts';
import { DATA_DIR } from '../../src/lib/data/layout.ts';
import { formatValue } from '../../src/lib/site/format.ts';

export interface SearchCase {
  query: string;
  /** The page (path, with #section for a report section) that must be among the first three. */
  expect: string;
}

const { dataset } = loadDataset(DATA_DIR);

/** Kent's total for a measure in one edition. */
function kentTotal(metric: string, edition: string): number {
  const o = dataset.observations.find((r) => r.row.metric === metric && r.row.edition === edition && r.row.series === 'kent' && !r.row.breakdown);
  if (!o) throw new Error(`No Kent total for ${metric} in ${edition}`);
  return o.row.value;
}

// The figure the home page leads with: children in care in the 2025 report.
const inCare = kentTotal('children-in-care', '2025');

export const SEARCH_CASES: SearchCase[] = [
  // The queries the issue reports.
  { query: 'children in care', expect: '/trends/children-in-care/' },
  { query: 'how many children in care', expect: '/trends/children-in-care/' },
  { query: 'foster', expect: '/topics/fostering/' },
  { query: 'adoption', expect: '/topics/adoption/' },
  { query: 'UASC', expect: '/topics/unaccompanied-children/' },
  { query: 'care leavers 2025', expect: '/trends/care-leavers/' },
  { query: 'fostr', expect: '/topics/fostering/' },
  { query: formatValue(inCare, 'count'), expect: '/trends/children-in-care/' },
  { query: String(inCare), expect: '/trends/children-in-care/' },
  // Misspellings.
  { query: 'adopton', expect: '/topics/adoption/' },
  { query: 'kinshp', expect: '/topics/kinship-care/' },
  { query: 'guardianshp', expect: '/topics/special-guardianship/' },
  // Abbreviations and their long forms find the same pages.
  { query: 'LAC', expect: '/trends/children-in-care/' },
  { query: 'CLA', expect: '/trends/children-in-care/' },
  { query: 'looked after children', expect: '/trends/children-in-care/' },
  { query: 'unaccompanied asylum-seeking children', expect: '/topics/unaccompanied-children/' },
  { query: 'SGO', expect: '/topics/special-guardianship/' },
  { query: 'special guardianship order', expect: '/topics/special-guardianship/' },
  { query: 'IFA', expect: '/trends/fostering-placements-ifa/' },
  { query: 'independent fostering agencies', expect: '/trends/fostering-placements-ifa/' },
  { query: 'IRO', expect: '/topics/independent-reviewing/' },
  { query: 'independent reviewing officer', expect: '/topics/independent-reviewing/' },
  { query: 'care experienced', expect: '/trends/care-experienced-adults/' },
  { query: 'NEET', expect: '/trends/care-leavers-in-education-employment-training-in-touch/' },
  // Measures by the words readers use.
  { query: 'foster carers', expect: '/trends/foster-carers/' },
  { query: 'how many foster carers', expect: '/trends/foster-carers/' },
  { query: 'fostering households', expect: '/trends/fostering-households/' },
  { query: 'children adopted', expect: '/trends/children-adopted/' },
  { query: 'placement moves', expect: '/trends/placement-stability-three-or-more-moves/' },
  { query: 'staying put', expect: '/trends/staying-put-arrangements/' },
  { query: 'placement orders', expect: '/trends/placement-orders-granted/' },
  { query: 'national transfer scheme', expect: '/trends/uasc-national-transfer-scheme-dispersals/' },
  // Topics.
  { query: 'kinship care', expect: '/topics/kinship-care/' },
  { query: 'short breaks', expect: '/topics/short-breaks/' },
  { query: 'virtual school', expect: '/topics/education/' },
  { query: 'residential care', expect: '/topics/residential-care/' },
  // Report sections, by their headings.
  { query: 'total placement service', expect: '/reports/2025/#finding-homes-the-total-placement-service' },
  { query: 'having a say', expect: '/reports/2025/#having-a-say-participation' },
  { query: 'training for foster carers', expect: '/reports/2019/#training-for-foster-carers' },
  // Documents.
  { query: 'sufficiency strategy', expect: '/sources/sufficiency-strategy-2025-2028/' },
];
