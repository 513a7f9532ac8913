// A source document's text as one list item per line, written as plain HTML: the longest document
// has over 5,000 lines, so each line is a single element. Its number is the list's own marker, and
// its id (`L12`) is the address every citation links to. The lines come in lists of a hundred, which
// the stylesheet lets the browser lay out only as they near the screen (`content-visibility`).

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const LINES_PER_LIST = 100;

export function sourceLinesHtml(lines: readonly string[], cited: ReadonlySet<number>): string {
  const items = lines.map((text, i) => `<li id="L${i + 1}"${cited.has(i + 1) ? ' class="cited"' : ''}>${escapeHtml(text)}</li>`);
  const lists: string[] = [];
  for (let start = 0; start < items.length; start += LINES_PER_LIST) {
    lists.push(`<ol class="source-text"${start > 0 ? ` start="${start + 1}"` : ''}>\n${items.slice(start, start + LINES_PER_LIST).join('\n')}\n</ol>`);
  }
  return lists.join('\n');
}
