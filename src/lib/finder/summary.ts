import type { Finding } from './find-figures.ts';

/** What the finder found, in a few lines for the screen. */
export function findingSummary(finding: Finding, report: string, lines: number, pages?: number): string {
  const { figures } = finding;
  const proper = figures.filter((f) => !f.notAFigure);
  const count = (confidence: string) => proper.filter((f) => f.suggestion?.confidence === confidence).length;
  const reasons = new Map<string, number>();
  for (const f of figures) if (f.notAFigure) reasons.set(f.notAFigure, (reasons.get(f.notAFigure) ?? 0) + 1);
  const out = [
    `Read ${report}: ${lines} lines${pages === undefined ? '' : ` on ${pages} pages`}, ${figures.length} numbers.`,
    `  ${proper.length} candidate figures to confirm: ${count('high')} matched a metric with high confidence, ${count('medium')} with medium, ${count('low')} with low${proper.length - count('high') - count('medium') - count('low') > 0 ? `, ${proper.length - count('high') - count('medium') - count('low')} with none` : ''}.`,
    `  ${figures.length - proper.length} marked as not a figure${reasons.size > 0 ? ` (${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ')})` : ''}.`,
  ];
  if (finding.previous) {
    out.push(finding.missing.length === 0
      ? `Every measure of edition ${finding.previous} was matched to at least one figure.`
      : `${finding.missing.length} measures of edition ${finding.previous}, the one of its kind before this one, were not matched to any figure with high or medium confidence; look for them, or record them in data/gaps.csv:`);
    for (const m of finding.missing) out.push(`  ${m}`);
  }
  return out.join('\n');
}
