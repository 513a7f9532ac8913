// Progressive enhancement of build-time SVG charts: tooltips for pointer, touch and keyboard
// (one tab stop per drawing, arrow keys between points, Escape closes), and series toggles.
// No chart library is shipped: the SVG is already in the page. A chart is drawn at several
// widths and the stylesheet shows one, so only the points of the drawing on screen are used.

type PointEl = SVGElement & { dataset: DOMStringMap };

export function enhanceCharts(root: Document): void {
  for (const chart of root.querySelectorAll<HTMLElement>('[data-chart]')) enhance(chart);
}

/** Keeps a tooltip this far inside the window's edges. */
const EDGE = 8;

function enhance(chart: HTMLElement): void {
  const tip = chart.querySelector<HTMLElement>('.chart__tip');
  const all = [...chart.querySelectorAll<PointEl>('[data-point]')];
  if (!tip || all.length === 0) return;
  chart.querySelector<HTMLElement>('.chart__help')?.removeAttribute('hidden');

  const shown = (p: PointEl) => p.getClientRects().length > 0;
  const off = (p: PointEl) => chart.querySelector(`[data-legend] li[data-series="${p.dataset.series}"].is-off`) !== null;
  const visible = () => all.filter((p) => shown(p) && !off(p));

  // One tab stop in each drawing: its first point, then whichever point was last used.
  const drawings = new Map<Element, PointEl[]>();
  for (const p of all) {
    const svg = p.closest('svg')!;
    drawings.set(svg, [...(drawings.get(svg) ?? []), p]);
    p.setAttribute('tabindex', '-1');
  }
  for (const points of drawings.values()) points[0]!.setAttribute('tabindex', '0');
  const setCurrent = (p: PointEl) => {
    for (const q of drawings.get(p.closest('svg')!) ?? []) q.setAttribute('tabindex', q === p ? '0' : '-1');
  };

  const show = (p: PointEl) => {
    tip.textContent = p.getAttribute('aria-label');
    tip.hidden = false;
    const box = p.getBoundingClientRect();
    const frame = chart.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    // Centred over the point, then moved inside the window; below the point if there is no room above.
    const centre = box.left + box.width / 2;
    const left = Math.min(Math.max(centre - width / 2, EDGE), document.documentElement.clientWidth - EDGE - width);
    const above = box.top - height - 6 >= EDGE;
    tip.style.left = `${left - frame.left}px`;
    tip.style.top = `${(above ? box.top - height - 6 : box.bottom + 6) - frame.top}px`;
    for (const q of all) q.classList.toggle('is-active', q === p);
  };
  const hide = () => {
    tip.hidden = true;
    for (const q of all) q.classList.remove('is-active');
  };

  for (const p of all) {
    p.addEventListener('pointerenter', () => show(p));
    // A focused point keeps its tooltip when the pointer leaves it.
    p.addEventListener('pointerleave', () => { if (document.activeElement !== p) hide(); });
    p.addEventListener('pointerdown', () => { setCurrent(p); show(p); });
    p.addEventListener('focus', () => { setCurrent(p); show(p); });
    p.addEventListener('blur', hide);
  }
  chart.addEventListener('keydown', (event) => {
    const target = event.target as PointEl;
    if (!target.hasAttribute?.('data-point')) return;
    if (event.key === 'Escape') { hide(); return; }
    const next = move(visible(), target, event.key);
    if (next) {
      event.preventDefault();
      setCurrent(next);
      next.focus();
    }
  });

  // Series toggles: each legend entry becomes a switch once the script runs.
  const items = [...chart.querySelectorAll<HTMLElement>('[data-legend] li')];
  for (const item of items.length > 1 ? items : []) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'legend__toggle';
    button.setAttribute('aria-pressed', 'true');
    button.append(...item.childNodes);
    item.append(button);
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(on));
      item.classList.toggle('is-off', !on);
      for (const el of chart.querySelectorAll<SVGElement>(`.series-${item.dataset.series}`)) el.style.display = on ? '' : 'none';
      hide();
      // A hidden series' points leave the tab order: the drawing's stop moves to a visible one.
      for (const points of drawings.values()) {
        const current = points.find((q) => q.getAttribute('tabindex') === '0');
        const first = points.find((q) => !off(q));
        if (current && off(current) && first) setCurrent(first);
      }
    });
  }
}

/** The point an arrow key leads to: along the series, or to the nearest point of the next one. */
function move(list: PointEl[], from: PointEl, key: string): PointEl | undefined {
  const series = (s: string | undefined) => list.filter((p) => p.dataset.series === s);
  const own = series(from.dataset.series);
  const i = own.indexOf(from);
  if (key === 'ArrowRight') return own[i + 1];
  if (key === 'ArrowLeft') return own[i - 1];
  if (key === 'Home') return own[0];
  if (key === 'End') return own.at(-1);
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const names = [...new Set(list.map((p) => p.dataset.series))];
    const k = names.indexOf(from.dataset.series) + (key === 'ArrowDown' ? 1 : -1);
    const other = series(names[k]);
    if (other.length === 0) return undefined;
    const x = from.getBoundingClientRect().left;
    return other.reduce((a, b) => (Math.abs(b.getBoundingClientRect().left - x) < Math.abs(a.getBoundingClientRect().left - x) ? b : a));
  }
  return undefined;
}
