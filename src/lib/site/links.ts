/** Where a cited line of a source is shown: `/sources/<id>/#L<line>`. */
export function sourceLineHref(source: string, line: number): string {
  return `/sources/${source}/#L${line}`;
}

export function sourceHref(source: string): string {
  return `/sources/${source}/`;
}
