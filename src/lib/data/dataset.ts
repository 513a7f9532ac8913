import type { Unwritten } from './drafts.ts';
import type { Located } from './validate-schema.ts';
import type { DataPackage } from './datapackage.ts';
import type { Gap } from './schemas/gap.ts';
import type { Metric } from './schemas/metric.ts';
import type { Observation } from './schemas/observation.ts';
import type { Revision } from './schemas/revision.ts';
import type { SeriesBreak } from './schemas/series-break.ts';
import type { Source } from './schemas/source.ts';
import type { Topic } from './schemas/topic.ts';
import type { SourceText } from './source-text.ts';

/** An observation with the edition whose file holds it. */
export type EditionObservation = Observation & { edition: string };

/** A row of a draft edition that the scaffold wrote and nobody has filled in yet. */
export interface RowToFill {
  edition: string;
  file: string;
  line: number;
  /** The row as a spreadsheet numbers it (the header is row 1): what staff are told. */
  row: number;
  metric: string;
  series: string;
  breakdown: string;
  category: string;
}

/** Everything in the data directory, parsed; `problems` is empty only when all of it is valid. */
export interface Dataset {
  sources: Located<Source>[];
  topics: Located<Topic>[];
  metrics: Located<Metric>[];
  /** Edition ids that have a folder under `data/editions/`. */
  editions: string[];
  observations: Located<EditionObservation>[];
  /** What the sources name but do not state (`data/gaps.csv`, optional). */
  gaps: Located<Gap>[];
  /** Corrections made after publication (`data/revisions.csv`, optional). */
  revisions: Located<Revision>[];
  /** Dates where a metric's figures stop being comparable (`data/breaks.csv`, optional). */
  breaks: Located<SeriesBreak>[];
  texts: Map<string, SourceText>;
  /**
   * Rows of draft editions with no value, line or quote yet: left out of the figures and listed
   * by `npm run validate` as still to fill in. In a published edition they are errors.
   */
  toFill: RowToFill[];
  /** Editions whose `datapackage.json` says `draft`. */
  drafts: Set<string>;
  /** Cells of drafts' data still marked TO WRITE. */
  unwritten: Unwritten[];
  /** Each edition's valid `datapackage.json`; an edition whose descriptor has problems is absent. */
  packages: Map<string, DataPackage>;
}
