/**
 * Splits text into lines that `fits` accepts, at spaces; a word too long for a line is cut. Shared by
 * the charts' titles and labels and the share cards, each with its own measure of width.
 */
export function wrapLines(text: string, fits: (line: string) => boolean): string[] {
  const words = text.split(/\s+/).filter(Boolean).flatMap((w) => {
    const pieces: string[] = [];
    let piece = '';
    for (const c of w) { if (piece && !fits(piece + c)) { pieces.push(piece); piece = ''; } piece += c; }
    return piece ? [...pieces, piece] : pieces;
  });
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && !fits(`${line} ${word}`)) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
