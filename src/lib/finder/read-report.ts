import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { splitLines } from '../data/source-text.ts';

/** A report as lines of text, numbered from 1 as citations count them, with the PDF page of each. */
export interface ReportText {
  lines: string[];
  /** The page of each line (index 0 is line 1); absent for a plain-text report. */
  pages?: number[];
}

/** A plain-text report, split exactly as `data/sources/<id>.txt` is, so that line numbers agree. */
export function readTextReport(text: string): ReportText {
  return { lines: splitLines(text) };
}

/** The text a report's lines make, as `npm run new-edition -- --text` would save it. */
export function reportText(report: ReportText): string {
  return `${report.lines.join('\n')}\n`;
}

interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

/**
 * Reads a PDF's text, page by page, rebuilding its lines from the text items' positions: an item
 * starts a new line when it sits lower on the page than the line so far (or its predecessor ended
 * one), and a gap wider than a line's spacing becomes a blank line, so paragraphs stay apart.
 * Each page ends with a blank line.
 */
export async function readPdfReport(data: Uint8Array): Promise<ReportText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The fonts every PDF reader has (Helvetica, Times...) come with pdfjs-dist; nothing is fetched.
  const standardFontDataUrl = fileURLToPath(new URL('./standard_fonts/', import.meta.resolve('pdfjs-dist/package.json')));
  const pdf = await getDocument({ data, standardFontDataUrl, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const lines: string[] = [];
  const pages: number[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const items: PdfItem[] = content.items.flatMap((item) => ('str' in item
        ? [{ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.abs(item.transform[3]), hasEOL: item.hasEOL }]
        : []));
      for (const line of pageLines(items)) {
        lines.push(line);
        pages.push(p);
      }
      lines.push('');
      pages.push(p);
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return { lines, pages };
}

function pageLines(items: readonly PdfItem[]): string[] {
  const lines: string[] = [];
  let text = '';
  let lineY: number | undefined;
  let lastEnd = 0;
  let lastHeight = 0;
  let ended = false;
  const flush = () => {
    if (lineY !== undefined) lines.push(text.trimEnd());
    text = '';
  };
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const tolerance = Math.max(item.height, lastHeight, 1) / 2;
    if (lineY !== undefined && item.str !== '' && (ended || Math.abs(item.y - lineY) > tolerance)) {
      const gap = lineY - item.y;
      flush();
      if (gap > 2 * Math.max(item.height, lastHeight, 1)) lines.push('');
      lineY = undefined;
    }
    if (item.str !== '') {
      if (lineY === undefined) lineY = item.y;
      else if (item.x - lastEnd > Math.max(item.height, 1) * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      lastEnd = item.x + item.width;
      lastHeight = item.height;
    }
    ended = item.hasEOL;
  }
  flush();
  return lines;
}

/** Reads a report from a `.pdf` or a plain-text file. */
export async function readReport(file: string): Promise<ReportText> {
  const data = await readFile(file);
  if (file.toLowerCase().endsWith('.pdf')) return readPdfReport(new Uint8Array(data));
  return readTextReport(data.toString('utf8'));
}
