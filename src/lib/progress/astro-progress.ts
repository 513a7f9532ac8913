// An Astro integration that reports the build's steps through a Progress: reading the content,
// bundling, then each file written with a running count (Astro's own logger, which lists every
// page, stays at 'warn').
import type { AstroIntegration } from 'astro';
import type { Progress } from './progress.ts';

/** What the build writes, in words: "732 pages, 339 chart images and 706 downloads". */
export function describeFiles(pathnames: readonly string[]): string {
  const kinds = new Map<string, number>();
  for (const p of pathnames) {
    const ext = /\.([a-z0-9]+)$/i.exec(p)?.[1]?.toLowerCase();
    const kind = ext === undefined || ext === 'html' ? 'pages' : ext === 'png' ? 'chart images' : 'downloads and feeds';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const parts = ['pages', 'chart images', 'downloads and feeds'].filter((k) => kinds.has(k)).map((k) => `${kinds.get(k)!.toLocaleString('en-GB')} ${k}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'nothing');
}

/** Counts the files as Astro writes them, by wrapping its own prerenderer (which does the writing). */
export function progressIntegration(progress: Progress): AstroIntegration {
  return {
    name: 'build-progress',
    hooks: {
      'astro:config:done': () => progress.step('Reading the reports, measures and sources into the site'),
      'astro:build:start': ({ setPrerenderer }) => {
        progress.step('Bundling the pages\' code');
        setPrerenderer((astro) => {
          let total = 0;
          let done = 0;
          return {
            ...astro,
            name: 'build-progress',
            async getStaticPaths() {
              const paths = await astro.getStaticPaths();
              total = paths.length;
              progress.step(`Writing ${total.toLocaleString('en-GB')} files: ${describeFiles(paths.map((p) => p.pathname))}`);
              return paths;
            },
            async render(request, options) {
              const response = await astro.render(request, options);
              done++;
              if (total > 0) progress.count(Math.min(done, total), total, 'files written');
              return response;
            },
          };
        });
      },
    },
  };
}
