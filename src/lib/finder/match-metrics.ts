import type { Metric } from '../data/schemas/metric.ts';
import type { Candidate, FigureUnit } from './candidates.ts';
import { HEADLINE_METRICS } from '../site/headlines.ts';
import { labelNoun, nounKey } from './counted-noun.ts';

export type Confidence = 'high' | 'medium' | 'low';

export interface Suggestion {
  metric: string;
  confidence: Confidence;
  /** How alike the candidate's words and the metric's are, 0 to 1. */
  score: number;
}

/** A quote an edition used for a metric: how reports word that measure. */
export interface Example {
  metric: string;
  quote: string;
}

type Vector = Map<string, number>;

export interface MetricModel {
  idf: Map<string, number>;
  metrics: { id: string; unit: Metric['unit']; described: Vector; examples: Vector[]; noun: string | undefined; phrase: string }[];
  /** The nouns the measures' labels count: a number printed with one of them counts that thing. */
  nouns: Set<string>;
}

// Scores at or above these, with a clear lead over the next metric, are high or medium confidence.
// Set from the measurement on the five sources (node scripts/finder-accuracy.ts; the floors are in
// tests/unit/find-figures.test.ts): 0.9 gives more right high suggestions than 0.85 did before the
// counted noun was read, and fewer wrong ones.
const HIGH = 0.9;
const MEDIUM = 0.55;
const LEAD = 1.15;
// How much the catalogue's own words count against the quotes of earlier editions: more, as
// measured, since many measures appear in one edition only.
const DESCRIBED_WEIGHT = 1.5;
// A number printed with the noun a measure counts ("2,104 children" and "Children in care") is
// likelier that measure; printed with another measure's noun ("662 children" and "Fostering
// households..."), less likely, however alike the words around it.
const SAME_NOUN = 1.25;
const OTHER_NOUN = 0.6;
// A quote that names a measure by its whole label ("2,104 children in care") is likelier that measure,
// and the measures a reader looks for first likelier still when the words fit as well.
const SAME_LABEL = 1.2;
const HEADLINE = 1.1;
const HEADLINES = new Set<string>(HEADLINE_METRICS);

/** A text's words in `nounKey` form, one space between, with a space at each end to match whole words. */
const phraseOf = (text: string) => ` ${(text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).map(nounKey).join(' ')} `;

const STOP = new Set(('a an and are as at be been being but by for from had has have in into is it its of on or our over that the their there these this those to was were which who will with we were than up per all out more less under about around just nearly almost not no so also this year years ' +
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million').split(' '));

/** Words of a text, lower case, without numbers and little words, with a plural's "s" dropped. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? [])
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

// Dates say when, not what: "at the end of March" must not match a measure quoted at a year end.
const DATE_WORDS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec end'.split(' '));
/** The words the finder matches on: `wordsOf`, without the words of dates. */
const matchWords = (text: string) => wordsOf(text).filter((w) => !DATE_WORDS.has(w));

function vector(words: readonly string[], idf: Map<string, number>, weight = 1, into: Vector = new Map()): Vector {
  for (const w of words) into.set(w, (into.get(w) ?? 0) + weight * (idf.get(w) ?? 0));
  return into;
}

function normalise(v: Vector): Vector {
  const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  if (norm > 0) for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [k, x] of small) sum += x * (large.get(k) ?? 0);
  return sum;
}

/** Learns how each metric is worded: from the catalogue's label and definition, and from the quotes given. */
export function metricModel(metrics: readonly Metric[], examples: readonly Example[]): MetricModel {
  const documents = [
    ...metrics.map((m) => matchWords(`${m.label} ${m.definition}`)),
    ...examples.map((e) => matchWords(e.quote)),
  ];
  const frequency = new Map<string, number>();
  for (const doc of documents) for (const w of new Set(doc)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const idf = new Map([...frequency].map(([w, n]) => [w, Math.log(1 + documents.length / n)]));
  return {
    idf,
    metrics: metrics.map((m) => ({
      id: m.id,
      unit: m.unit,
      described: normalise(vector(matchWords(`${m.label} ${m.label} ${m.definition}`), idf)),
      examples: examples.filter((e) => e.metric === m.id).map((e) => normalise(vector(matchWords(e.quote), idf))),
      noun: labelNoun(m.label),
      phrase: phraseOf(m.label.replace(/\s*\(.*$/, '')),
    })),
    nouns: new Set(metrics.map((m) => labelNoun(m.label)).filter((n) => n !== undefined)),
  };
}

// The units a number printed with each sign or word may be measured in.
const UNITS_FOR: Record<FigureUnit, readonly Metric['unit'][]> = {
  'count': ['count', 'net-count', 'rank', 'score', 'rate-per-10000'],
  'percent': ['percent', 'percent-change'],
  'gbp': ['gbp'],
  'days': ['days', 'days-change'],
  'weeks': ['weeks'],
  'months': ['months'],
  'years': ['years'],
  'hours': ['hours'],
  'minutes': ['seconds', 'hours'],
  'seconds': ['seconds'],
  'km': ['km'],
  'rate-per-10000': ['rate-per-10000'],
};

const DECIMAL_UNITS: readonly Metric['unit'][] = ['days', 'days-change', 'weeks', 'months', 'years', 'hours', 'score', 'rate-per-10000'];
const CHANGE_UNITS: readonly Metric['unit'][] = ['net-count', 'days-change', 'percent-change'];

/** The units a candidate may be measured in: a plain number with a decimal part is not a count ("218.3" in a table of average days), nor is a negative one anything but a change. */
function unitsFor(candidate: Candidate): readonly Metric['unit'][] {
  const units = UNITS_FOR[candidate.unit];
  if (candidate.value < 0) return units.filter((u) => CHANGE_UNITS.includes(u)).concat(candidate.unit === 'count' ? CHANGE_UNITS : []);
  if (candidate.unit === 'count' && !Number.isInteger(candidate.value)) return DECIMAL_UNITS;
  return units;
}

/** The metric whose wording is most like the candidate's, with a confidence; undefined when none is alike at all. */
export function suggestMetric(model: MetricModel, candidate: Candidate): Suggestion | undefined {
  const words = vector(matchWords(candidate.quote), model.idf, 2);
  const v = normalise(vector(matchWords(candidate.context), model.idf, 1, words));
  if (v.size === 0) return undefined;
  const fits = unitsFor(candidate);
  const quoted = phraseOf(candidate.quote);
  const scored = model.metrics.map((m) => {
    const alike = Math.max(DESCRIBED_WEIGHT * cosine(v, m.described), ...m.examples.map((e) => cosine(v, e)));
    const noun = !candidate.counted || !m.noun ? 1 : candidate.counted === m.noun ? SAME_NOUN : model.nouns.has(candidate.counted) ? OTHER_NOUN : 1;
    const named = quoted.includes(m.phrase) ? SAME_LABEL * (HEADLINES.has(m.id) ? HEADLINE : 1) : 1;
    return { metric: m.id, score: alike * (fits.includes(m.unit) ? 1 : 0.5) * noun * named };
  }).sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score <= 0) return undefined;
  const lead = next && next.score > 0 ? best.score / next.score : Infinity;
  const confidence: Confidence = best.score >= HIGH && lead >= LEAD ? 'high' : best.score >= MEDIUM ? 'medium' : 'low';
  return { metric: best.metric, confidence, score: Number(best.score.toFixed(3)) };
}
