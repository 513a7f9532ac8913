// The steps a long command shows: a line each, a running count that does not flood a log, and on
// a terminal a count rewritten in place.
import { describe, expect, it } from 'vitest';
import { describeFiles } from '../../src/lib/progress/astro-progress.ts';
import { createProgress, formatSeconds } from '../../src/lib/progress/progress.ts';

/** A stream that keeps what is written, and a clock moved by hand. */
function fake(isTTY: boolean) {
  let text = '';
  let ms = 1_000_000;
  const stream = { isTTY, write: (chunk: string) => { text += chunk; return true; } } as unknown as NodeJS.WritableStream & { isTTY: boolean };
  return { stream, text: () => text, now: () => ms, wait: (seconds: number) => { ms += seconds * 1000; } };
}

describe('progress lines', () => {
  it('in a log: a line per step, and a count at most every 5 s and at the end, with no control characters', () => {
    const f = fake(false);
    const progress = createProgress({ stream: f.stream, now: f.now, since: f.now() });
    progress.step('Checking the data and the reports');
    f.wait(1.25);
    progress.step('Writing 1,776 files');
    for (let done = 1; done <= 1776; done++) {
      f.wait(0.01);
      progress.count(done, 1776, 'files written');
    }
    f.wait(0.3);
    progress.note('Done: dist/ built.');
    expect(f.text()).toBe([
      '     0.0 s  Checking the data and the reports...',
      '     1.3 s  Writing 1,776 files...',
      '     6.3 s    501 of 1,776 files written (28%)',
      '    11.3 s    1,001 of 1,776 files written (56%)',
      '    16.3 s    1,501 of 1,776 files written (84%)',
      '    19.0 s    1,776 of 1,776 files written (100%)',
      '    19.3 s  Done: dist/ built.',
      '',
    ].join('\n'));
    expect(f.text()).not.toMatch(/[\r\x1b]/);
  });

  it('on a terminal: the count is rewritten in place once a second, and ended before the next line', () => {
    const f = fake(true);
    const progress = createProgress({ stream: f.stream, now: f.now, since: f.now() });
    progress.step('Writing 30 files');
    for (let done = 1; done <= 20; done++) {
      f.wait(0.1);
      progress.count(done, 30, 'files written');
    }
    progress.step('Writing the search index');
    expect(f.text()).toBe('     0.0 s  Writing 30 files...\n'
      + '\r     1.1 s    11 of 30 files written (36%)\x1b[K'
      + '\n     2.0 s  Writing the search index...\n');
  });

  it('runs on from the time a parent command passes', () => {
    const f = fake(false);
    const progress = createProgress({ stream: f.stream, now: f.now, since: f.now() - 42_000 });
    progress.step('Checking the data and the reports');
    expect(f.text()).toBe('    42.0 s  Checking the data and the reports...\n');
    expect(formatSeconds(65.4)).toBe('1 min 5 s');
  });

  it('names what the build writes', () => {
    expect(describeFiles(['/', '/trends/a/', '/trends/a/chart.png', '/data/a.csv', '/feed.xml', '/404.html'])).toBe('3 pages, 1 chart images and 2 downloads and feeds');
    expect(describeFiles(['/'])).toBe('1 pages');
  });
});
