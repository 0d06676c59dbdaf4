import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { QuotegraphElement } from './base-element.js';
import { h } from './dom.js';
import { edgeTable, legend } from './network-parts.js';
import { radialLayout } from './network-layout.js';
import { RELATIONS, kindColor, relationColor } from './palette.js';
import { EDGE_STATEMENTS_QUERY, NETWORK_QUERY, STATEMENT_ADDED } from './queries.js';
import { quoteList } from './quote-list.js';
import { fetchStatements } from './fetch-statements.js';
import type { LiveEvent, NetworkData } from './types.js';

type Edge = NetworkData['edges'][number];

/** `<quotegraph-network center api depth relations from to limit>`: the who-said-what graph. */
export class QuotegraphNetwork extends QuotegraphElement {
  static observedAttributes = ['center', 'depth', 'relations', 'from', 'to', 'limit'];
  /** The live renderer, for hosts and tests that inspect what is drawn. */
  renderer: Sigma | null = null;
  data: NetworkData | null = null;
  private readonly graph = new MultiDirectedGraph();
  private readonly canvas = h('div', { class: 'canvas' });
  private readonly stage = h('div', { class: 'stage', role: 'img' }, this.canvas);
  private readonly quotes = h('section', {
    class: 'panel',
    'aria-live': 'polite',
    'aria-label': 'Quotes on the selected edge',
  });
  private readonly table = h('div', { class: 'edges' });
  private readonly status = h('p', { class: 'status', role: 'status' });
  private readonly chips = h('div', {
    class: 'chips',
    role: 'group',
    'aria-label': 'Relations shown',
  });
  private readonly from = h('input', { type: 'date', class: 'from', 'aria-label': 'From date' });
  private readonly to = h('input', { type: 'date', class: 'to', 'aria-label': 'To date' });
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;
  private built = false;

  attributeChangedCallback(): void {
    if (this.built) this.scheduleReload(0);
  }

  private build(): void {
    const selected = this.selectedRelations();
    for (const relation of RELATIONS) {
      const chip = h(
        'button',
        { type: 'button', 'data-relation': relation, 'aria-pressed': selected.includes(relation) },
        h('span', { class: 'line', 'data-color': relation }),
        relation.toLowerCase(),
      );
      (chip.firstElementChild as HTMLElement).style.background = relationColor(relation);
      chip.addEventListener('click', () => this.toggleRelation(relation));
      this.chips.append(chip);
    }
    this.from.value = this.getAttribute('from') ?? '';
    this.to.value = this.getAttribute('to') ?? '';
    for (const input of [this.from, this.to]) {
      input.addEventListener('change', () => {
        if (input.value) this.setAttribute(input.className, input.value);
        else this.removeAttribute(input.className);
      });
    }
    const zoom = (label: string, text: string, act: () => void) => {
      const b = h('button', { type: 'button', 'aria-label': label }, text);
      b.addEventListener('click', act);
      return b;
    };
    const camera = () => this.renderer?.getCamera();
    const toolbar = h(
      'div',
      { class: 'toolbar' },
      this.chips,
      h('label', {}, 'From ', this.from),
      h('label', {}, 'To ', this.to),
      zoom('Zoom in', '+', () => void camera()?.animatedZoom(1.5)),
      zoom('Zoom out', '−', () => void camera()?.animatedUnzoom(1.5)),
      zoom('Reset view', 'Reset', () => void camera()?.animatedReset()),
    );
    this.quotes.append(
      h('h2', {}, 'Quotes'),
      h('p', {}, 'Select an edge in the graph or the table to read its quotes.'),
    );
    this.root.append(
      toolbar,
      h('div', { class: 'layout' }, this.stage, this.quotes),
      legend(),
      this.status,
      h('details', { open: true }, h('summary', {}, 'Edges as a table'), this.table),
    );
    this.built = true;
  }

  private selectedRelations(): string[] {
    const attr = this.getAttribute('relations');
    return attr
      ? attr
          .split(',')
          .map((r) => r.trim().toUpperCase())
          .filter((r) => RELATIONS.includes(r))
      : [];
  }

  private toggleRelation(relation: string): void {
    const current = new Set(this.selectedRelations());
    if (current.has(relation)) current.delete(relation);
    else current.add(relation);
    if (current.size === 0 || current.size === RELATIONS.length) this.removeAttribute('relations');
    else this.setAttribute('relations', [...current].join(','));
    for (const chip of this.chips.querySelectorAll('button')) {
      chip.setAttribute('aria-pressed', String(current.has(chip.dataset.relation ?? '')));
    }
  }

  private scheduleReload(delay: number): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.load(), delay);
  }

  private variables(): Record<string, unknown> {
    const relations = this.selectedRelations();
    return {
      center: this.getAttribute('center'),
      depth: Number(this.getAttribute('depth') ?? 1) === 2 ? 2 : 1,
      relations: relations.length ? relations : null,
      from: this.getAttribute('from') || null,
      to: this.getAttribute('to') || null,
      limit: Number(this.getAttribute('limit') ?? 200),
    };
  }

  protected async load(): Promise<void> {
    if (!this.built) this.build();
    if (!this.client) return;
    if (!this.getAttribute('center')) {
      this.status.textContent = 'No centre entity given (attribute "center").';
      return;
    }
    this.status.textContent = 'Loading…';
    try {
      const { network } = await this.client.request<{ network: NetworkData }>(
        NETWORK_QUERY,
        this.variables(),
      );
      this.data = network;
      this.draw(network);
      this.status.textContent = `${network.nodes.length} entities, ${network.edges.length} edges.`;
      this.subscribeLive();
      this.dataset.rendered = String(Date.now());
      this.notify('render', { nodes: network.nodes.length, edges: network.edges.length });
    } catch (err) {
      this.showError(this.status, err);
    }
  }

  private draw(network: NetworkData): void {
    const g = this.graph;
    g.clear();
    const positions = radialLayout(network.nodes);
    const maxActivity = Math.max(1, ...network.nodes.map((n) => n.activity));
    for (const n of network.nodes) {
      const p = positions.get(n.id) ?? { x: 0, y: 0 };
      g.addNode(n.id, {
        ...p,
        size: 4 + 14 * Math.sqrt(n.activity / maxActivity),
        color: kindColor(n.entity.kind),
        label: n.entity.name,
        kind: n.entity.kind,
        forceLabel: n.distance === 0,
      });
    }
    const maxCount = Math.max(1, ...network.edges.map((e) => e.count));
    for (const e of network.edges) {
      if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
      g.addDirectedEdgeWithKey(e.id, e.source, e.target, {
        type: 'arrow',
        size: 1.5 + 4 * (e.count / maxCount),
        color: relationColor(e.relation),
        label: `${e.relation.toLowerCase()} ×${e.count}`,
        relation: e.relation,
        count: e.count,
      });
    }
    this.stage.setAttribute(
      'aria-label',
      `Graph of ${network.nodes.length} entities and ${network.edges.length} edges; the table below lists every edge.`,
    );
    if (!this.renderer) {
      this.renderer = new Sigma(g, this.canvas, {
        renderEdgeLabels: true,
        enableEdgeEvents: true,
        defaultEdgeType: 'arrow',
        labelRenderedSizeThreshold: 6,
        zIndex: true,
      });
      this.renderer.on('clickEdge', ({ edge }) => void this.openEdge(edge));
      this.renderer.on('clickNode', ({ node }) =>
        this.notify('node-click', {
          id: node,
          name: g.getNodeAttribute(node, 'label'),
          kind: g.getNodeAttribute(node, 'kind'),
        }),
      );
      this.renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
        preventSigmaDefault();
        this.setAttribute('center', node);
      });
    } else {
      this.renderer.refresh();
    }
    this.table.replaceChildren(edgeTable(network, (edgeId) => void this.openEdge(edgeId)));
  }

  /** Loads and lists the statements behind one edge. */
  async openEdge(edgeId: string): Promise<void> {
    const edge = this.data?.edges.find((e) => e.id === edgeId);
    if (!edge || !this.client) return;
    this.notify('edge-click', { ...edge });
    const vars = this.variables();
    const filter = {
      speaker: edge.source,
      target: edge.target,
      relation: [edge.relation],
      from: vars.from,
      to: vars.to,
    };
    this.quotes.replaceChildren(h('h2', {}, this.edgeTitle(edge)), h('p', {}, 'Loading…'));
    try {
      const { statements } = await this.client.request<{
        statements: { totalCount: number; edges: { node: { id: string } }[] };
      }>(EDGE_STATEMENTS_QUERY, { filter });
      const full = await fetchStatements(
        this.client,
        statements.edges.map((e) => e.node.id),
      );
      const list = quoteList(full);
      this.quotes.replaceChildren(
        h('h2', {}, this.edgeTitle(edge)),
        h(
          'p',
          { class: 'sr-only' },
          `${statements.totalCount} quotes. Use the arrow keys to move between them.`,
        ),
        list,
      );
      this.quotes.dataset.edge = edge.id;
      list.querySelector('li')?.focus({ preventScroll: true });
    } catch (err) {
      this.showError(this.quotes, err);
    }
  }

  private edgeTitle(e: Edge): string {
    const name = (id: string) => this.data?.nodes.find((n) => n.id === id)?.entity.name ?? id;
    return `${name(e.source)} ${e.relation.toLowerCase()} ${name(e.target)} (${e.count})`;
  }

  private subscribeLive(): void {
    if (!this.client || this.hasAttribute('static')) return;
    this.stopLive();
    const relations = this.selectedRelations();
    this.live(
      this.client.subscribe<LiveEvent>(
        STATEMENT_ADDED,
        { filter: relations.length ? { relation: relations } : null },
        ({ statementAdded: s }) => {
          const touches = [s.speaker?.id, s.target?.id].some((id) => id && this.graph.hasNode(id));
          if (!touches) return;
          this.status.textContent = `New ${s.relation.toLowerCase()} statement; updating…`;
          this.scheduleReload(300);
        },
      ),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderer?.kill();
    this.renderer = null;
  }
}
