// Which problems to show first, and which to hold back as possible consequences, so that a staff
// member fixing the data sees the cause (a file saved with semicolons, a deleted column) and not
// the hundreds of problems that follow from it. Held-back problems still count: nothing can be
// published while any remains, and they are reported again once their cause is fixed.
import type { Problem, Stage } from './problems.ts';

/** The stages in the order the checks run. */
export const STAGES: readonly Stage[] = ['structure', 'cell', 'cross-check', 'prose'];

export const stageOf = (p: Problem): Stage => p.stage ?? 'cross-check';
const later = (p: Problem, than: Stage) => STAGES.indexOf(stageOf(p)) > STAGES.indexOf(than);

export interface Triage {
  /** The problems to show now: every root cause, and every problem that cannot follow from one. */
  shown: Problem[];
  /** Files that could not be read as a table: their other problems are held back. */
  unreadable: Set<string>;
  /** Held back, as possible consequences of a problem shown. */
  heldBack: Problem[];
}

/**
 * Holds back:
 * - the other problems of a file whose structure is wrong (its separator, encoding or columns):
 *   its rows cannot be read as the columns they should be;
 * - while any file's structure is wrong, every cross-file and prose problem: those checks compare
 *   files with each other, so any of their findings may be the unread file's figures going missing;
 * - a cross-file or prose problem about a row refused by the cell checks (the same row, or a figure
 *   of the same edition and metric), which the later checks could only see as missing.
 * Problems of the cell checks in other files are never held back: they cannot follow from another file.
 */
export function triage(problems: readonly Problem[]): Triage {
  const unreadable = new Set(problems.filter((p) => stageOf(p) === 'structure').map((p) => p.file));
  const refusedRows = new Set<string>();
  const refusedFigures = new Set<string>();
  for (const p of problems) {
    if (stageOf(p) !== 'cell') continue;
    if (p.sheet) refusedRows.add(`${p.file}\n${p.sheet.row}`);
    if (p.about?.metric !== undefined) refusedFigures.add(`${p.about.edition}\n${p.about.metric}`);
  }
  const heldBack = (p: Problem): boolean => {
    if (stageOf(p) === 'structure') return false;
    if (unreadable.has(p.file)) return true;
    if (!later(p, 'cell')) return false;
    if (unreadable.size > 0) return true;
    if (p.sheet && refusedRows.has(`${p.file}\n${p.sheet.row}`)) return true;
    return p.about?.metric !== undefined && refusedFigures.has(`${p.about.edition}\n${p.about.metric}`);
  };
  return { shown: problems.filter((p) => !heldBack(p)), unreadable, heldBack: problems.filter(heldBack) };
}
