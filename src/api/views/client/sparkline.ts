const SVG = 'http://www.w3.org/2000/svg';

/** A bar sparkline of daily counts, built with DOM calls (no markup strings, no inline styles). */
export function sparkline(
  buckets: { start: string; count: number }[],
  width = 240,
  height = 36,
): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'spark');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  const total = buckets.reduce((n, b) => n + b.count, 0);
  const first = buckets[0]?.start ?? '';
  const last = buckets[buckets.length - 1]?.start ?? '';
  svg.setAttribute('aria-label', `${total} statements between ${first} and ${last}`);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const step = buckets.length ? width / buckets.length : width;
  buckets.forEach((b, i) => {
    const rect = document.createElementNS(SVG, 'rect');
    const barHeight = Math.max(1, (b.count / max) * (height - 2));
    rect.setAttribute('x', String(i * step + 1));
    rect.setAttribute('y', String(height - barHeight));
    rect.setAttribute('width', String(Math.max(1, step - 2)));
    rect.setAttribute('height', String(barHeight));
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${b.start}: ${b.count}`;
    rect.append(title);
    svg.append(rect);
  });
  return svg;
}
