// Measures to read next from a trend page: first those the catalogue's notes name as close to this
// one (in either direction), then the measures of the same topic whose names and definitions share
// the most words with it.
import type { Metric } from '../data/index.ts';
import { wordsOf } from '../finder/match-metrics.ts';

export interface Related {
  metric: Metric;
  /** `named`: one of the two measures' notes names the other; `topic`: same topic, similar words. */
  why: 'named' | 'topic';
}

/** Metric ids a measure's definition or comparability note mentions, other than its own. */
function named(metric: Metric, ids: ReadonlySet<string>): Set<string> {
  const text = `${metric.definition} ${metric.comparability ?? ''}`;
  return new Set((text.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []).filter((id) => id !== metric.id && ids.has(id)));
}

/** Up to `limit` measures related to `metric`, from `candidates` (the measures that have pages). */
export function relatedMeasures(metric: Metric, candidates: readonly Metric[], limit = 6): Related[] {
  const ids = new Set(candidates.map((m) => m.id));
  const mine = named(metric, ids);
  const out: Related[] = candidates
    .filter((m) => m.id !== metric.id && (mine.has(m.id) || named(m, ids).has(metric.id)))
    .map((m) => ({ metric: m, why: 'named' }));
  const words = new Set(wordsOf(`${metric.label} ${metric.definition}`));
  const similarity = (m: Metric) => {
    const theirs = new Set(wordsOf(`${m.label} ${m.definition}`));
    const shared = [...theirs].filter((w) => words.has(w)).length;
    return shared / (words.size + theirs.size - shared || 1);
  };
  const taken = new Set([metric.id, ...out.map((r) => r.metric.id)]);
  const sameTopic = candidates
    .filter((m) => m.topic === metric.topic && !taken.has(m.id))
    .map((m) => ({ m, score: similarity(m) }))
    .filter(({ score }) => score > 0)
    // Ties keep the catalogue's order, so the build is repeatable.
    .sort((a, b) => b.score - a.score);
  for (const { m } of sameTopic) out.push({ metric: m, why: 'topic' });
  return out.slice(0, limit);
}
