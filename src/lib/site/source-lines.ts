import { DATA_DIR, loadDataset } from '../data/index.ts';

/** The lines of a source document's text, as cited by observations' `line` column. */
export function sourceLines(sourceId: string): string[] {
  const { dataset } = cachedDataset();
  const text = dataset.texts.get(sourceId);
  if (!text) throw new Error(`No text for source ${JSON.stringify(sourceId)} in ${DATA_DIR}`);
  return text.lines;
}

let cache: ReturnType<typeof loadDataset> | undefined;
function cachedDataset() {
  cache ??= loadDataset(DATA_DIR);
  return cache;
}
