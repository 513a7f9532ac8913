// Every chart drawing that has a role has an accessible name (WCAG 1.1.1), on every built page:
// from aria-label, or from aria-labelledby naming elements that exist and hold text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dist } from './browser.ts';

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();

/** One line per drawing with a role and no name, naming the page and the drawing's label reference. */
function unnamedDrawings(html: string, page: string): { checked: number; unnamed: string[] } {
  const { document } = parseHTML(html);
  const unnamed: string[] = [];
  let checked = 0;
  for (const svg of document.querySelectorAll('svg[role]')) {
    if (svg.closest('[aria-hidden="true"]') || ['none', 'presentation'].includes(svg.getAttribute('role') ?? '')) continue;
    checked += 1;
    const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    const missing = ids.filter((id) => !document.getElementById(id));
    const name = ids.length > 0
      ? ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim()
      : (svg.getAttribute('aria-label') ?? '').trim();
    if (!name || missing.length > 0) {
      unnamed.push(`${page}: <svg role="${svg.getAttribute('role')}"> ${missing.length > 0 ? `is labelled by missing ids ${missing.join(', ')}` : 'has no accessible name'}`);
    }
  }
  return { checked, unnamed };
}

describe('chart drawings', () => {
  it('the check finds a drawing with no name, and one labelled by an id that is not there', () => {
    const html = '<main><h2 id="t">Title</h2><svg role="group"></svg><svg role="group" aria-labelledby="gone"></svg><svg role="group" aria-labelledby="t"></svg><svg role="img" aria-label="A chart"></svg></main>';
    expect(unnamedDrawings(html, 'x.html')).toEqual({
      checked: 4,
      unnamed: ['x.html: <svg role="group"> has no accessible name', 'x.html: <svg role="group"> is labelled by missing ids gone'],
    });
  });

  it('with a role have an accessible name on every page', () => {
    let checked = 0;
    const unnamed: string[] = [];
    for (const page of pages) {
      const result = unnamedDrawings(readFileSync(path.join(dist, page), 'utf8'), page);
      checked += result.checked;
      unnamed.push(...result.unnamed);
    }
    expect(unnamed).toEqual([]);
    // Every trend page has at least one drawn chart; the count guards against checking nothing.
    expect(checked).toBeGreaterThan(pages.filter((p) => p.startsWith('trends/')).length);
  }, 60_000 + pages.length * 100);
});
