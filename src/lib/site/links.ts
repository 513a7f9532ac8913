import { sitePath } from './site-url.ts';

/** Where a cited line of a source is shown: `/sources/<id>/#L<line>`, under the base path. */
export function sourceLineHref(source: string, line: number): string {
  return sitePath(`/sources/${source}/#L${line}`);
}

export function sourceHref(source: string): string {
  return sitePath(`/sources/${source}/`);
}

/** A topic's page: its measures and the report sections about it. */
export function topicHref(topic: string): string {
  return sitePath(`/topics/${topic}/`);
}

/** Two editions side by side, earlier first: `2020-and-2025`, served at `/compare/2020-and-2025/`. */
export function comparisonSlug(earlier: string, later: string): string {
  return `${earlier}-and-${later}`;
}

/** The table of every figure taken from a source: `/sources/<id>/figures/`. */
export function sourceFiguresHref(source: string): string {
  return sitePath(`/sources/${source}/figures/`);
}
