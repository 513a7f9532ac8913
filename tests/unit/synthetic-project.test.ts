// The benchmark's bigger project (`npm run bench -- --scale k`) must be a whole, valid project, or
// the benchmark stops at its first build: every copy of every measure, correction and report checks.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyProject } from '../../src/lib/bench/project-copy.ts';
import { multiplyProject } from '../../src/lib/bench/synthetic-project.ts';
import { formatReport, loadDataset } from '../../src/lib/data/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'synthetic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('makes a project twice as big that validates with no problems', () => {
  const copy = copyProject(root, scratch);
  multiplyProject(copy, 2);
  const { problems, summary, dataset } = loadDataset(path.join(copy, 'data'));
  expect(formatReport(problems, summary)).toBe(`0 errors: ${summary}`);
  expect(dataset.revisions.filter((r) => r.row.field === 'metric').some((r) => r.row.new.endsWith('-x2'))).toBe(true);
});
