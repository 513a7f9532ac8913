import { describe, expect, it } from 'vitest';
import { DATA_DIR, formatReport, loadDataset } from '../../src/lib/data/index.ts';

describe('the committed data', () => {
  const { problems, dataset, summary } = loadDataset(DATA_DIR);

  it('validates with no problems', () => {
    expect(formatReport(problems, summary)).toBe(`0 errors: ${summary}`);
  });

  it('has figures in every edition that has a source', () => {
    for (const source of dataset.sources) {
      const figures = dataset.observations.filter((o) => o.row.edition === source.row.edition);
      expect(figures.length, source.row.edition).toBeGreaterThan(0);
    }
  });

  it('uses every metric it catalogues', () => {
    const used = new Set(dataset.observations.map((o) => o.row.metric));
    expect(dataset.metrics.map((m) => m.row.id).filter((id) => !used.has(id))).toEqual([]);
  });
});
