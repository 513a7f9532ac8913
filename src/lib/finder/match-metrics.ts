import type { Metric } from '../data/schemas/metric.ts';
import type { Candidate, FigureUnit } from './candidates.ts';

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
  metrics: { id: string; unit: Metric['unit']; described: Vector; examples: Vector[] }[];
}

// Scores at or above these, with a clear lead over the next metric, are high or medium confidence.
// Set from the measurement on the five sources (tests/unit/find-figures.test.ts).
const HIGH = 0.85;
const MEDIUM = 0.55;
const LEAD = 1.15;
// How much the catalogue's own words count against the quotes of earlier editions: more, as
// measured, since many measures appear in one edition only.
const DESCRIBED_WEIGHT = 1.5;

const STOP = new Set(('a an and are as at be been being but by for from had has have in into is it its of on or our over that the their there these this those to was were which who will with we were than up per all out more less under about around just nearly almost not no so also this year years ' +
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million').split(' '));

/** Words of a text, lower case, without numbers and little words, with a plural's "s" dropped. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? [])
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

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
    ...metrics.map((m) => wordsOf(`${m.label} ${m.definition}`)),
    ...examples.map((e) => wordsOf(e.quote)),
  ];
  const frequency = new Map<string, number>();
  for (const doc of documents) for (const w of new Set(doc)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const idf = new Map([...frequency].map(([w, n]) => [w, Math.log(1 + documents.length / n)]));
  return {
    idf,
    metrics: metrics.map((m) => ({
      id: m.id,
      unit: m.unit,
      described: normalise(vector(wordsOf(`${m.label} ${m.label} ${m.definition}`), idf)),
      examples: examples.filter((e) => e.metric === m.id).map((e) => normalise(vector(wordsOf(e.quote), idf))),
    })),
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

/** The metric whose wording is most like the candidate's, with a confidence; undefined when none is alike at all. */
export function suggestMetric(model: MetricModel, candidate: Candidate): Suggestion | undefined {
  const words = vector(wordsOf(candidate.quote), model.idf, 2);
  const v = normalise(vector(wordsOf(candidate.context), model.idf, 1, words));
  if (v.size === 0) return undefined;
  const fits = UNITS_FOR[candidate.unit];
  const scored = model.metrics.map((m) => {
    const alike = Math.max(DESCRIBED_WEIGHT * cosine(v, m.described), ...m.examples.map((e) => cosine(v, e)));
    return { metric: m.id, score: alike * (fits.includes(m.unit) ? 1 : 0.5) };
  }).sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score <= 0) return undefined;
  const lead = next && next.score > 0 ? best.score / next.score : Infinity;
  const confidence: Confidence = best.score >= HIGH && lead >= LEAD ? 'high' : best.score >= MEDIUM ? 'medium' : 'low';
  return { metric: best.metric, confidence, score: Number(best.score.toFixed(3)) };
}
