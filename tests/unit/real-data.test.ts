import { describe, expect, it } from 'vitest';
import { DATA_DIR, formatReport, loadDataset } from '../../src/lib/data/index.ts';
import { compareVersions } from '../../src/lib/data/validate-versions.ts';
import { HEADLINE_METRICS } from '../../src/lib/site/headlines.ts';

describe('the committed data', () => {
  const { problems, dataset, summary } = loadDataset(DATA_DIR);

  it('validates with no problems', () => {
    expect(formatReport(problems, summary)).toBe(`0 errors: ${summary}`);
  });

  it('dates every figure stated in the present tense to the year its document was written, and no other undated one', () => {
    const written = new Map(dataset.sources.map((s) => [s.row.id, s.row.published]));
    const presentTense = /present tense|currently|no as-at date/i;
    const wrong = dataset.observations
      .filter((o) => presentTense.test(o.row.period_label) && o.row.period !== written.get(o.row.source))
      .map((o) => `${o.file}:${o.line}: ${o.row.metric} is labelled "${o.row.period_label}" but dated "${o.row.period}", not ${written.get(o.row.source)}`);
    expect(wrong).toEqual([]);
    // The 2019 report's present-tense figures were undated once; they follow the rule now.
    expect(dataset.observations.filter((o) => o.row.edition === '2019' && presentTense.test(o.row.period_label)).length).toBeGreaterThan(5);
  });

  it('names only measures that exist among the headline measures (the home page and search rank by them)', () => {
    const ids = new Set(dataset.metrics.map((m) => m.row.id));
    expect(HEADLINE_METRICS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has figures in every edition that has a source', () => {
    for (const source of dataset.sources) {
      const figures = dataset.observations.filter((o) => o.row.edition === source.row.edition);
      expect(figures.length, source.row.edition).toBeGreaterThan(0);
    }
  });

  // What each document leads with, read from its summary: a reader of that edition expects these.
  const HEADLINES: Record<string, string[]> = {
    '2017': ['children-in-care', 'children-adopted', 'special-guardianship-orders', 'children-placed-with-kent-foster-carers', 'uasc-accommodated'],
    '2019': ['children-in-care', 'foster-carers', 'care-leavers'],
    '2020': ['children-in-care', 'care-leavers', 'care-experienced-adults', 'fostering-households', 'foster-carers-approved'],
    '2025': ['children-in-care', 'care-leavers', 'care-experienced-adults', 'placement-stability-three-or-more-moves', 'placement-stability-long-term'],
    'sufficiency-2025-2028': ['short-break-children', 'short-break-beds', 'supported-accommodation-providers-registered', 'uasc-reception-centres', 'fostering-placements-ifa-percent'],
  };

  it('gives each edition its headline figures, as Kent totals', () => {
    expect(Object.keys(HEADLINES).sort()).toEqual(dataset.editions);
    for (const [edition, metrics] of Object.entries(HEADLINES)) {
      const totals = new Set(dataset.observations
        .filter((o) => o.row.edition === edition && o.row.series === 'kent' && o.row.breakdown === undefined)
        .map((o) => o.row.metric));
      expect(metrics.filter((m) => !totals.has(m)), edition).toEqual([]);
    }
  });

  it('describes every edition in a published datapackage.json at 1.0.0 or later', () => {
    expect([...dataset.packages.keys()].sort()).toEqual(dataset.editions);
    for (const pkg of dataset.packages.values()) expect([pkg.status, compareVersions(pkg.version, '1.0.0') >= 0]).toEqual(['published', true]);
  });

  it('uses every metric it catalogues, but those whose figures a correction moved away', () => {
    const used = new Set(dataset.observations.map((o) => o.row.metric));
    // A merged measure stays in the catalogue so that its correction can name it to readers.
    const mergedAway = new Set(dataset.revisions.filter((r) => r.row.field === 'metric').map((r) => r.row.old));
    expect(dataset.metrics.map((m) => m.row.id).filter((id) => !used.has(id) && !mergedAway.has(id))).toEqual([]);
  });
});
