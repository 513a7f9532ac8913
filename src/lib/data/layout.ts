import path from 'node:path';

/** Where each file of the dataset lives, relative to the data directory. */
export const layout = {
  sources: 'sources.csv',
  topics: 'topics.csv',
  metrics: 'metrics.csv',
  gaps: 'gaps.csv',
  revisions: 'revisions.csv',
  breaks: 'breaks.csv',
  sourceText: (sourceId: string) => path.join('sources', `${sourceId}.txt`),
  editions: 'editions',
  observations: (edition: string) => path.join('editions', edition, 'observations.csv'),
  datapackage: (edition: string) => path.join('editions', edition, 'datapackage.json'),
  /** The figures as first published (version 1.0.0), kept unchanged to check corrections against. */
  firstPublished: (edition: string) => path.join('editions', edition, 'observations-1.0.0.csv'),
} as const;

/** The project's own data directory. */
export const DATA_DIR = path.resolve(import.meta.dirname, '../../../data');
