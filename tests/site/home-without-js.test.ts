// The home page is fully readable with JavaScript off: every edition's headline figures, each
// with its value as the data gives it and a link to the line it came from.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { DATA_DIR, loadDataset } from '../../src/lib/data/index.ts';
import { formatFigure } from '../../src/lib/site/format.ts';
import { headlineFigures } from '../../src/lib/site/headlines.ts';
import { launch } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

it('shows every edition\'s headline figures with their sources, with JavaScript disabled', async () => {
  const { dataset } = loadDataset(DATA_DIR);
  const metrics = new Map(dataset.metrics.map((m) => [m.row.id, m.row]));
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);

  for (const source of dataset.sources) {
    const section = page.locator('section.edition', { has: page.getByRole('heading', { name: source.row.title, exact: true }) });
    await expect(section.count()).resolves.toBe(1);
    const figures = headlineFigures(dataset.observations.map((o) => o.row).filter((o) => o.edition === source.row.edition));
    expect(figures.length, source.row.edition).toBeGreaterThan(0);
    const shown = await section.locator('.figure').evaluateAll((items) => items.map((li) => ({
      value: li.querySelector('.figure__value')?.textContent?.trim(),
      cite: li.querySelector('a.figure__cite')?.getAttribute('href'),
      visible: (li as HTMLElement).offsetHeight > 0,
    })));
    expect(shown).toEqual(figures.map((f) => ({
      value: formatFigure(f, metrics.get(f.metric)!.unit),
      cite: `/sources/${f.source}/#L${f.line}`,
      visible: true,
    })));
  }
  await context.close();
});
