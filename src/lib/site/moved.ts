// A measure none of whose figures is left (all moved to other measures by corrections, as when two
// measures are merged) keeps its addresses: each leads to the measures its figures went to.
import type { Revision } from '../data/index.ts';

/**
 * Each measure that has lost all its figures, with the measures that now hold them (following a
 * figure moved on again by a later correction). `live` is the measures that have figures.
 */
export function movedMeasures(revisions: readonly Revision[], live: ReadonlySet<string>): Map<string, string[]> {
  const moves = revisions.filter((r) => r.field === 'metric');
  const whereNow = (id: string, seen: Set<string>): string[] => {
    if (live.has(id)) return [id];
    if (seen.has(id)) return [];
    seen.add(id);
    return [...new Set(moves.filter((r) => r.old.trim() === id).flatMap((r) => whereNow(r.new.trim(), seen)))];
  };
  const moved = new Map<string, string[]>();
  for (const r of moves) {
    const id = r.old.trim();
    if (live.has(id) || moved.has(id)) continue;
    const to = whereNow(id, new Set());
    if (to.length > 0) moved.set(id, to);
  }
  return moved;
}
