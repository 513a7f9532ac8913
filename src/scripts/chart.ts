// Progressive enhancement of build-time SVG charts: tooltips for pointer, touch and keyboard
// (one tab stop per chart, arrow keys between points, Escape closes), and series toggles.
// No chart library is shipped: the SVG is already in the page.

type PointEl = SVGElement & { dataset: DOMStringMap };

export function enhanceCharts(root: Document): void {
  for (const chart of root.querySelectorAll<HTMLElement>('[data-chart]')) enhance(chart);
}

function enhance(chart: HTMLElement): void {
  const tip = chart.querySelector<HTMLElement>('.chart__tip');
  const plot = chart.querySelector<HTMLElement>('.chart__plot');
  const points = [...chart.querySelectorAll<PointEl>('[data-point]')];
  if (!tip || !plot || points.length === 0) return;
  chart.querySelector<HTMLElement>('.chart__help')?.removeAttribute('hidden');

  const visible = () => points.filter((p) => !chart.querySelector(`[data-legend] li[data-series="${p.dataset.series}"].is-off`));
  let current = points[0]!;
  const setCurrent = (p: PointEl) => {
    current.setAttribute('tabindex', '-1');
    current = p;
    current.setAttribute('tabindex', '0');
  };
  for (const p of points) p.setAttribute('tabindex', '-1');
  current.setAttribute('tabindex', '0');

  const show = (p: PointEl) => {
    tip.textContent = p.getAttribute('aria-label');
    tip.hidden = false;
    const box = p.getBoundingClientRect();
    const frame = plot.getBoundingClientRect();
    const left = Math.min(Math.max(box.left + box.width / 2 - frame.left, 0), frame.width);
    tip.style.left = `${left}px`;
    tip.style.top = `${box.top - frame.top}px`;
    tip.classList.toggle('chart__tip--left', left > frame.width / 2);
    for (const q of points) q.classList.toggle('is-active', q === p);
  };
  const hide = () => {
    tip.hidden = true;
    for (const q of points) q.classList.remove('is-active');
  };

  for (const p of points) {
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
    const list = visible();
    if (event.key === 'Escape') { hide(); return; }
    const next = move(list, target, event.key);
    if (next) {
      event.preventDefault();
      setCurrent(next);
      next.focus();
    }
  });

  // Series toggles: each legend entry becomes a switch once the script runs.
  for (const item of chart.querySelectorAll<HTMLElement>('[data-legend] li')) {
    if (chart.querySelectorAll('[data-legend] li').length < 2) break;
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
      if (!on && current.dataset.series === item.dataset.series) {
        const first = visible()[0];
        if (first) setCurrent(first);
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
