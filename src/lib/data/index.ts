// The data layer: schemas, reading and validation, shared by the build, the CLI and the tests.
export type { Dataset, EditionObservation, RowToFill } from './dataset.ts';
export { DATA_DIR, layout } from './layout.ts';
export { loadDataset, type LoadResult } from './load-dataset.ts';
export { parsePeriod, type Period } from './period.ts';
export { formatReport, type Problem } from './problems.ts';
export { readSourceText } from './source-text.ts';
export { gapRow, isNamed, NOT_REPORTED, type Gap, type NamedGap } from './schemas/gap.ts';
export { metricRow, type Metric } from './schemas/metric.ts';
export { observationRow, SERIES, TRAILING_QUALIFIERS, type Observation, type Qualifier, type Series } from './schemas/observation.ts';
export { DOCUMENT_KINDS, sourceRow, type DocumentKind, type Source } from './schemas/source.ts';
export { carriedMeasures, kindLabel, kindOf, latestOfEachKind, nextOfKind, previousOfKind, type Carried, type CarriedMeasure } from './editions.ts';
export { topicRow, type Topic } from './schemas/topic.ts';
export { seriesBreakRow, type SeriesBreak } from './schemas/series-break.ts';
export { previewingDrafts, PREVIEW_DRAFTS_ENV, publicView, TO_WRITE, type Unwritten } from './drafts.ts';
export { ADDED, MOVABLE, revisionRow, REVISABLE, type Revision } from './schemas/revision.ts';
