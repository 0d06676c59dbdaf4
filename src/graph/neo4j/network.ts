import type { Entity, Network, NetworkArgs, NetworkEdge, Relation } from '../../domain/model.js';

export interface RawEdge {
  source: string;
  target: string;
  relation: Relation;
  statementId: string;
}

/**
 * Shapes the statement edges found around the centre into a network: edges grouped per
 * (source, target, relation), thin edges dropped, then the most active nodes kept.
 */
export const shapeNetwork = (
  args: NetworkArgs,
  distances: Map<string, number>,
  raw: RawEdge[],
  entities: Map<string, Entity>,
): Network => {
  const grouped = new Map<string, NetworkEdge>();
  for (const e of raw) {
    if (!distances.has(e.source) || !distances.has(e.target)) continue;
    const key = `${e.source}\u0000${e.target}\u0000${e.relation}`;
    const edge = grouped.get(key) ?? { source: e.source, target: e.target, relation: e.relation, count: 0, statementIds: [] };
    if (!edge.statementIds.includes(e.statementId)) {
      edge.statementIds.push(e.statementId);
      edge.count += 1;
    }
    grouped.set(key, edge);
  }
  let edges = [...grouped.values()].filter((e) => e.count >= (args.minCount ?? 1));
  let activity = activityOf(edges);
  const ranked = [...distances.keys()]
    .filter((id) => id === args.center || activity.has(id))
    .sort(
      (a, b) =>
        Number(b === args.center) - Number(a === args.center) ||
        (activity.get(b) ?? 0) - (activity.get(a) ?? 0) ||
        distances.get(a)! - distances.get(b)! ||
        a.localeCompare(b),
    );
  const kept = new Set(ranked.slice(0, args.limit ?? ranked.length));
  edges = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  activity = activityOf(edges);
  for (const e of edges) e.statementIds.sort();
  edges.sort((a, b) => b.count - a.count || a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || a.relation.localeCompare(b.relation));
  const nodes = [...kept]
    .filter((id) => entities.has(id))
    .map((id) => ({ entity: entities.get(id)!, activity: activity.get(id) ?? 0, distance: distances.get(id)! }))
    .sort((a, b) => a.distance - b.distance || b.activity - a.activity || a.entity.id.localeCompare(b.entity.id));
  return { nodes, edges };
};

const activityOf = (edges: NetworkEdge[]): Map<string, number> => {
  const activity = new Map<string, number>();
  for (const e of edges) {
    activity.set(e.source, (activity.get(e.source) ?? 0) + e.count);
    if (e.target !== e.source) activity.set(e.target, (activity.get(e.target) ?? 0) + e.count);
  }
  return activity;
};
