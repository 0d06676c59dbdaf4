import type { MultiDirectedGraph } from 'graphology';
import { radialLayout } from './network-layout.js';
import { kindColor, relationColor } from './palette.js';
import { curveParallelEdges } from './parallel-edges.js';
import type { NetworkData } from './types.js';

/**
 * Replaces the graph's content with a network answer: nodes coloured by kind and sized by
 * activity, edges coloured by relation family, sized and labelled by count.
 */
export function fillNetworkGraph(g: MultiDirectedGraph, network: NetworkData): void {
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
  curveParallelEdges(g);
}
