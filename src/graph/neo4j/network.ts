import type { Entity, Network, NetworkArgs, NetworkEdge, Relation } from '../../domain/model.js';

/** One statement edge as read from the graph (self-statements are never read). */
export interface RawEdge {
  source: string;
  target: string;
  relation: Relation;
  statementId: string;
}

const DEFAULT_NODE_LIMIT = 200;

/**
 * Shapes the statement edges found breadth-first around the centre into a network, with the
 * embedded store's rules: edges grouped per (speaker, target, relation), edges under minCount
 * dropped, the centre plus the most active nodes kept up to `limit`.
 */
export const shapeNetwork = (
  args: NetworkArgs,
  distance: Map<string, number>,
  raw: RawEdge[],
  entities: Map<string, Entity>,
): Network => {
  const grouped = new Map<string, NetworkEdge>();
  const seen = new Set<string>();
  for (const e of raw) {
    if (seen.has(e.statementId)) continue;
    seen.add(e.statementId);
    const key = `${e.source}>${e.target}>${e.relation}`;
    const edge = grouped.get(key) ?? {
      source: e.source,
      target: e.target,
      relation: e.relation,
      count: 0,
      statementIds: [],
    };
    edge.count++;
    edge.statementIds.push(e.statementId);
    grouped.set(key, edge);
  }
  const kept = [...grouped.values()].filter((e) => e.count >= (args.minCount ?? 1));
  const activity = new Map<string, number>();
  for (const e of kept) {
    for (const end of [e.source, e.target]) activity.set(end, (activity.get(end) ?? 0) + e.count);
  }
  const ranked = [...activity.keys()]
    .filter((id) => id !== args.center)
    .sort((a, b) => activity.get(b)! - activity.get(a)! || (a < b ? -1 : 1));
  const limit = Math.max(1, args.limit ?? DEFAULT_NODE_LIMIT);
  const nodeIds = [args.center, ...ranked.slice(0, limit - 1)].filter((id) => entities.has(id));
  const inside = new Set(nodeIds);
  return {
    nodes: nodeIds.map((id) => ({
      entity: entities.get(id)!,
      activity: activity.get(id) ?? 0,
      distance: distance.get(id) ?? 0,
    })),
    edges: kept.filter((e) => inside.has(e.source) && inside.has(e.target)),
  };
};
