// `node scripts/finder-accuracy.ts`: how often the figure finder suggests the right measure, on the five
// real documents, each read as if new (its measures learnt from the other editions' quotes only).
// The figures quoted in docs/publishing.md ("How well it works") come from here.
import { DATA_DIR, loadDataset } from '../src/lib/data/index.ts';
import { accuracyTable, finderAccuracy } from '../src/lib/finder/accuracy.ts';

const { dataset } = loadDataset(DATA_DIR);
const rows = finderAccuracy(dataset);
console.log(accuracyTable(rows));
console.log(`\nA real figure is a number the finder lists that an edition records (same value, on the quote's line or the number's). Read in ${rows.reduce((s, r) => s + r.seconds, 0).toFixed(1)} s.`);
