import { h } from './dom.js';
import { KIND_COLORS, RELATION_FAMILIES } from './palette.js';
import type { NetworkData } from './types.js';

/** Node kinds and relation families with their colours, named in text as well. */
export function legend(): HTMLElement {
  const el = h('div', { class: 'legend', 'aria-label': 'Legend' });
  for (const [kind, color] of Object.entries(KIND_COLORS)) {
    const swatch = h('span', { class: 'swatch' });
    swatch.style.background = color;
    el.append(h('span', {}, swatch, kind.toLowerCase()));
  }
  for (const family of RELATION_FAMILIES) {
    const line = h('span', { class: 'line' });
    line.style.background = family.color;
    el.append(h('span', {}, line, `${family.name}: ${family.relations.join(', ').toLowerCase()}`));
  }
  return el;
}

/** The text alternative to the canvas: every edge, with a button that opens its quotes. */
export function edgeTable(network: NetworkData, open: (edgeId: string) => void): HTMLTableElement {
  const names = new Map(network.nodes.map((n) => [n.id, n.entity.name]));
  const body = h('tbody');
  const edges = [...network.edges].sort((a, b) => b.count - a.count);
  for (const e of edges) {
    const button = h('button', { type: 'button', 'data-edge': e.id }, 'Quotes');
    button.addEventListener('click', () => open(e.id));
    body.append(
      h(
        'tr',
        {},
        h('td', {}, names.get(e.source) ?? e.source),
        h('td', {}, e.relation.toLowerCase()),
        h('td', {}, names.get(e.target) ?? e.target),
        h('td', {}, String(e.count)),
        h('td', {}, button),
      ),
    );
  }
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      ...['Speaker', 'Relation', 'Target', 'Statements', ''].map((t) =>
        h('th', { scope: 'col' }, t),
      ),
    ),
  );
  return h('table', {}, h('caption', { class: 'sr-only' }, 'Edges of the network'), head, body);
}
