// What a long command is doing, in plain words, one line per step, so that nobody waits a minute
// in front of a silent terminal. On a terminal a running count is rewritten in place; in a log (CI,
// a file) it is a line every few seconds instead, with no control characters.

export interface ProgressOptions {
  /** Where the lines go: standard error by default, so that standard output stays the command's own. */
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** How often a running count is written to a log, in milliseconds; on a terminal it is once a second. */
  every?: number;
  /** The clock, in milliseconds since 1970 (for tests). */
  now?: () => number;
  /**
   * When the whole command started, in the same milliseconds: a command that runs another (as `npm
   * start` runs the build) passes its start in PROGRESS_SINCE, so that the times run on.
   */
  since?: number;
}

/** The variable a command sets for the commands it runs, so their times continue its own. */
export const PROGRESS_SINCE = 'PROGRESS_SINCE';

export interface Progress {
  /** Starts a step: "Checking the data and the reports". */
  step(text: string): void;
  /** A running count within the step: "312 of 732 pages written". Written at most every so often. */
  count(done: number, total: number, what: string): void;
  /** A line of its own, with the time so far. */
  note(text: string): void;
  /** The time since the start, in seconds. */
  seconds(): number;
  /** When it started, in milliseconds since 1970: what PROGRESS_SINCE passes on. */
  readonly since: number;
}

/** The time so far as the lines show it: "0.4 s", "12.3 s", "1 min 5 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

const grouped = (n: number) => n.toLocaleString('en-GB');

export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const tty = stream.isTTY === true;
  const every = tty ? 1000 : (options.every ?? 5000);
  const inherited = Number(process.env[PROGRESS_SINCE]);
  const started = options.since ?? (Number.isFinite(inherited) && inherited > 0 && inherited <= now() ? inherited : now());
  let lastCount: number | undefined; // when the count was last written; none at the start of a step
  let counting = false; // a count line is open on the terminal, to be ended before the next line
  const seconds = () => (now() - started) / 1000;
  const write = (text: string) => {
    if (counting) stream.write('\n');
    counting = false;
    lastCount = undefined;
    stream.write(`${formatSeconds(seconds()).padStart(10)}  ${text}\n`);
  };
  return {
    since: started,
    seconds,
    step: (text) => write(`${text}...`),
    note: (text) => write(text),
    count(done, total, what) {
      const last = done >= total;
      lastCount ??= now();
      if (!last && now() - lastCount < every) return;
      lastCount = now();
      const line = `${formatSeconds(seconds()).padStart(10)}    ${grouped(done)} of ${grouped(total)} ${what} (${Math.floor((100 * done) / total)}%)`;
      if (tty) {
        // Rewrite the same line: carriage return, the line, then clear what an older, longer one left.
        stream.write(`\r${line}\x1b[K`);
        counting = !last;
        if (last) stream.write('\n');
      } else {
        stream.write(`${line}\n`);
      }
    },
  };
}
